/**
 * Cohorts: one world played by several classes. A cohort is N sessions made in one step with the
 * same scenario, seed and settings, under one teacher key (which opens each session's console
 * too), kept in the store beside its sessions. `compareCohort` reads the sessions' games side by
 * side: each one's ending, scores, months and indicators, and where two worlds first diverged.
 */
import { randomInt } from 'node:crypto';
import { SEATS, type Seat } from '../model/types';
import { err, ok, type Result } from '../model/result';
import type { CohortReport, ComparedSession, CreateCohortRequest, Divergence, createCohortSchema } from '../net/course';
import { CODE_ALPHABET } from '../net/protocol';
import type { z } from 'zod';
import type { SessionHub } from './hub';
import { hashSecret, matchesHash, newSeed, newTeacherKey } from './secrets';
import type { ClassroomSession } from './session';
import type { CohortRecord, SharedStore } from './store';

export type CreateCohortInput = z.output<typeof createCohortSchema>;
export type { CreateCohortRequest };

function newCohortId(): string {
  let id = '';
  for (let i = 0; i < 12; i++) id += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return id;
}

/**
 * With several processes (cluster.ts) a cohort may have been made by another process, and its
 * sessions hosted anywhere: the cohort is looked up in the shared store, and a session this process
 * does not host is compared by the process that does.
 */
export interface SharedCohorts {
  /** The cohort as the shared store has it; null when there is none. */
  lookup(id: string): Promise<CohortRecord | null>;
  /** A session compared by the process hosting it (with the cohort's teacher key); null when it cannot be had. */
  compared(code: string, teacherKey: string): Promise<ComparedSession | null>;
}

/**
 * SharedCohorts over the shared store and this process's own address: a session's comparison is
 * asked of `ownUrl`, whose front passes the request on to the session's host (forward.ts) or takes
 * up a session nobody hosts.
 */
export function sharedCohorts(store: () => SharedStore, ownUrl: string): SharedCohorts {
  return {
    lookup: (id) => store().cohort(id),
    async compared(code, teacherKey) {
      try {
        const res = await fetch(`${ownUrl}/api/sessions/${code}/compared`, {
          headers: { authorization: `Bearer ${teacherKey}` },
          signal: AbortSignal.timeout(5000),
        });
        return res.ok ? ((await res.json()) as ComparedSession) : null;
      } catch {
        return null;
      }
    },
  };
}

export class CohortBook {
  private readonly cohorts = new Map<string, CohortRecord>();

  constructor(
    private readonly hub: SessionHub,
    private readonly shared: SharedCohorts | null = null,
  ) {
    for (const c of hub.store.cohorts()) this.cohorts.set(c.id, c);
  }

  /** Makes the cohort's sessions (all with the same seed and settings) and records it. */
  create(input: CreateCohortInput): Result<{ cohort: CohortRecord; teacherKey: string; sessions: ClassroomSession[] }> {
    const teacherKey = newTeacherKey();
    const seed = input.seed ?? newSeed();
    const sessions: ClassroomSession[] = [];
    for (let i = 0; i < input.sessions; i++) {
      const r = this.hub.create(
        {
          seats: input.seats,
          turnSeconds: input.turnSeconds,
          seed,
          autoStart: input.autoStart,
          title: `${input.name} · ${i + 1}`,
          ...(input.months !== undefined ? { maxTurns: input.months } : {}),
          ...(input.deadline !== undefined ? { deadline: input.deadline } : {}),
          ...(input.letters === false ? { letters: false } : {}),
        },
        undefined,
        teacherKey,
      );
      if (!r.ok) return err(r.error);
      sessions.push(r.value.session);
    }
    let id = newCohortId();
    while (this.cohorts.has(id)) id = newCohortId();
    const cohort: CohortRecord = {
      id,
      name: input.name,
      teacherKeyHash: hashSecret(teacherKey),
      codes: sessions.map((s) => s.code),
      seed,
      createdAt: sessions[0]?.config.createdAt ?? '',
    };
    this.hub.store.createCohort(cohort);
    this.cohorts.set(id, cohort);
    return ok({ cohort, teacherKey, sessions });
  }

  /** The cohort, from the shared store when this process has not seen it. */
  async find(id: string): Promise<CohortRecord | undefined> {
    const known = this.cohorts.get(id);
    if (known || !this.shared) return known;
    const found = await this.shared.lookup(id);
    if (found) this.cohorts.set(id, found);
    return found ?? undefined;
  }

  isTeacher(id: string, key: string | undefined): boolean {
    const c = this.cohorts.get(id);
    return c !== undefined && typeof key === 'string' && matchesHash(key, c.teacherKeyHash);
  }

  /**
   * The cohort's sessions compared (those expired from memory are listed as not available); with
   * several processes a session hosted elsewhere is compared there, with the cohort's `teacherKey`.
   */
  async report(id: string, teacherKey: string): Promise<CohortReport | null> {
    const c = await this.find(id);
    if (!c) return null;
    const shared = this.shared;
    const sessions = await Promise.all(
      c.codes.map(async (code) => this.hub.get(code) ?? (shared ? ((await shared.compared(code, teacherKey)) ?? code) : code)),
    );
    return compareCohort(c, sessions);
  }
}

/** One session as the comparison board shows it. */
export function comparedSession(s: ClassroomSession): ComparedSession {
  const d = s.debrief();
  const { view } = d;
  const played = view.endedOn ?? (d.session.status === 'ended' ? view.turn - 1 : view.turn - 1);
  const months = Math.max(0, Math.min(played, view.history.length));
  const moves: Partial<Record<Seat, string>>[] = Array.from({ length: months }, () => ({}));
  for (const m of view.moves) {
    const month = moves[m.turn - 1];
    if (month && m.move !== null) month[m.seat] = m.move;
  }
  return {
    code: s.code,
    title: s.config.title,
    available: true,
    status: d.session.status,
    ending: view.ending,
    endedBy: d.session.endedBy,
    monthsPlayed: months,
    scores: view.results ? { us: view.results.us.score, dprk: view.results.dprk.score, rok: view.results.rok.score } : null,
    indicators: view.history.slice(0, months).map((r) => ({ turn: r.turn, ...r.indicators })),
    moves,
    injections: d.injections,
  };
}

/**
 * The first month where two sessions' worlds differ: the same seed and settings give the same
 * world until a month in which a seat played another move, or the teacher injected another event.
 */
export function divergence(a: ComparedSession, b: ComparedSession): Divergence {
  const common = Math.min(a.monthsPlayed, b.monthsPlayed);
  const eventsOf = (s: ComparedSession, turn: number) =>
    s.injections
      .filter((i) => i.turn === turn)
      .map((i) => i.event)
      .sort();
  for (let month = 1; month <= common; month++) {
    const ma = a.moves[month - 1] ?? {};
    const mb = b.moves[month - 1] ?? {};
    const moves = SEATS.filter((seat) => ma[seat] !== mb[seat]).map((seat) => ({ seat, a: ma[seat] ?? null, b: mb[seat] ?? null }));
    const ea = eventsOf(a, month);
    const eb = eventsOf(b, month);
    const events = ea.join() === eb.join() ? null : { a: ea, b: eb };
    if (moves.length > 0 || events) return { a: a.code, b: b.code, month, moves, events };
  }
  return { a: a.code, b: b.code, month: null, moves: [], events: null };
}

export function compareCohort(c: CohortRecord, sessions: readonly (ClassroomSession | ComparedSession | string)[]): CohortReport {
  const compared = sessions.map((s): ComparedSession =>
    typeof s === 'string'
      ? {
          code: s,
          title: s,
          available: false,
          status: 'expired',
          ending: null,
          endedBy: null,
          monthsPlayed: 0,
          scores: null,
          indicators: [],
          moves: [],
          injections: [],
        }
      : 'available' in s
        ? s
        : comparedSession(s),
  );
  const live = compared.filter((s) => s.available);
  const divergences: Divergence[] = [];
  for (let i = 0; i < live.length; i++)
    for (let j = i + 1; j < live.length; j++) divergences.push(divergence(live[i] as ComparedSession, live[j] as ComparedSession));
  return { id: c.id, name: c.name, seed: c.seed, createdAt: c.createdAt, sessions: compared, divergences };
}
