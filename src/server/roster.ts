/**
 * Who sits where: each seat's team (its name, PIN and members) and the hashes of its devices'
 * tokens, as plain data folded from the log's join and release entries, and the decision whether
 * a join may go ahead (a new name founds a team on a free seat; an existing team needs its PIN).
 */
import { MAX_TEAM_NAME, normalizeTeamName, type TeacherStateMessage } from '../net/protocol';
import { SEATS, type Seat, type SeatControllers } from '../model/types';
import type { EntryBody } from './entries';
import { hashSecret, newToken } from './secrets';

/** Wrong PINs a team's seat accepts in PIN_WINDOW_MS before it refuses PINs until the window ends. */
export const MAX_PIN_FAILURES = 10;
export const PIN_WINDOW_MS = 10 * 60_000;

export interface Team {
  name: string;
  /** Null for a team recorded before PINs existed. */
  pin: string | null;
  members: readonly { id: string; name: string; joinedAt: number }[];
}

export interface RosterState {
  teams: Readonly<Record<Seat, Team | null>>;
  /** Token hash → the seat and member it belongs to. */
  tokens: ReadonlyMap<string, { seat: Seat; member: string }>;
}

/** Why a join was refused: `pin` counts as a failed login (a guess), `closed` does not. */
export type JoinRefusal = { ok: false; error: string; reason: 'pin' | 'closed' };
/** A join's answer: the seat, the team, the device's token and the team's PIN (`founded`: this join made the team). */
export type JoinResult = { ok: true; value: { seat: Seat; team: string; token: string; pin: string; founded: boolean } } | JoinRefusal;
export type JoinPlan = { ok: true; value: { seat: Seat; team: string; pin: string; founded: boolean } } | JoinRefusal;

export const emptyRoster = (): RosterState => ({ teams: { us: null, dprk: null, rok: null }, tokens: new Map() });

/** The roster after a join entry. */
export function joined(r: RosterState, e: Extract<EntryBody, { kind: 'join' }> & { at: number }): RosterState {
  const before = r.teams[e.seat];
  const team: Team = before ?? { name: e.team, pin: e.pin ?? null, members: [] };
  const members = [...team.members, { id: e.member, name: e.name ?? `device ${team.members.length + 1}`, joinedAt: e.at }];
  const tokens = new Map(r.tokens);
  tokens.set(e.tokenHash, { seat: e.seat, member: e.member });
  return { teams: { ...r.teams, [e.seat]: { ...team, members } }, tokens };
}

/** The roster after the teacher released a seat: its team and its devices' tokens are gone. */
export function released(r: RosterState, seat: Seat): RosterState {
  const tokens = new Map([...r.tokens].filter(([, t]) => t.seat !== seat));
  return { teams: { ...r.teams, [seat]: null }, tokens };
}

/** Each seat's team with its PIN and members, for the teacher. */
export function teacherRoster(r: RosterState): TeacherStateMessage['teams'] {
  const out: TeacherStateMessage['teams'] = {};
  for (const seat of SEATS) {
    const t = r.teams[seat];
    if (t) out[seat] = { name: t.name, pin: t.pin, members: t.members.map((m) => ({ name: m.name, joinedAt: m.joinedAt })) };
  }
  return out;
}

/** Counts wrong PINs per seat in fixed windows (not logged: a restart forgets them). */
export class PinGuard {
  private readonly failures: Record<Seat, { since: number; count: number }> = {
    us: { since: 0, count: 0 },
    dprk: { since: 0, count: 0 },
    rok: { since: 0, count: 0 },
  };

  blocked(seat: Seat, now: number): boolean {
    const f = this.failures[seat];
    if (now - f.since >= PIN_WINDOW_MS) Object.assign(f, { since: now, count: 0 });
    return f.count >= MAX_PIN_FAILURES;
  }

  fail(seat: Seat): void {
    this.failures[seat].count++;
  }
}

/**
 * Whether `name` may join: the same name (in any letter case) with the team's PIN gets the same
 * seat; a new name founds a team on the wanted seat if free, or on the first free human seat.
 */
export function planJoin(
  r: RosterState,
  controllers: SeatControllers,
  name: string,
  options: { seat?: Seat; pin?: string },
  guard: PinGuard,
  now: number,
  newPin: () => string,
): JoinPlan {
  const refuse = (error: string, reason: JoinRefusal['reason'] = 'closed'): JoinRefusal => ({ ok: false, error, reason });
  const teamName = normalizeTeamName(name).slice(0, MAX_TEAM_NAME);
  if (teamName === '') return refuse('Enter a team name.');
  const key = teamName.toLocaleLowerCase();
  const existing = SEATS.find((s) => r.teams[s]?.name.toLocaleLowerCase() === key);
  if (existing) {
    const team = r.teams[existing] as Team;
    if (team.pin === null) return refuse('This team cannot be joined again; ask your teacher to release its seat.');
    if (guard.blocked(existing, now)) return refuse('Too many wrong PINs for this team; ask your teacher, or wait ten minutes.', 'pin');
    if (options.pin === undefined)
      return refuse(
        `The team “${team.name}” already has a seat: enter its PIN (shown on the device that joined it first, and to your teacher), or choose another team name.`,
        'pin',
      );
    if (options.pin !== team.pin) {
      guard.fail(existing);
      return refuse('That is not this team’s PIN.', 'pin');
    }
    return { ok: true, value: { seat: existing, team: team.name, pin: team.pin, founded: false } };
  }
  const free = (s: Seat) => controllers[s] === 'human' && r.teams[s] === null;
  const seat = options.seat !== undefined && free(options.seat) ? options.seat : SEATS.find(free);
  if (!seat) return refuse('Every seat already has a team. Join with the name and PIN of your team, or ask your teacher.');
  return { ok: true, value: { seat, team: teamName, pin: newPin(), founded: true } };
}

/** The log entry of a planned join for the device holding `token` (only its hash is logged), and its id. */
export function joinEntry(
  plan: { seat: Seat; team: string; pin: string; founded: boolean },
  token: string,
  member: string | undefined,
): { body: EntryBody; id: string } {
  const name = normalizeTeamName(member ?? '').slice(0, MAX_TEAM_NAME);
  const { seat, team, pin, founded } = plan;
  const body: EntryBody = {
    kind: 'join',
    seat,
    team,
    member: newToken().slice(0, 8),
    tokenHash: hashSecret(token),
    ...(founded ? { pin } : {}),
    ...(name ? { name } : {}),
  };
  return { body, id: `join-${token.slice(0, 12)}` };
}
