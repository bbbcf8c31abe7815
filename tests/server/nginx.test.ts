/**
 * The deployment in deploy/: a real nginx (Debian's package) runs deploy/quiet-channel.nginx.conf
 * in front of a classroom server started with --trust-proxy. The test changes only what a test
 * must (ports, folders, no TLS: the HTTPS server block listens in plain HTTP on a free port, the
 * redirecting one is dropped) and fails if the file's shape no longer allows it. Through nginx:
 * the pages, the API, a team's WebSocket and a move; the build's hashed files from nginx itself,
 * cached for a year; and an X-Forwarded-For a client forges does not change the address the
 * server's limits count. Skipped with a message when nginx is not installed (.ci/run installs it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinSession } from '../../src/net/api';
import { connectTeam } from '../../src/net/client';
import type { CreateSessionResponse } from '../../src/net/protocol';
import { forwardedIp } from '../../src/server/httpBasics';
import { parseServerArgs, ServerUsageError } from '../../src/server/options';
import { startClassroomServer, type ClassroomServer } from '../../src/server/server';
import { api, until } from './helpers';
import { freePort } from '../e2e/server';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
if (!NGINX)
  console.warn('nginx is not installed: the deployment test is skipped. Install it with apt-get install -y nginx-light (.ci/run does).');

/** Replaces `from` in `text`, failing loudly if the deployment file no longer has it. */
function swap(text: string, from: string | RegExp, to: string): string {
  const found = typeof from === 'string' ? text.includes(from) : from.test(text);
  if (!found) throw new Error(`deploy/quiet-channel.nginx.conf no longer has ${String(from)}`);
  return text.replace(from, to);
}

/** deploy/quiet-channel.nginx.conf for this test: its own ports and build folder, and no TLS. */
function siteForTest(listen: number, upstream: number, dist: string): string {
  let site = readFileSync(resolve('deploy/quiet-channel.nginx.conf'), 'utf8');
  site = swap(site, 'server 127.0.0.1:8080;', `server 127.0.0.1:${upstream};`);
  site = swap(site, /server \{\n\s+listen 80;[\s\S]*?\n\}\n/, ''); // the redirect to HTTPS
  site = swap(site, 'listen 443 ssl http2;', `listen 127.0.0.1:${listen};`);
  site = swap(site, /\s+ssl_certificate .*\n\s+ssl_certificate_key .*\n/, '\n');
  site = swap(site, 'root /opt/quiet-channel/dist;', `root ${dist};`);
  return site;
}

let prefix = '';
let nginx: ChildProcess | null = null;
let server: ClassroomServer | null = null;
let front = '';
const ASSET = 'assets/game-a1b2c3d4.js';

beforeAll(async () => {
  if (!NGINX) return;
  prefix = mkdtempSync(join(tmpdir(), 'qc-nginx-'));
  chmodSync(prefix, 0o755); // nginx's workers read the build folder
  const dist = join(prefix, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Quiet Channel</title>');
  writeFileSync(join(dist, ASSET), 'console.log("the game");');
  server = await startClassroomServer({
    port: 0,
    dataDir: join(prefix, 'data'),
    distDir: dist,
    trustProxy: true,
    limits: { lobbyPerMinute: 5 },
    log: () => {},
  });
  const listen = await freePort();
  writeFileSync(join(prefix, 'site.conf'), siteForTest(listen, server.port, dist));
  const asRoot = process.getuid?.() === 0;
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      asRoot ? 'user root;' : '',
      'worker_processes 1;',
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${join(prefix, 'error.log')} warn;`,
      'events { worker_connections 256; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      `  access_log off;`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${join(prefix, t)};`),
      `  include ${join(prefix, 'site.conf')};`,
      '}',
    ].join('\n'),
  );
  nginx = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'pipe' });
  let said = '';
  nginx.stderr?.on('data', (d: Buffer) => (said += d.toString()));
  front = `http://127.0.0.1:${listen}`;
  await until(
    async () => {
      if (nginx?.exitCode !== null) throw new Error(`nginx stopped: ${said}${readFileSync(join(prefix, 'error.log'), 'utf8')}`);
      return fetch(`${front}/`).then(
        (r) => r.ok,
        () => false,
      );
    },
    20_000,
    'nginx to answer',
  );
}, 60_000);

afterAll(async () => {
  nginx?.kill('SIGTERM');
  await server?.close();
  if (prefix) rmSync(prefix, { recursive: true, force: true });
});

describe.skipIf(!NGINX)('deploy/quiet-channel.nginx.conf in front of the classroom server', () => {
  it('passes the pages, the API and a team’s WebSocket through, and serves the hashed files itself', async () => {
    const page = await fetch(`${front}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Quiet Channel');
    const asset = await fetch(`${front}/${ASSET}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('server')).toMatch(/^nginx/);
    expect(await asset.text()).toBe('console.log("the game");');
    expect((await fetch(`${front}/assets/missing-00000000.js`)).status).toBe(404);

    const created = await api<CreateSessionResponse>(`${front}/api/sessions`, {
      json: { seats: { us: 'human', dprk: 'bot:hawk', rok: 'bot:dove' }, turnSeconds: 0, seed: 3 },
    });
    expect(created.status).toBe(201);
    const joined = await joinSession(front, created.body.code, 'Eagles', 'us');
    if (!joined.ok) throw new Error(joined.error);
    const team = await connectTeam({ baseUrl: front, code: created.body.code, token: joined.value.token, seat: 'us' });
    if (!team.ok) throw new Error(team.error);
    await until(() => team.value.getSession()?.status === 'playing');
    const move = team.value.getView()!.legal[0]!.id;
    expect(await team.value.send({ type: 'move.play', move })).toEqual({ ok: true, value: undefined });
    await until(() => team.value.getView()?.turn === 2, 20_000, 'the month to resolve through nginx');
    team.value.dispose();
  }, 60_000);

  it('counts the limits on the address nginx saw, whatever X-Forwarded-For the client forged', async () => {
    const created = await api<CreateSessionResponse>(`${front}/api/sessions`, {
      json: { seats: { us: 'human', dprk: 'human', rok: 'human' }, turnSeconds: 0 },
    });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const r = await fetch(`${front}/api/lobby/${created.body.code}`, { headers: { 'x-forwarded-for': `10.0.0.${i}` } });
      statuses.push(r.status);
    }
    // Five a minute from one address: forging a new address each time does not get past the limit.
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });
});

describe('the address behind a trusted proxy', () => {
  const req = (xff: string | string[] | undefined, socket = '127.0.0.1') =>
    ({ headers: xff === undefined ? {} : { 'x-forwarded-for': xff }, socket: { remoteAddress: socket } }) as unknown as IncomingMessage;

  it('is the last entry of X-Forwarded-For (the proxy’s own), else the socket’s', () => {
    expect(forwardedIp(req('203.0.113.7'))).toBe('203.0.113.7');
    expect(forwardedIp(req('1.2.3.4, 203.0.113.7'))).toBe('203.0.113.7');
    expect(forwardedIp(req(['1.2.3.4', '198.51.100.2, 2001:db8::1']))).toBe('2001:db8::1');
    expect(forwardedIp(req(undefined, '192.0.2.9'))).toBe('192.0.2.9');
    expect(forwardedIp(req('not-an-address', '192.0.2.9'))).toBe('192.0.2.9');
    expect(forwardedIp(req('', '192.0.2.9'))).toBe('192.0.2.9');
  });

  it('is used only with --trust-proxy, a flag without a value', () => {
    const parsed = parseServerArgs(['--trust-proxy']);
    expect(!parsed.help && parsed.options.trustProxy).toBe(true);
    const plain = parseServerArgs([]);
    expect(!plain.help && plain.options.trustProxy).toBeUndefined();
    expect(() => parseServerArgs(['--trust-proxy=yes'])).toThrow(new ServerUsageError('--trust-proxy takes no value'));
    expect(() => parseServerArgs(['--trust-proxy', '--trust-proxy'])).toThrow('--trust-proxy given twice');
  });
});
