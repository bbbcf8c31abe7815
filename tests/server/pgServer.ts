/**
 * A real PostgreSQL server for the store tests, from Debian's `postgresql` package: initdb into a
 * temporary folder, listening on a free loopback port only, trust authentication for one user
 * (nothing else can reach it), stopped and deleted afterwards. PostgreSQL refuses to run as root:
 * as root the server runs as the `postgres` user the package creates (runuser).
 *
 * `pgBinaries()` is null when the package is missing; the tests that need it are then skipped
 * with a message (.ci/run installs the package when it is missing).
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../e2e/server';

export const PG_MISSING =
  'PostgreSQL is not installed (no initdb under /usr/lib/postgresql/*/bin, or no psql): the PostgreSQL store tests are skipped. Install it with apt-get install -y postgresql (.ci/run does).';

/** The folder of initdb and pg_ctl, and the psql program; null if PostgreSQL is not installed. */
export function pgBinaries(): { bin: string; psql: string } | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')) && existsSync(join(root, v, 'bin', 'psql')))
    .sort((a, b) => Number(b) - Number(a));
  const v = versions[0];
  return v === undefined ? null : { bin: join(root, v, 'bin'), psql: join(root, v, 'bin', 'psql') };
}

export interface PgServer {
  host: string;
  port: number;
  user: string;
  psql: string;
  /** A new, empty database on this server; returns its postgres:// address. */
  createDatabase(name: string): string;
  /** Stops the server (fast shutdown: connections are cut), keeping its data; `resume` starts it again on the same port. */
  halt(): void;
  resume(): void;
  stop(): void;
}

export async function startPgServer(): Promise<PgServer> {
  const found = pgBinaries();
  if (!found) throw new Error(PG_MISSING);
  const dir = mkdtempSync(join(tmpdir(), 'qc-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(found.bin, cmd), ...args], { stdio: 'pipe' })
      : execFileSync(join(found.bin, cmd), args, { stdio: 'pipe' });
  if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), -1);
  const data = join(dir, 'data');
  const user = 'qc';
  run('initdb', ['-D', data, '-A', 'trust', '-U', user, '-E', 'UTF8', '--no-sync']);
  const port = await freePort();
  // fsync off: these tests check the store's logic and constraints, not the disk (a test server only).
  const settings = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c full_page_writes=off`;
  const start = () => run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', settings, 'start']);
  start();
  const host = '127.0.0.1';
  return {
    host,
    port,
    user,
    psql: found.psql,
    createDatabase(name) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
      execFileSync(found.psql, ['-X', '-q', '-h', host, '-p', String(port), '-U', user, '-d', 'postgres', '-c', `CREATE DATABASE ${name}`]);
      return `postgres://${user}@${host}:${port}/${name}`;
    },
    halt: () => void run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']),
    resume: () => void start(),
    stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
