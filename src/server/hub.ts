/**
 * All sessions of one server: creating them (code, teacher key, durable record), restoring them
 * from the store at start-up, finding them by code, and letting ended and idle ones expire (they
 * leave the server's memory and stop answering; their log stays in the store for the teacher).
 */
import { SCENARIO } from '../model/data/scenario';
import { SEATS, type SeatControllers } from '../model/types';
import { isBotName } from '../bots/personalities';
import { err, ok, type Result } from '../model/result';
import type { createSessionSchema } from '../net/protocol';
import type { z } from 'zod';
import { systemClock, type Clock, type LogEntry, type SessionConfig } from './entries';
import { ClassroomSession } from './session';
import { hashSecret, matchesHash, newJoinCode, newSeed, newTeacherKey } from './secrets';
import type { SessionRecord, SessionStore } from './store';
import type { Think } from './botPool';

export type CreateSessionInput = z.output<typeof createSessionSchema>;

/** When sessions expire, in ms: `endedMs` after the game ended, `idleMs` after the last change. */
export interface Expiry {
  endedMs: number;
  idleMs: number;
}

export const DEFAULT_EXPIRY: Readonly<Expiry> = { endedMs: 24 * 3_600_000, idleMs: 12 * 3_600_000 };

export class SessionHub {
  private readonly sessions = new Map<string, { session: ClassroomSession; teacherKeyHash: string }>();

  constructor(
    private current: SessionStore,
    private readonly clock: Clock = systemClock,
    private readonly expiry: Expiry = DEFAULT_EXPIRY,
    /** Where the sessions' slow bots decide (the server's bot pool); null: on this thread. */
    private readonly think: Think | null = null,
  ) {}

  /** The durable store the sessions write to (replaced by `reload` after the database was lost and is back). */
  get store(): SessionStore {
    return this.current;
  }

  /**
   * Drops every session in memory (what they hold beyond the store was never acknowledged) and
   * rebuilds them from `store`'s log: how the server comes back after losing its database.
   */
  reload(store: SessionStore): { restored: number; failed: string[]; expired: number } {
    for (const { session } of this.sessions.values()) session.dispose();
    this.sessions.clear();
    this.current = store;
    return this.restoreAll();
  }

  /** Why `session` has expired by now ('ended' or 'idle'), or null while it is live. */
  expiredWhy(session: ClassroomSession, now = this.clock.now()): 'ended' | 'idle' | null {
    const a = session.activity();
    if (a.endedAt !== null && now - a.endedAt >= this.expiry.endedMs) return 'ended';
    // A course played over days is quiet between its deadlines: it does not expire while it runs.
    if (session.config.deadline && a.endedAt === null) return null;
    if (now - a.last >= this.expiry.idleMs) return 'idle';
    return null;
  }

  /** Removes every expired session from memory (not from the store); returns their codes and why. */
  expire(now = this.clock.now()): { code: string; why: 'ended' | 'idle' }[] {
    const out: { code: string; why: 'ended' | 'idle' }[] = [];
    for (const [code, { session }] of this.sessions) {
      const why = this.expiredWhy(session, now);
      if (!why) continue;
      session.dispose();
      this.sessions.delete(code);
      out.push({ code, why });
    }
    return out;
  }

  /** Rebuilds every session in the store from its log. A session that fails to replay is reported and skipped. */
  restoreAll(): { restored: number; failed: string[]; expired: number } {
    const failed: string[] = [];
    let expired = 0;
    for (const rec of this.store.sessions()) {
      try {
        const session = ClassroomSession.restore(rec.config, this.store.log(rec.code), this.store, this.clock, this.think);
        if (this.expiredWhy(session)) {
          session.dispose();
          expired++;
          continue;
        }
        this.sessions.set(rec.code, { session, teacherKeyHash: rec.teacherKeyHash });
      } catch (e) {
        failed.push(`${rec.code}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    return { restored: this.sessions.size, failed, expired };
  }

  /** Rebuilds one session from its log (this process takes it over, see cluster.ts); false if it has expired. Throws if it fails to replay. */
  adopt(record: SessionRecord, log: LogEntry[]): boolean {
    const session = ClassroomSession.restore(record.config, log, this.store, this.clock, this.think);
    if (this.expiredWhy(session)) {
      session.dispose();
      return false;
    }
    this.drop(record.code);
    this.sessions.set(record.code, { session, teacherKeyHash: record.teacherKeyHash });
    return true;
  }

  /** Lets go of a session in memory (not in the store): another process takes it over. */
  drop(code: string): void {
    this.sessions.get(code)?.session.dispose();
    this.sessions.delete(code);
  }

  /** A new session; a cohort's sessions share the cohort's `teacherKey`. */
  create(
    input: CreateSessionInput,
    now = new Date(this.clock.now()),
    teacherKey = newTeacherKey(),
  ): Result<{ session: ClassroomSession; teacherKey: string }> {
    for (const seat of SEATS) {
      const c = input.seats[seat];
      if (c !== 'human' && !isBotName(c.slice(4))) return err(`seats.${seat}: there is no bot "${c.slice(4)}"`);
    }
    // A code is never used twice, not even that of an expired session (its log is still stored).
    const taken = new Set(this.store.sessions().map((r) => r.code));
    let code = newJoinCode();
    for (let i = 0; (this.sessions.has(code) || taken.has(code)) && i < 100; i++) code = newJoinCode();
    if (this.sessions.has(code) || taken.has(code)) return err('No free join code; try again.');
    const seed = input.seed ?? newSeed();
    const config: SessionConfig = {
      code,
      title: input.title ?? `Classroom ${code}`,
      seats: { ...input.seats } as SeatControllers,
      turnSeconds: input.turnSeconds,
      seed,
      autoStart: input.autoStart,
      ...(input.maxTurns !== undefined ? { maxTurns: input.maxTurns } : {}),
      ...(input.deadline !== undefined ? { deadline: input.deadline } : {}),
      ...(input.letters === false ? { letters: false } : {}),
      createdAt: now.toISOString(),
      scenarioVersion: SCENARIO.version,
    };
    const teacherKeyHash = hashSecret(teacherKey);
    this.store.createSession({ code, teacherKeyHash, config });
    const session = ClassroomSession.create(config, this.store, this.clock, this.think);
    this.sessions.set(code, { session, teacherKeyHash });
    return ok({ session, teacherKey });
  }

  get(code: string): ClassroomSession | undefined {
    return this.sessions.get(code)?.session;
  }

  codes(): string[] {
    return [...this.sessions.keys()];
  }

  isTeacher(code: string, key: string | undefined): boolean {
    const entry = this.sessions.get(code);
    return entry !== undefined && typeof key === 'string' && matchesHash(key, entry.teacherKeyHash);
  }

  /** Closes every session and then the store (which commits what is pending first). */
  async close(): Promise<void> {
    for (const { session } of this.sessions.values()) session.dispose();
    this.sessions.clear();
    await this.store.close();
  }
}
