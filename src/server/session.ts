/**
 * One classroom session: a game runner (the only authority over the rules), the durable log of
 * everything that happened around it, the teams in its seats, the turn timer, pause, and the
 * per-seat views. Independent of Colyseus and of the network so that it can be tested with a
 * fake clock and an in-memory store.
 *
 * Every change is written to the store before it is applied and acknowledged. Restoring a
 * session folds its log through the same `apply` as live play, so a restarted server arrives at
 * the same state; bots and timer moves are logged like the teams' moves (with ids derived from
 * the month and seat, so a crash between two of them can never apply one twice).
 *
 * Action ids live in namespaces: a team's ids are kept as `<seat>:<id>`, the teacher's as
 * `teacher:<id>`, and the server's own (`bot-…`, `timer-…`, `join-…`, `auto-start`) contain no
 * `:`, which a client id cannot; so no client can take an id the server needs. A server action
 * whose write fails anyway is logged and tried again later, never in a tight loop.
 */
import { chooseMove } from '../bots/choose';
import { isBotName } from '../bots/personalities';
import { err, ok, type Result } from '../codec/result';
import type { SaveFile } from '../codec/save';
import { createGame, type GameRunner } from '../engine/runner';
import { EVENTS } from '../model/data/events';
import { explainEnding } from '../model/explain';
import { whyIllegal } from '../model/legal';
import { scoreGame } from '../model/score';
import { SEATS, type Controller, type Seat, type SeatControllers } from '../model/types';
import { playerView, type PlayerView } from '../model/view';
import { MAX_TEAM_NAME, RECORD_FIELDS, TIMER_REASON, normalizeTeamName, withoutRecord } from '../net/protocol';
import type {
  AckMessage,
  LoggedAction,
  SeatStateMessage,
  SessionInfo,
  SessionStatus,
  TeacherCommand,
  TeacherStateMessage,
} from '../net/protocol';
import { hashSecret, newPin, newToken } from './secrets';
import type { SessionStore } from './store';

/** How long the server waits before trying again a bot or timer move it could not record. */
export const SERVER_RETRY_MS = 5000;
/** Wrong PINs a team's seat accepts in PIN_WINDOW_MS before it refuses PINs until the window ends. */
export const MAX_PIN_FAILURES = 10;
export const PIN_WINDOW_MS = 10 * 60_000;

/** Time as the session sees it; tests pass a fake one and drive it. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export interface SessionConfig {
  code: string;
  title: string;
  seats: SeatControllers;
  /** Seconds per month; 0: no timer. */
  turnSeconds: number;
  seed: number;
  /** Start once every human seat has a team. */
  autoStart: boolean;
  maxTurns?: number;
  createdAt: string;
}

type EntryBody =
  | { kind: 'play'; seat: Seat; move: string; reason: string; turn: number; by: LoggedAction['by'] }
  | { kind: 'inject'; event: string; turn: number }
  | { kind: 'start' }
  | { kind: 'pause' }
  | { kind: 'resume' }
  | { kind: 'extend'; seconds: number }
  | { kind: 'bot'; seat: Seat; bot: string }
  | { kind: 'release'; seat: Seat }
  | { kind: 'join'; seat: Seat; team: string; member: string; tokenHash: string; pin?: string; name?: string }
  | { kind: 'end' }
  | { kind: 'debrief' };

/** One line of a session's log. `at` is the server's clock when it was written (for the record only). */
export type LogEntry = { seq: number; id: string; at: number } & EntryBody;

interface Team {
  name: string;
  /** Null for a team recorded before PINs existed. */
  pin: string | null;
  members: { id: string; name: string; joinedAt: number }[];
}

/** Why a join was refused: `pin` counts as a failed login (a guess), `closed` does not. */
export type JoinRefusal = { ok: false; error: string; reason: 'pin' | 'closed' };

/** Everything the debrief shows, for the teacher (and the teams once released). */
export interface DebriefData {
  session: SessionInfo;
  /** The whole game, secrets revealed. Results and explanation are filled in even when the teacher ended it early. */
  view: PlayerView;
  actions: LoggedAction[];
  injections: { turn: number; event: string }[];
}

/**
 * A 53-bit fingerprint of a text, from two 32-bit multiply-xor lanes: with the length it tells a
 * seat's record versions apart without keeping the (tens of kilobytes of) text itself.
 */
export function fingerprint(text: string): number {
  let lo = 0x811c9dc5;
  let hi = 0x9e3779b9 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    lo = Math.imul(lo ^ c, 0x01000193);
    hi = Math.imul(hi ^ c, 0x5bd1e995);
  }
  lo = Math.imul(lo ^ (lo >>> 16), 0x85ebca6b);
  hi = Math.imul(hi ^ (hi >>> 13), 0xc2b2ae35);
  return (hi >>> 11) * 0x100000000 + (lo >>> 0);
}

const INJECTABLE: ReadonlySet<string> = new Set(EVENTS.map((e) => e.id));

export class ClassroomSession {
  readonly code: string;
  readonly config: SessionConfig;
  private readonly runner: GameRunner;
  private readonly controllers: SeatControllers;
  private readonly teams: Record<Seat, Team | null> = { us: null, dprk: null, rok: null };
  private readonly tokens = new Map<string, { seat: Seat; member: string }>();
  /** Ids of the logged entries (namespaced; see the top of the file). */
  private readonly accepted = new Set<string>();
  private readonly rejected = new Map<string, AckMessage>();
  private readonly actions: LoggedAction[] = [];
  private readonly injections: { turn: number; event: string }[] = [];
  private readonly connected: Record<Seat, number> = { us: 0, dprk: 0, rok: 0 };
  private readonly listeners = new Set<() => void>();
  private seq = 0;
  private started = false;
  private paused = false;
  private endedBy: 'game' | 'teacher' | null = null;
  private debriefReleased = false;
  /** The running timer's end (clock ms), or null. */
  private deadline: number | null = null;
  /** Time left while paused. */
  private remaining: number | null = null;
  private timerTurn = 0;
  private timerHandle: unknown = null;
  private version = 0;
  private cache = new Map<string, { version: number; value: unknown }>();
  /** Each seat's record as last versioned (see `recordVersion`): its text's length and fingerprint. */
  private readonly records: Record<Seat, { length: number; print: number; version: number } | null> = { us: null, dprk: null, rok: null };
  private restoring = false;
  private disposed = false;
  /** Seats and months whose move the timer made: the views mark those moves `timedOut`. */
  private readonly timedOut = new Set<string>();
  /** The clock time of the last log entry (or of the creation): idle sessions expire from it. */
  private lastActivity: number;
  /** When the session ended (clock ms), or null. */
  private endedAt: number | null = null;
  private readonly pinFailures: Record<Seat, { since: number; count: number }> = { us: { since: 0, count: 0 }, dprk: { since: 0, count: 0 }, rok: { since: 0, count: 0 } };
  private retryHandle: unknown = null;
  /** Where the session reports what it could not do (tests pass their own). */
  log: (line: string) => void = (line) => console.error(line);

  private constructor(config: SessionConfig, private readonly store: SessionStore, private readonly clock: Clock) {
    this.code = config.code;
    this.config = config;
    this.controllers = { ...config.seats };
    this.lastActivity = Date.parse(config.createdAt) || clock.now();
    this.runner = createGame(
      { seed: config.seed, seats: { ...config.seats }, ...(config.maxTurns !== undefined ? { maxTurns: config.maxTurns } : {}) },
      { checkpoints: true },
    );
  }

  /** A new session (its record must already be in the store). */
  static create(config: SessionConfig, store: SessionStore, clock: Clock = systemClock): ClassroomSession {
    const s = new ClassroomSession(config, store, clock);
    s.settle();
    return s;
  }

  /** Rebuilds a session from its log. Throws if the log does not replay (a damaged store). */
  static restore(config: SessionConfig, log: readonly LogEntry[], store: SessionStore, clock: Clock = systemClock): ClassroomSession {
    const s = new ClassroomSession(config, store, clock);
    s.restoring = true;
    for (const entry of log) {
      const r = s.apply(entry);
      if (!r.ok) throw new Error(`Session ${config.code}: log entry ${entry.seq} (${entry.kind}) does not replay: ${r.error}`);
      s.seq = Math.max(s.seq, entry.seq);
    }
    s.restoring = false;
    s.settle();
    return s;
  }

  // ── Reading ───────────────────────────────────────────────────────────────────────────────────

  status(): SessionStatus {
    if (this.endedBy !== null) return 'ended';
    if (!this.started) return 'lobby';
    return this.paused ? 'paused' : 'playing';
  }

  /** The session around the game; computed on every call, since the timer's remaining time changes. */
  info(): SessionInfo {
    const view = this.allView();
    const seats = Object.fromEntries(
      SEATS.map((seat) => [seat, {
        controller: this.controllers[seat],
        team: this.teams[seat]?.name ?? null,
        connected: this.connected[seat],
        committed: view.committed[seat],
      }]),
    ) as SessionInfo['seats'];
    return {
      code: this.code,
      status: this.status(),
      endedBy: this.endedBy,
      remainingMs: this.remainingMs(),
      turnSeconds: this.config.turnSeconds,
      seats,
      debriefReleased: this.debriefReleased,
      title: this.config.title,
    };
  }

  /** What a team sees: its own seat's view and the session around it, nothing of the others' secrets. */
  /**
   * `held`: the record version the receiving connection already has; when it is still current,
   * the view travels without its record (`recordKept`), which the client keeps from before.
   */
  seatMessage(seat: Seat, held?: number): SeatStateMessage {
    const view = this.seatView(seat);
    const record = this.recordVersion(seat);
    if (held === record) return { seat, session: this.info(), view: withoutRecord(view), record, recordKept: true };
    return { seat, session: this.info(), view, record };
  }

  /**
   * The version of `seat`'s record (its view's moves, changes, news and history): it goes up only
   * when that record is different from the one before, whatever the reason (a month resolved, a
   * leak, an injected event, the ending).
   */
  recordVersion(seat: Seat): number {
    return this.cached(`record:${seat}`, () => {
      const v = this.seatView(seat);
      const text = JSON.stringify(RECORD_FIELDS.map((f) => v[f]));
      const print = fingerprint(text);
      const before = this.records[seat];
      if (before && before.length === text.length && before.print === print) return before.version;
      const version = (before?.version ?? 0) + 1;
      this.records[seat] = { length: text.length, print, version };
      return version;
    });
  }

  private seatView(seat: Seat): PlayerView {
    return this.cached(`seat:${seat}`, () => this.marked(this.runner.view(seat)));
  }

  /** `view` with the moves the timer made flagged `timedOut` (the flag travels, not the reason's text). */
  private marked(view: PlayerView): PlayerView {
    if (this.timedOut.size === 0) return view;
    let changed = false;
    const moves = view.moves.map((m) => {
      if (m.move === null || !this.timedOut.has(`${m.turn}/${m.seat}`)) return m;
      changed = true;
      return { ...m, timedOut: true as const };
    });
    return changed ? { ...view, moves } : view;
  }

  teacherMessage(joinUrl: string): TeacherStateMessage {
    return { session: this.info(), view: this.allView(), sealed: this.sealed(), actions: this.actions, joinUrl, teams: this.roster() };
  }

  /** Each seat's team with its PIN and members, for the teacher. */
  roster(): TeacherStateMessage['teams'] {
    const out: TeacherStateMessage['teams'] = {};
    for (const seat of SEATS) {
      const t = this.teams[seat];
      if (t) out[seat] = { name: t.name, pin: t.pin, members: t.members.map((m) => ({ name: m.name, joinedAt: m.joinedAt })) };
    }
    return out;
  }

  /** When the session last changed (clock ms) and, once over, when it ended: what expiry looks at. */
  activity(): { last: number; endedAt: number | null } {
    return { last: this.lastActivity, endedAt: this.endedAt };
  }

  debrief(): DebriefData {
    const view = this.marked(this.runner.view('all'));
    // A game the teacher ended early is scored as if the status quo held at that moment.
    const state = view.results === null ? this.runner.state() : null;
    return {
      session: this.info(),
      view: state ? { ...view, results: scoreGame(state), explanation: explainEnding(state) } : view,
      actions: this.actions.slice(),
      injections: this.injections.slice(),
    };
  }

  save(): SaveFile {
    return this.runner.save({ title: this.config.title.slice(0, 80), createdAt: this.config.createdAt, app: 'quiet-channel-classroom' });
  }

  hash(): string {
    return this.runner.hash();
  }

  turn(): number {
    return this.allView().turn;
  }

  ending(): string | null {
    return this.allView().ending;
  }

  private allView(): PlayerView {
    return this.cached('all', () => this.marked(this.runner.view('all')));
  }

  /** The seat (and member) a student's token belongs to, or null. */
  authenticate(token: string): { seat: Seat; member: string } | null {
    return this.tokens.get(hashSecret(token)) ?? null;
  }

  /** Called on every change; returns an unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Devices connected to a seat (kept by the room, not logged). */
  setConnected(seat: Seat, delta: number): void {
    this.connected[seat] = Math.max(0, this.connected[seat] + delta);
    this.changed();
  }

  actionCount(): number {
    return this.actions.length;
  }

  // ── Changing ──────────────────────────────────────────────────────────────────────────────────

  /**
   * A team joins (a new name founds a team on a free seat and gets its PIN), or a student joins
   * their team: the same name and the team's PIN get the same seat. A wrong PIN is refused with
   * `reason: 'pin'` (the caller counts it against the address); a seat that has seen
   * MAX_PIN_FAILURES wrong PINs in PIN_WINDOW_MS refuses every PIN until the window ends.
   */
  join(name: string, options: { seat?: Seat; pin?: string; member?: string } = {}): { ok: true; value: { seat: Seat; team: string; token: string; pin: string; founded: boolean } } | JoinRefusal {
    const refuse = (error: string, reason: JoinRefusal['reason'] = 'closed'): JoinRefusal => ({ ok: false, error, reason });
    if (this.endedBy !== null) return refuse('This session has ended.');
    const teamName = normalizeTeamName(name).slice(0, MAX_TEAM_NAME);
    if (teamName === '') return refuse('Enter a team name.');
    const key = teamName.toLocaleLowerCase();
    let seat = SEATS.find((s) => this.teams[s]?.name.toLocaleLowerCase() === key);
    let pin: string;
    const founded = seat === undefined;
    if (seat) {
      const team = this.teams[seat] as Team;
      if (team.pin === null) return refuse('This team cannot be joined again; ask your teacher to release its seat.');
      const f = this.pinFailures[seat];
      const now = this.clock.now();
      if (now - f.since >= PIN_WINDOW_MS) Object.assign(f, { since: now, count: 0 });
      if (f.count >= MAX_PIN_FAILURES) return refuse('Too many wrong PINs for this team; ask your teacher, or wait ten minutes.', 'pin');
      if (options.pin === undefined) return refuse(`The team “${team.name}” already has a seat: enter its PIN (shown on the device that joined it first, and to your teacher), or choose another team name.`, 'pin');
      if (options.pin !== team.pin) {
        f.count++;
        return refuse('That is not this team’s PIN.', 'pin');
      }
      pin = team.pin;
    } else {
      const free = (s: Seat) => this.controllers[s] === 'human' && this.teams[s] === null;
      seat = options.seat !== undefined && free(options.seat) ? options.seat : SEATS.find(free);
      if (!seat) return refuse('Every seat already has a team. Join with the name and PIN of your team, or ask your teacher.');
      pin = newPin();
    }
    const token = newToken();
    const memberName = normalizeTeamName(options.member ?? '').slice(0, MAX_TEAM_NAME);
    const r = this.record({
      kind: 'join', seat, team: this.teams[seat]?.name ?? teamName, member: newToken().slice(0, 8), tokenHash: hashSecret(token),
      ...(founded ? { pin } : {}), ...(memberName ? { name: memberName } : {}),
    }, `join-${token.slice(0, 12)}`);
    if (!r.ok) return refuse(r.error);
    this.settle();
    return { ok: true, value: { seat, team: this.teams[seat]?.name ?? teamName, token, pin, founded } };
  }

  /** A team seals its move for this month. The answer is sent only once the move is durable. */
  play(seat: Seat, id: string, move: string, reason = '', forTurn?: number): AckMessage {
    const scoped = `${seat}:${id}`;
    const seen = this.seen(scoped, id);
    if (seen) return seen;
    const refuse = (error: string): AckMessage => this.refuse(scoped, id, error);
    if (this.endedBy !== null) return refuse('The game is over.');
    if (!this.started) return refuse('The game has not started yet.');
    if (this.paused) return refuse('The game is paused.');
    if (this.controllers[seat] !== 'human') return refuse('A bot plays this seat now.');
    if (forTurn !== undefined && forTurn !== this.turn()) return refuse('That month is already over: choose again for this month.');
    const why = whyIllegal(this.runner.state(), seat, move);
    if (why) return refuse(`You cannot play that now: ${why}.`);
    const r = this.record({ kind: 'play', seat, move, reason: reason.slice(0, 300), turn: this.turn(), by: 'team' }, scoped);
    if (!r.ok) return refuse(r.error);
    this.settle();
    return { id, ok: true };
  }

  /** A teacher's command. */
  command(cmd: TeacherCommand): AckMessage {
    const scoped = `teacher:${cmd.id}`;
    const seen = this.seen(scoped, cmd.id);
    if (seen) return seen;
    const refuse = (error: string): AckMessage => this.refuse(scoped, cmd.id, error);
    const over = this.endedBy !== null;
    let body: EntryBody;
    switch (cmd.action) {
      case 'start':
        if (over || this.started) return refuse('The game has already started.');
        body = { kind: 'start' };
        break;
      case 'pause':
        if (over || !this.started) return refuse('Only a running game can be paused.');
        if (this.paused) return refuse('The game is already paused.');
        body = { kind: 'pause' };
        break;
      case 'resume':
        if (!this.paused || over) return refuse('The game is not paused.');
        body = { kind: 'resume' };
        break;
      case 'extend':
        if (over || this.config.turnSeconds === 0) return refuse('This session has no turn timer.');
        body = { kind: 'extend', seconds: cmd.seconds };
        break;
      case 'inject':
        if (over) return refuse('The game is over.');
        if (!INJECTABLE.has(cmd.event)) return refuse(`There is no event "${cmd.event}" in this scenario.`);
        body = { kind: 'inject', event: cmd.event, turn: this.turn() };
        break;
      case 'bot':
        if (over) return refuse('The game is over.');
        if (!isBotName(cmd.bot)) return refuse(`There is no bot "${cmd.bot}".`);
        body = { kind: 'bot', seat: cmd.seat, bot: cmd.bot };
        break;
      case 'release':
        if (this.teams[cmd.seat] === null) return refuse('No team holds this seat.');
        body = { kind: 'release', seat: cmd.seat };
        break;
      case 'end':
        if (over) return refuse('The game is already over.');
        body = { kind: 'end' };
        break;
      case 'debrief':
        if (!over) return refuse('The debrief opens once the game is over.');
        if (this.debriefReleased) return refuse('The debrief is already open to the teams.');
        body = { kind: 'debrief' };
        break;
    }
    const r = this.record(body, scoped);
    if (!r.ok) return refuse(r.error);
    this.settle();
    return { id: cmd.id, ok: true };
  }

  dispose(): void {
    this.disposed = true;
    this.stopTimer();
    if (this.retryHandle !== null) this.clock.clearTimeout(this.retryHandle);
    this.retryHandle = null;
    this.listeners.clear();
    this.runner.stop();
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  /** The answer to a resend of `scoped` (the sender's namespaced id), or null for a new action. */
  private seen(scoped: string, id: string): AckMessage | null {
    if (this.accepted.has(scoped)) return { id, ok: true, duplicate: true };
    return this.rejected.get(scoped) ?? null;
  }

  private refuse(scoped: string, id: string, error: string): AckMessage {
    const ack: AckMessage = { id, ok: false, error };
    // Remembered so a resend gets the same answer; bounded, since rejections are not logged.
    if (this.rejected.size > 2000) this.rejected.clear();
    this.rejected.set(scoped, ack);
    return ack;
  }

  /**
   * Records a move the server makes (a bot's or the timer's). If the write fails, it is reported
   * and tried once more under an id that cannot be taken (it carries the next sequence number);
   * if that fails too, the session tries again after SERVER_RETRY_MS. Returns whether it was made.
   */
  private recordServerMove(body: EntryBody, id: string): boolean {
    const first = this.record(body, id);
    if (first.ok) return true;
    this.log(`[classroom] session ${this.code}: could not record ${id}: ${first.error}`);
    const second = this.record(body, `${id}.${this.seq + 1}`);
    if (second.ok) return true;
    this.log(`[classroom] session ${this.code}: could not record ${id} again (${second.error}); trying again in ${SERVER_RETRY_MS / 1000} s`);
    if (this.retryHandle === null && !this.disposed) {
      this.retryHandle = this.clock.setTimeout(() => {
        this.retryHandle = null;
        this.settle();
      }, SERVER_RETRY_MS);
    }
    return false;
  }

  /** Writes an entry to the store, then applies it. */
  private record(body: EntryBody, id: string): Result<void> {
    if (this.disposed) return err('This session is closed.');
    const entry = { ...body, seq: this.seq + 1, id, at: this.clock.now() } as LogEntry;
    try {
      this.store.append(this.code, entry);
    } catch (e) {
      return err(`The server could not record this (${e instanceof Error ? e.message : String(e)}).`);
    }
    this.seq = entry.seq;
    const r = this.apply(entry);
    if (!r.ok) {
      // The checks before writing make this unreachable; if it happens the log and the game differ.
      throw new Error(`Session ${this.code}: a recorded entry failed to apply: ${r.error}`);
    }
    return ok(undefined);
  }

  /** Applies a logged entry to the in-memory session (live and during a restore alike). */
  private apply(e: LogEntry): Result<void> {
    switch (e.kind) {
      case 'play': {
        if (e.turn !== this.turn()) return err(`the entry is for month ${e.turn}, the game is in month ${this.turn()}`);
        const r = this.runner.play(e.seat, e.move, e.reason);
        if (!r.ok) return r;
        this.actions.push({ seq: e.seq, turn: e.turn, seat: e.seat, move: e.move, reason: e.reason, by: e.by });
        if (e.by === 'timer') this.timedOut.add(`${e.turn}/${e.seat}`);
        if (this.runner.ended() && this.endedBy === null) this.endedBy = 'game';
        break;
      }
      case 'inject': {
        const r = this.runner.inject(e.event);
        if (!r.ok) return r;
        this.injections.push({ turn: e.turn, event: e.event });
        break;
      }
      case 'start':
        this.started = true;
        break;
      case 'pause':
        this.paused = true;
        if (this.deadline !== null) this.remaining = Math.max(0, this.deadline - this.clock.now());
        this.deadline = null;
        this.stopTimer();
        break;
      case 'resume':
        this.paused = false;
        if (this.remaining !== null) this.deadline = this.clock.now() + this.remaining;
        this.remaining = null;
        break;
      case 'extend':
        if (this.deadline !== null) this.deadline += e.seconds * 1000;
        else if (this.remaining !== null) this.remaining += e.seconds * 1000;
        break;
      case 'bot':
        this.controllers[e.seat] = `bot:${e.bot}` as Controller;
        break;
      case 'release':
        this.teams[e.seat] = null;
        for (const [hash, t] of this.tokens) if (t.seat === e.seat) this.tokens.delete(hash);
        break;
      case 'join': {
        const team = this.teams[e.seat] ?? { name: e.team, pin: e.pin ?? null, members: [] };
        team.members.push({ id: e.member, name: e.name ?? `device ${team.members.length + 1}`, joinedAt: e.at });
        this.teams[e.seat] = team;
        this.tokens.set(e.tokenHash, { seat: e.seat, member: e.member });
        break;
      }
      case 'end':
        this.endedBy = 'teacher';
        break;
      case 'debrief':
        this.debriefReleased = true;
        break;
    }
    this.accepted.add(e.id);
    this.lastActivity = Math.max(this.lastActivity, e.at);
    if (this.endedBy !== null && this.endedAt === null) this.endedAt = e.at;
    if (this.endedBy !== null) this.stopTimer();
    this.changed();
    return ok(undefined);
  }

  /**
   * Brings the session to rest after a change: starts the game when every human seat has a team,
   * lets bots move, and runs the month's timer. Every move made here is logged first.
   */
  private settle(): void {
    if (this.restoring || this.disposed) return;
    if (!this.started && this.endedBy === null && this.config.autoStart && SEATS.every((s) => this.controllers[s] !== 'human' || this.teams[s] !== null)) {
      if (!this.recordServerMove({ kind: 'start' }, 'auto-start')) return;
    }
    if (!this.started || this.paused || this.endedBy !== null) return;
    for (let guard = 0; guard < 1000 && this.endedBy === null; guard++) {
      const view = this.runner.view('all');
      const seat = SEATS.find((s) => this.controllers[s].startsWith('bot:') && !view.committed[s]);
      if (!seat) break;
      const bot = this.controllers[seat].slice(4);
      const choice = chooseMove(playerView(this.runner.state(), seat, { brief: true }), bot);
      if (!this.recordServerMove({ kind: 'play', seat, move: choice.move, reason: choice.reason, turn: view.turn, by: 'bot' }, `bot-${view.turn}-${seat}`)) return;
    }
    this.runTimer();
  }

  private runTimer(): void {
    if (this.config.turnSeconds <= 0 || this.endedBy !== null || !this.started || this.paused) return;
    const turn = this.turn();
    if (this.timerTurn !== turn || this.deadline === null) {
      if (this.timerTurn !== turn) this.deadline = this.clock.now() + this.config.turnSeconds * 1000;
      this.timerTurn = turn;
    }
    this.stopTimer();
    const wait = Math.max(0, (this.deadline ?? 0) - this.clock.now());
    this.timerHandle = this.clock.setTimeout(() => this.onTimer(turn), wait);
  }

  private onTimer(turn: number): void {
    this.timerHandle = null;
    if (this.disposed || this.paused || this.endedBy !== null || this.turn() !== turn) return;
    if (this.deadline !== null && this.clock.now() < this.deadline) {
      this.runTimer(); // extended meanwhile
      return;
    }
    const view = this.runner.view('all');
    for (const seat of SEATS) {
      if (view.committed[seat] || this.turn() !== turn) continue;
      const hold = `${seat}.hold`;
      const state = this.runner.state();
      const move = whyIllegal(state, seat, hold) === null ? hold : playerView(state, seat, { brief: true }).legal[0]?.id;
      if (!move) continue;
      if (!this.recordServerMove({ kind: 'play', seat, move, reason: TIMER_REASON, turn, by: 'timer' }, `timer-${turn}-${seat}`)) return;
    }
    this.deadline = null;
    this.settle();
  }

  private stopTimer(): void {
    if (this.timerHandle !== null) this.clock.clearTimeout(this.timerHandle);
    this.timerHandle = null;
  }

  private remainingMs(): number | null {
    if (this.config.turnSeconds <= 0 || this.endedBy !== null || !this.started) return null;
    if (this.paused) return this.remaining;
    return this.deadline === null ? null : Math.max(0, this.deadline - this.clock.now());
  }

  /** Moves sealed this month (from the log: the teacher sees them before they resolve). */
  private sealed(): TeacherStateMessage['sealed'] {
    const turn = this.turn();
    const out: TeacherStateMessage['sealed'] = {};
    if (this.endedBy !== null) return out;
    for (const a of this.actions) if (a.turn === turn) out[a.seat] = { move: a.move, reason: a.reason };
    return out;
  }

  private cached<T>(key: string, make: () => T): T {
    const hit = this.cache.get(key);
    if (hit && hit.version === this.version) return hit.value as T;
    const value = make();
    this.cache.set(key, { version: this.version, value });
    return value;
  }

  private changed(): void {
    this.version++;
    if (this.restoring) return;
    for (const l of [...this.listeners]) l();
  }
}
