/**
 * `npm run classroom:migrate` (src/server/migrate.ts): a SQLite data folder copied into a real
 * PostgreSQL server (pgServer.ts; skipped with a message when PostgreSQL is not installed), each
 * session verified by replaying its log to the same hash on both sides; a second run copies
 * nothing and verifies again; a copy that differs is caught; and the server started on the
 * database (QC_STORE_URL) restores the sessions.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateStore, parseMigrateArgs, replayedHash } from '../../src/server/migrate';
import { connectPg } from '../../src/server/pgClient';
import { openPgStore } from '../../src/server/pgStore';
import { createMemoryStore, openSqliteStore, type SessionStore } from '../../src/server/store';
import { FakeClock, fillSeats, newSession, playOut } from './helpers';
import { PG_MISSING, pgBinaries, startPgServer, type PgServer } from './pgServer';

/** A data folder with a bot game, a game of three teams played to its end, and a cohort. */
async function classroomFolder(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'qc-migrate-'));
  const store = openSqliteStore(dir);
  const clock = new FakeClock();
  clock.t = Date.now(); // so that a server started on the copy does not find the sessions expired
  const bots = newSession({ code: 'BOTS22', seats: { us: 'bot:hawk', dprk: 'bot:dove', rok: 'bot:hawk' }, maxTurns: 6 }, store, clock);
  const people = newSession({ code: 'TEAM22', seed: 11, maxTurns: 4 }, store, clock);
  fillSeats(people.session);
  playOut(people.session);
  store.createCohort({
    id: 'CO1',
    name: 'Section A',
    teacherKeyHash: 'a'.repeat(64),
    codes: ['BOTS22'],
    seed: 3,
    createdAt: '2026-01-01T00:00:00.000Z',
  });
  await store.durable?.();
  bots.session.dispose();
  people.session.dispose();
  store.close();
  return dir;
}

function run(args: string[], env: Record<string, string>, until?: RegExp): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const take = (d: Buffer) => {
      out += d.toString();
      if (until?.test(out)) child.kill('SIGTERM');
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('exit', (code) => resolve({ code, out }));
  });
}

const havePg = pgBinaries() !== null;
if (!havePg) console.warn(PG_MISSING);
let server: PgServer | null = null;
beforeAll(async () => {
  if (havePg) server = await startPgServer();
});
afterAll(() => server?.stop());

describe('classroom:migrate into PostgreSQL', () => {
  it.skipIf(!havePg)('copies every session and cohort and verifies each by its replayed hash; a second run copies nothing', async () => {
    const dir = await classroomFolder();
    const url = server!.createDatabase('migrate_api');
    const target = async () => openPgStore(await connectPg(url));
    const from = openSqliteStore(dir);
    const first = await migrateStore(from, await target(), target);
    expect(first.ok).toBe(true);
    expect(first.cohorts).toBe(1);
    expect(first.sessions.map((s) => [s.code, s.copied])).toEqual([
      ['BOTS22', true],
      ['TEAM22', true],
    ]);
    for (const s of first.sessions) {
      const rec = from.sessions().find((r) => r.code === s.code)!;
      expect(s.entries).toBe(from.log(s.code).length);
      expect(s.entries).toBeGreaterThan(3);
      expect(s.sourceHash).toBe(replayedHash(rec.config, from.log(s.code)));
      expect(s.targetHash).toBe(s.sourceHash);
    }
    const again = await migrateStore(from, await target(), target);
    expect(again.ok).toBe(true);
    expect(again.sessions.map((s) => s.copied)).toEqual([false, false]);
    expect(again.cohorts).toBe(0);
    from.close();
  });

  it.skipIf(!havePg)(
    'from the command line, with the address in QC_STORE_URL; the server then restores the sessions from PostgreSQL',
    async () => {
      const dir = await classroomFolder();
      const url = server!.createDatabase('migrate_cli');
      const migrated = await run(['src/server/migrateMain.ts', '--from', dir], { QC_STORE_URL: url });
      expect(migrated.out).toMatch(/2 of 2 session\(s\) verified; 1 cohort\(s\) copied/);
      expect(migrated.code).toBe(0);
      const started = await run(['src/server/main.ts', '--port', '0', '--bot-workers', '0'], { QC_STORE_URL: url }, /listening on/);
      expect(started.out).toMatch(/2 session\(s\) restored from PostgreSQL at postgres:\/\/qc@127\.0\.0\.1/);
    },
  );
});

describe('migrate verification', () => {
  const copy = async (to: SessionStore) => {
    const dir = await classroomFolder();
    return migrateStore(openSqliteStore(dir), to, async () => to);
  };

  it('catches a copy whose log differs from the source', async () => {
    const to = createMemoryStore();
    const append = to.append.bind(to);
    to.append = (code, entry) => append(code, code === 'TEAM22' && entry.seq === 2 ? { ...entry, at: entry.at + 1 } : entry);
    const report = await copy(to);
    expect(report.ok).toBe(false);
    expect(report.sessions.find((s) => s.code === 'TEAM22')?.problem).toMatch(/differs/);
    expect(report.sessions.find((s) => s.code === 'BOTS22')?.problem).toBeUndefined();
  });

  it('leaves alone, and reports, a session the target already has with another log', async () => {
    const to = createMemoryStore();
    const { session } = newSession({ code: 'TEAM22', seed: 12 }, to);
    session.dispose();
    const before = to.log('TEAM22');
    const report = await copy(to);
    expect(report.sessions.find((s) => s.code === 'TEAM22')?.problem).toMatch(/already has a session with this code and another log/);
    expect(to.log('TEAM22')).toEqual(before);
  });

  it('reads --from and --to (or QC_STORE_URL) strictly', () => {
    expect(parseMigrateArgs(['--from', 'd', '--to', 'postgres://h/db'])).toEqual({ from: 'd', to: 'postgres://h/db' });
    expect(parseMigrateArgs(['--from=d'], { QC_STORE_URL: 'postgres://h/x' })).toEqual({ from: 'd', to: 'postgres://h/x' });
    expect(() => parseMigrateArgs(['--from', 'd'])).toThrow(/--to postgres:\/\/… \(or QC_STORE_URL\) is needed/);
    expect(() => parseMigrateArgs(['--to', 'postgres://h/db'])).toThrow(/--from DIR is needed/);
    expect(() => parseMigrateArgs(['--from', 'd', '--from', 'e'])).toThrow(/given twice/);
    expect(() => parseMigrateArgs(['--form', 'd'])).toThrow(/unknown flag --form/);
  });
});
