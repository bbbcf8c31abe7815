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
 */
import { chooseMove } from '../bots/choose';
import { logReason } from '../i18n/log';
import { isBotName } from '../bots/personalities';
import { err, ok, type Result } from '../model/result';
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
import { hashSecret, newToken } from './secrets';
import type { SessionStore } from './store';

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
  | { kind: 'join'; seat: Seat; team: string; member: string; tokenHash: string }
  | { kind: 'end' }
  | { kind: 'debrief' };

/** One line of a session's log. `at` is the server's clock when it was written (for the record only). */
export type LogEntry = { seq: number; id: string; at: number } & EntryBody;

interface Team {
  name: string;
  members: string[];
}

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
  private readonly accepted = new Map<string, { seat: Seat | 'teacher' }>();
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

  private constructor(config: SessionConfig, private readonly store: SessionStore, private readonly clock: Clock) {
    this.code = config.code;
    this.config = config;
    this.controllers = { ...config.seats };
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
    return this.cached(`seat:${seat}`, () => this.runner.view(seat));
  }

  teacherMessage(joinUrl: string): TeacherStateMessage {
    return { session: this.info(), view: this.allView(), sealed: this.sealed(), actions: this.actions, joinUrl };
  }

  debrief(): DebriefData {
    const view = this.runner.view('all');
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
    return this.cached('all', () => this.runner.view('all'));
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

  /** A team joins (or a student joins their team): the same name gets the same seat. */
  join(name: string, wanted?: Seat): Result<{ seat: Seat; team: string; token: string }> {
    if (this.endedBy !== null) return err('This session has ended.');
    const teamName = normalizeTeamName(name).slice(0, MAX_TEAM_NAME);
    if (teamName === '') return err('Enter a team name.');
    const key = teamName.toLocaleLowerCase();
    let seat = SEATS.find((s) => this.teams[s]?.name.toLocaleLowerCase() === key);
    if (!seat) {
      const free = (s: Seat) => this.controllers[s] === 'human' && this.teams[s] === null;
      seat = wanted !== undefined && free(wanted) ? wanted : SEATS.find(free);
      if (!seat) return err('Every seat already has a team. Join with the name of your team, or ask your teacher.');
    }
    const token = newToken();
    const r = this.record({ kind: 'join', seat, team: this.teams[seat]?.name ?? teamName, member: newToken().slice(0, 8), tokenHash: hashSecret(token) }, `join-${token.slice(0, 12)}`);
    if (!r.ok) return r;
    this.settle();
    return ok({ seat, team: this.teams[seat]?.name ?? teamName, token });
  }

  /** A team seals its move for this month. The answer is sent only once the move is durable. */
  play(seat: Seat, id: string, move: string, reason = '', forTurn?: number): AckMessage {
    const seen = this.seen(id, seat);
    if (seen) return seen;
    const refuse = (error: string): AckMessage => this.refuse(id, error);
    if (this.endedBy !== null) return refuse('The game is over.');
    if (!this.started) return refuse('The game has not started yet.');
    if (this.paused) return refuse('The game is paused.');
    if (this.controllers[seat] !== 'human') return refuse('A bot plays this seat now.');
    if (forTurn !== undefined && forTurn !== this.turn()) return refuse('That month is already over: choose again for this month.');
    const why = whyIllegal(this.runner.state(), seat, move);
    if (why) return refuse(`You cannot play that now: ${why}.`);
    const r = this.record({ kind: 'play', seat, move, reason: reason.slice(0, 300), turn: this.turn(), by: 'team' }, id);
    if (!r.ok) return refuse(r.error);
    this.settle();
    return { id, ok: true };
  }

  /** A teacher's command. */
  command(cmd: TeacherCommand): AckMessage {
    const seen = this.seen(cmd.id, 'teacher');
    if (seen) return seen;
    const refuse = (error: string): AckMessage => this.refuse(cmd.id, error);
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
    const r = this.record(body, cmd.id);
    if (!r.ok) return refuse(r.error);
    this.settle();
    return { id: cmd.id, ok: true };
  }

  dispose(): void {
    this.disposed = true;
    this.stopTimer();
    this.listeners.clear();
    this.runner.stop();
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  private seen(id: string, who: Seat | 'teacher'): AckMessage | null {
    const done = this.accepted.get(id);
    if (done) return done.seat === who ? { id, ok: true, duplicate: true } : { id, ok: false, error: 'This action id was used by someone else.' };
    return this.rejected.get(id) ?? null;
  }

  private refuse(id: string, error: string): AckMessage {
    const ack: AckMessage = { id, ok: false, error };
    // Remembered so a resend gets the same answer; bounded, since rejections are not logged.
    if (this.rejected.size > 2000) this.rejected.clear();
    this.rejected.set(id, ack);
    return ack;
  }

  /** Writes an entry to the store, then applies it. */
  private record(body: EntryBody, id: string): Result<void> {
    if (this.disposed) return err('This session is closed.');
    const entry = { ...body, seq: this.seq + 1, id, at: this.clock.now() };
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
        this.accepted.set(e.id, { seat: e.by === 'team' ? e.seat : 'teacher' });
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
        const team = this.teams[e.seat] ?? { name: e.team, members: [] };
        team.members.push(e.member);
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
    if (e.kind !== 'play') this.accepted.set(e.id, { seat: 'teacher' });
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
      this.record({ kind: 'start' }, 'auto-start');
    }
    if (!this.started || this.paused || this.endedBy !== null) return;
    for (let guard = 0; guard < 1000 && this.endedBy === null; guard++) {
      const view = this.runner.view('all');
      const seat = SEATS.find((s) => this.controllers[s].startsWith('bot:') && !view.committed[s]);
      if (!seat) break;
      const bot = this.controllers[seat].slice(4);
      const choice = chooseMove(playerView(this.runner.state(), seat, { brief: true }), bot);
      this.record({ kind: 'play', seat, move: choice.move, reason: logReason(choice.reason), turn: view.turn, by: 'bot' }, `bot-${view.turn}-${seat}`);
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
      this.record({ kind: 'play', seat, move, reason: TIMER_REASON, turn, by: 'timer' }, `timer-${turn}-${seat}`);
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
