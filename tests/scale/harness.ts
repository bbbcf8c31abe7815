/**
 * Several classroom processes for the multi-process tests (and the bench): a real redis-server,
 * PostgreSQL (tests/server/pgServer.ts) and nginx from Debian's packages, each on loopback ports
 * in a temporary folder, and classroom processes (`src/server/main.ts` with --redis and --store)
 * behind nginx running deploy/quiet-channel-cluster.nginx.conf with its addresses replaced.
 * `missing()` names what is not installed (the tests are then skipped with that message).
 */
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../e2e/server';
import { pgBinaries, startPgServer, type PgServer } from '../server/pgServer';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
const REDIS = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((p) => existsSync(p));
const REDIS_CLI = ['/usr/bin/redis-cli', '/usr/local/bin/redis-cli'].find((p) => existsSync(p));

/** What the multi-process tests need and is not installed, or null. */
export function missing(): string | null {
  const lacking = [
    REDIS && REDIS_CLI ? null : 'redis-server (apt-get install -y redis-server)',
    pgBinaries() ? null : 'PostgreSQL (apt-get install -y postgresql)',
    NGINX ? null : 'nginx (apt-get install -y nginx-light)',
  ].filter((x) => x !== null);
  return lacking.length ? `the multi-process tests are skipped: not installed: ${lacking.join(', ')} (.ci/run installs them)` : null;
}

const ROOT = resolve(import.meta.dirname, '../..');

function swap(text: string, from: string | RegExp, to: string): string {
  const found = typeof from === 'string' ? text.includes(from) : from.test(text);
  if (!found) throw new Error(`deploy/quiet-channel-cluster.nginx.conf no longer has ${String(from)}`);
  return typeof from === 'string' ? text.split(from).join(to) : text.replace(from, to);
}

/** deploy/quiet-channel-cluster.nginx.conf with this test's ports and folder, and no TLS. */
export function clusterSite(listen: number, ports: readonly number[], dist: string): string {
  let site = readFileSync(join(ROOT, 'deploy/quiet-channel-cluster.nginx.conf'), 'utf8');
  ports.forEach((p, i) => (site = swap(site, `${8081 + i}`, String(p))));
  site = swap(site, /server \{\n\s+listen 80;[\s\S]*?\n\}\n/, '');
  site = swap(site, 'listen 443 ssl http2;', `listen 127.0.0.1:${listen};`);
  site = swap(site, /\s+ssl_certificate .*\n\s+ssl_certificate_key .*\n/, '\n');
  site = swap(site, 'root /opt/quiet-channel/dist;', `root ${dist};`);
  return site;
}

export interface Proc {
  port: number;
  url: string;
  child: ChildProcess;
  logFile: string;
  log(): string;
  alive: boolean;
}

export interface Cluster {
  dir: string;
  pg: PgServer;
  storeUrl: string;
  redisUrl: string;
  /** nginx's address: what students and teachers use. */
  front: string;
  procs: Proc[];
  redis(...args: string[]): string;
  /** kill -9 of redis-server (it keeps no data: a restart starts empty). */
  stopRedis(): Promise<void>;
  startRedis(): Promise<void>;
  /** kill -9 */
  kill(p: Proc): void;
  /** The process that Redis lists as hosting `code`. */
  host(code: string): Proc | undefined;
  /**
   * Every listed session's host, read without blocking the event loop (one redis-cli, run
   * asynchronously): for a caller whose own WebSocket clients must keep running, as the bench's.
   */
  hosts(): Promise<Map<string, Proc>>;
  stop(): Promise<void>;
}

async function waitFor(what: string, check: () => boolean | Promise<boolean>, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const answers = async (url: string) => {
  try {
    return (await fetch(url)).status > 0;
  } catch {
    return false;
  }
};

export async function startCluster(n = 3, extraArgs: string[] = []): Promise<Cluster> {
  const dir = mkdtempSync(join(tmpdir(), 'qc-scale-'));
  chmodSync(dir, 0o755);
  const dist = join(dir, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Quiet Channel</title>');

  const redisPort = await freePort();
  let redisChild: ChildProcess | null = null;
  const startRedis = async () => {
    redisChild = spawn(
      REDIS as string,
      ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
      {
        stdio: 'ignore',
      },
    );
    await waitFor('redis', () => {
      try {
        return (
          execFileSync(REDIS_CLI as string, ['-p', String(redisPort), 'ping'], { stdio: 'pipe' })
            .toString()
            .trim() === 'PONG'
        );
      } catch {
        return false;
      }
    });
  };
  await startRedis();
  const pg = await startPgServer();
  const storeUrl = pg.createDatabase('scale');
  const redisUrl = `redis://127.0.0.1:${redisPort}`;

  const listen = await freePort();
  const front = `http://127.0.0.1:${listen}`;
  const ports: number[] = [];
  for (let i = 0; i < n; i++) ports.push(await freePort());
  const procs: Proc[] = ports.map((port, i) => {
    const logFile = join(dir, `process-${i}.log`);
    const out = createWriteStream(logFile);
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(ROOT, 'src/server/main.ts'),
        '--port',
        String(port),
        '--public-url',
        front,
        '--trust-proxy',
        '--dist',
        dist,
        '--bot-workers',
        '0',
        ...extraArgs,
      ],
      { cwd: ROOT, env: { ...process.env, QC_REDIS_URL: redisUrl, QC_STORE_URL: storeUrl }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout?.pipe(out);
    child.stderr?.pipe(out);
    const p: Proc = {
      port,
      url: `http://127.0.0.1:${port}`,
      child,
      logFile,
      log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
      alive: true,
    };
    child.on('exit', () => (p.alive = false));
    return p;
  });

  writeFileSync(join(dir, 'site.conf'), clusterSite(listen, ports, dist));
  const asRoot = process.getuid?.() === 0;
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      asRoot ? 'user root;' : '',
      'worker_processes 1;',
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${join(dir, 'nginx-error.log')} warn;`,
      'events { worker_connections 4096; }',
      'http {',
      `  access_log off;`,
      `  client_body_temp_path ${join(dir, 'body')};`,
      `  proxy_temp_path ${join(dir, 'proxy')};`,
      `  include ${join(dir, 'site.conf')};`,
      '}',
    ].join('\n'),
  );
  const nginx = spawn(NGINX as string, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' });

  for (const p of procs) await waitFor(`process on ${p.port} (log: ${p.logFile})`, async () => /listening on/.test(p.log()), 120_000);
  await waitFor('nginx', () => answers(`${front}/api/lobby/NONE`));

  const hostOf = (listing: string): Proc | undefined => {
    const at = (JSON.parse(listing) as { metadata?: { at?: string } }).metadata?.at;
    return procs.find((p) => p.url === at);
  };
  const redis = (...args: string[]) =>
    execFileSync(REDIS_CLI as string, ['-p', String(redisPort), ...args], { stdio: 'pipe' })
      .toString()
      .trim();
  return {
    dir,
    pg,
    storeUrl,
    redisUrl,
    front,
    procs,
    redis,
    async stopRedis() {
      const old = redisChild;
      old?.kill('SIGKILL');
      await new Promise((r) => old?.once('exit', r));
    },
    startRedis,
    kill(p) {
      p.child.kill('SIGKILL');
    },
    host(code) {
      const listing = redis('HGET', 'roomcaches', code);
      return listing ? hostOf(listing) : undefined;
    },
    hosts() {
      return new Promise((resolve, reject) =>
        execFile(REDIS_CLI as string, ['-p', String(redisPort), 'HGETALL', 'roomcaches'], (error, stdout) => {
          if (error) return reject(new Error(`redis-cli: ${error.message}`));
          const lines = stdout.trim().split('\n');
          const found = new Map<string, Proc>();
          for (let i = 0; i + 1 < lines.length; i += 2) {
            const p = hostOf(lines[i + 1] as string);
            if (p) found.set(lines[i] as string, p);
          }
          resolve(found);
        }),
      );
    },
    async stop() {
      for (const p of procs) if (p.alive) p.child.kill('SIGTERM');
      nginx.kill('SIGTERM');
      redisChild?.kill('SIGKILL');
      await new Promise((r) => setTimeout(r, 500));
      for (const p of procs) if (p.alive) p.child.kill('SIGKILL');
      pg.stop();
      // QC_SCALE_KEEP=1 keeps the folder (the processes' logs) to look into a failure.
      if (process.env['QC_SCALE_KEEP']) console.warn(`[scale] kept ${dir}`);
      else rmSync(dir, { recursive: true, force: true });
    },
  };
}
