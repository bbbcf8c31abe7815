/**
 * All sessions of one server: creating them (code, teacher key, durable record), restoring them
 * from the store at start-up, and finding them by code.
 */
import { SEATS, type SeatControllers } from '../model/types';
import { isBotName } from '../bots/personalities';
import { err, ok, type Result } from '../model/result';
import type { createSessionSchema } from '../net/protocol';
import type { z } from 'zod';
import { ClassroomSession, systemClock, type Clock, type SessionConfig } from './session';
import { hashSecret, matchesHash, newJoinCode, newSeed, newTeacherKey } from './secrets';
import type { SessionStore } from './store';

export type CreateSessionInput = z.output<typeof createSessionSchema>;

export class SessionHub {
  private readonly sessions = new Map<string, { session: ClassroomSession; teacherKeyHash: string }>();

  constructor(readonly store: SessionStore, private readonly clock: Clock = systemClock) {}

  /** Rebuilds every session in the store from its log. A session that fails to replay is reported and skipped. */
  restoreAll(): { restored: number; failed: string[] } {
    const failed: string[] = [];
    for (const rec of this.store.sessions()) {
      try {
        const session = ClassroomSession.restore(rec.config, this.store.log(rec.code), this.store, this.clock);
        this.sessions.set(rec.code, { session, teacherKeyHash: rec.teacherKeyHash });
      } catch (e) {
        failed.push(`${rec.code}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    return { restored: this.sessions.size, failed };
  }

  create(input: CreateSessionInput, now = new Date()): Result<{ session: ClassroomSession; teacherKey: string }> {
    for (const seat of SEATS) {
      const c = input.seats[seat];
      if (c !== 'human' && !isBotName(c.slice(4))) return err(`seats.${seat}: there is no bot "${c.slice(4)}"`);
    }
    let code = newJoinCode();
    for (let i = 0; this.sessions.has(code) && i < 100; i++) code = newJoinCode();
    if (this.sessions.has(code)) return err('No free join code; try again.');
    const teacherKey = newTeacherKey();
    const seed = input.seed ?? newSeed();
    const config: SessionConfig = {
      code,
      title: input.title ?? `Classroom ${code}`,
      seats: { ...input.seats } as SeatControllers,
      turnSeconds: input.turnSeconds,
      seed,
      autoStart: input.autoStart,
      ...(input.maxTurns !== undefined ? { maxTurns: input.maxTurns } : {}),
      createdAt: now.toISOString(),
    };
    const teacherKeyHash = hashSecret(teacherKey);
    this.store.createSession({ code, teacherKeyHash, config });
    const session = ClassroomSession.create(config, this.store, this.clock);
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

  close(): void {
    for (const { session } of this.sessions.values()) session.dispose();
    this.sessions.clear();
    this.store.close();
  }
}
