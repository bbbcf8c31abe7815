/**
 * Copies every session (settings, log) and cohort of one store into another — a SQLite data
 * folder into PostgreSQL (`npm run classroom:migrate`, migrateMain.ts) — and verifies the copy:
 * each session's log, read back from a freshly opened target, must equal the source's entry for
 * entry and replay through the engine to the same hash. A session already in the target with the
 * same log is left as it is (so an interrupted run can be run again); with another log it is an
 * error, and nothing of that session is written.
 */
import { replaySave } from '../engine/replay';
import type { Clock, LogEntry, SessionConfig } from './entries';
import { ClassroomSession } from './session';
import { createMemoryStore } from './store';
import type { SessionStore } from './storeTypes';

export interface MigratedSession {
  code: string;
  entries: number;
  /** The replayed hash on each side (null: the log does not replay, with why in `problem`). */
  sourceHash: string | null;
  targetHash: string | null;
  /** Copied now, or found already there with the same log. */
  copied: boolean;
  problem?: string;
}

export interface MigrateReport {
  sessions: MigratedSession[];
  cohorts: number;
  ok: boolean;
}

/** A clock that stands still at the last entry: replaying starts no timer that fires. */
function stillClock(at: number): Clock {
  return { now: () => at, setTimeout: () => 0, clearTimeout: () => {} };
}

/** The hash a session's log replays to: the session rebuilt from it, its save replayed through the engine. */
export function replayedHash(config: SessionConfig, log: readonly LogEntry[]): string {
  const store = createMemoryStore();
  store.createSession({ code: config.code, teacherKeyHash: '', config });
  for (const e of log) store.append(config.code, e);
  const at = log.length > 0 ? (log[log.length - 1]?.at ?? 0) : Date.parse(config.createdAt);
  const session = ClassroomSession.restore(config, log, store, stillClock(at));
  session.log = () => {};
  try {
    const r = replaySave(session.save());
    if (!r.ok) throw new Error(`its save does not replay: ${r.divergence.message}`);
    if (r.hash !== session.hash()) throw new Error('its save replays to another hash than the session holds');
    return r.hash;
  } finally {
    session.dispose();
  }
}

const same = (a: readonly LogEntry[], b: readonly LogEntry[]) =>
  a.length === b.length && a.every((e, i) => JSON.stringify(e) === JSON.stringify(b[i]));

function hashOrProblem(config: SessionConfig, log: readonly LogEntry[]): { hash: string | null; problem?: string } {
  try {
    return { hash: replayedHash(config, log) };
  } catch (e) {
    return { hash: null, problem: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Copies `from` into `to`, commits, then verifies against `reopen()` (the target as a new process
 * would see it). `to` is closed before `reopen` is called. Never writes into `from`.
 */
export async function migrateStore(from: SessionStore, to: SessionStore, reopen: () => Promise<SessionStore>): Promise<MigrateReport> {
  const there = new Map(to.sessions().map((s) => [s.code, s]));
  const report: MigratedSession[] = [];
  for (const rec of from.sessions()) {
    const log = from.log(rec.code);
    const row: MigratedSession = { code: rec.code, entries: log.length, sourceHash: null, targetHash: null, copied: false };
    report.push(row);
    if (there.has(rec.code)) {
      if (!same(to.log(rec.code), log))
        row.problem = 'the target already has a session with this code and another log; it was left as it is';
      continue;
    }
    to.createSession(rec);
    for (const e of log) to.append(rec.code, e);
    row.copied = true;
    await to.durable?.(); // one session at a time: a failure leaves whole sessions behind it
  }
  const cohortIds = new Set(to.cohorts().map((c) => c.id));
  let cohorts = 0;
  for (const c of from.cohorts()) {
    if (cohortIds.has(c.id)) continue;
    to.createCohort(c);
    cohorts++;
  }
  await to.durable?.();
  await to.close();

  const target = await reopen();
  try {
    const copies = new Map(target.sessions().map((s) => [s.code, s]));
    for (const row of report) {
      if (row.problem) continue;
      const rec = from.sessions().find((s) => s.code === row.code);
      const copy = copies.get(row.code);
      if (!rec || !copy) {
        row.problem = 'the session is missing from the target';
        continue;
      }
      const source = hashOrProblem(rec.config, from.log(row.code));
      const theirs = target.log(row.code);
      const copied = hashOrProblem(copy.config, theirs);
      row.sourceHash = source.hash;
      row.targetHash = copied.hash;
      if (source.problem) row.problem = `the source log does not replay: ${source.problem}`;
      else if (copied.problem) row.problem = `the copied log does not replay: ${copied.problem}`;
      else if (!same(from.log(row.code), theirs)) row.problem = 'the copied log differs from the source';
      else if (JSON.stringify(rec) !== JSON.stringify(copy)) row.problem = 'the copied settings differ from the source';
      else if (source.hash !== copied.hash) row.problem = 'the copied log replays to another hash';
    }
  } finally {
    await target.close();
  }
  return { sessions: report, cohorts, ok: report.every((r) => !r.problem) };
}

export const MIGRATE_USAGE = `usage: npm run classroom:migrate -- --from DIR --to postgres://user:password@host:5432/database
  --from DIR          the classroom server's data folder (--data; the default was classroom-data)
  --to postgres://…   the PostgreSQL database to copy into (or set QC_STORE_URL, which keeps the password out of ps)
Copies every session and cohort, then verifies each session: its log read back from PostgreSQL
replays to the same hash as in the folder. Sessions already copied are checked, not copied again.`;

export class MigrateUsageError extends Error {}

/** `--from DIR --to URL` (the URL also from QC_STORE_URL). Throws MigrateUsageError; the URL is checked by the caller. */
export function parseMigrateArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): { from: string; to: string } | 'help' {
  const flags: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') return 'help';
    const [name, inline] = arg.startsWith('--') ? (arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined]) : [arg, undefined];
    if (name !== 'from' && name !== 'to')
      throw new MigrateUsageError(arg.startsWith('--') ? `unknown flag --${name}` : `unexpected argument "${arg}"`);
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new MigrateUsageError(`--${name} needs a value`);
    if (flags[name] !== undefined) throw new MigrateUsageError(`--${name} given twice`);
    flags[name] = value;
  }
  const to = flags['to'] ?? (env['QC_STORE_URL'] || undefined);
  if (flags['from'] === undefined) throw new MigrateUsageError('--from DIR is needed: the data folder to copy');
  if (to === undefined) throw new MigrateUsageError('--to postgres://… (or QC_STORE_URL) is needed: the database to copy into');
  return { from: flags['from'], to };
}
