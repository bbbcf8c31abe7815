/**
 * One classroom session: a game runner (the only authority over the rules), the durable log of
 * everything that happened around it, and the parts folded from that log — the record (reducer.ts:
 * lifecycle, roster, moves), the turn timer (timer.ts), the seats' views (views.ts), letters
 * (letterPart.ts) and what it says of itself (sessionInfo.ts). Independent of Colyseus and the network: tested with a fake clock.
 *
 * Every change is written to the store before it is applied and acknowledged. Restoring a
 * session folds its log through the same `apply` as live play, so a restarted server arrives at
 * the same state; bots and timer moves are logged like the teams' moves (with ids derived from
 * the month and seat, so a crash between two of them can never apply one twice).
 * Action ids live in namespaces: a team's ids are kept as `<seat>:<id>`, the teacher's as
 * `teacher:<id>`, and the server's own (`bot-…`, `timer-…`, `join-…`, `auto-start`) contain no
 * `:`, which a client id cannot; so no client can take an id the server needs. A server action
 * whose write fails anyway is logged and tried again later, never in a tight loop.
 */
import { err, ok, type Result } from '../model/result';
import type { SaveFile } from '../codec/save';
import { createGame, type GameRunner } from '../engine/runner';
import { SEATS, type Seat } from '../model/types';
import { RECORD_FIELDS, TEACHER_RECORD_FIELDS } from '../net/protocol';
import type {
  AckMessage,
  LoggedAction,
  SeatStateMessage,
  SessionInfo,
  SessionStatus,
  TeacherCommand,
  TeacherStateMessage,
} from '../net/protocol';
import type { Think } from './botPool';
import { BotSeats } from './botSeats';
import { Refusals, commandEntry, playEntry } from './commands';
import { sealedNow } from './course';
import { CoursePart } from './coursePart';
import { LetterPart } from './letterPart';
import type { LetterMessage } from '../net/letters';
import type { MonthTimer } from './schedule';
import { scenarioVersionOf, systemClock, type Clock, type EntryBody, type LogEntry, type SessionConfig } from './entries';
import { statusOf } from './lifecycle';
import { initialRecord, reduce, type SessionRecord } from './reducer';
import { PinGuard, joinEntry, planJoin, teacherRoster, type JoinResult } from './roster';
import { hashSecret, newPin, newToken } from './secrets';
import type { SessionStore } from './store';
import { TurnTimer } from './timer';
import { sealedMoves, sessionInfo, type DebriefData } from './sessionInfo';
import { SeatViews, markTimedOut, recordPart, recordToSend } from './views';

export { systemClock, type Clock, type LogEntry, type SessionConfig } from './entries';
export { MAX_PIN_FAILURES, PIN_WINDOW_MS, type JoinRefusal } from './roster';
export { fingerprint } from './views';

/** How long the server waits before trying again a bot or timer move it could not record. */
export const SERVER_RETRY_MS = 5000;

export class ClassroomSession {
  readonly code: string;
  readonly config: SessionConfig;
  private readonly runner: GameRunner;
  private rec: SessionRecord;
  private readonly timer: MonthTimer;
  /** Deadlines, sealed moves a team may change, memos and grades (coursePart.ts). */
  readonly course: CoursePart;
  private readonly letterPart: LetterPart; // letters between seats: on or off, which messages become entries
  private readonly views: SeatViews;
  private readonly bots: BotSeats;
  private readonly pins = new PinGuard();
  private readonly rejected = new Refusals();
  private readonly connected: Record<Seat, number> = { us: 0, dprk: 0, rok: 0 };
  private readonly listeners = new Set<() => void>();
  private seq = 0;
  private restoring = false;
  private disposed = false;
  private retryHandle: unknown = null;
  /** Where the session reports what it could not do (tests pass their own). */
  log: (line: string) => void = (line) => console.error(line);

  private constructor(
    config: SessionConfig,
    private readonly store: SessionStore,
    private readonly clock: Clock,
    think: Think | null,
  ) {
    this.code = config.code;
    this.config = config;
    this.rec = initialRecord(config, clock.now());
    this.runner = createGame(
      {
        seed: config.seed,
        seats: { ...config.seats },
        ...(config.maxTurns !== undefined ? { maxTurns: config.maxTurns } : {}),
        scenarioVersion: scenarioVersionOf(config),
      },
      { checkpoints: true },
    );
    const serverMove = (body: EntryBody, id: string) => this.recordServerMove(body, id);
    this.course = new CoursePart({ config, clock, runner: this.runner, turn: () => this.turn(), serverMove });
    this.letterPart = new LetterPart(config, this.runner);
    const onDue = (turn: number) => this.onTimer(turn);
    this.timer = this.course.timer(onDue) ?? new TurnTimer(clock, config.turnSeconds, onDue);
    this.views = new SeatViews(this.runner, () => this.rec.timedOut);
    this.bots = new BotSeats(config.code, think, { arrived: () => this.settle(), log: (line) => this.log(line) });
  }

  /** A new session (its record must already be in the store). `think`: where slow bots decide (see botSeats.ts). */
  static create(config: SessionConfig, store: SessionStore, clock: Clock = systemClock, think: Think | null = null): ClassroomSession {
    const s = new ClassroomSession(config, store, clock, think);
    s.settle();
    return s;
  }

  /** Rebuilds a session from its log. Throws if the log does not replay (a damaged store). */
  static restore(config: SessionConfig, log: readonly LogEntry[], store: SessionStore, clock = systemClock, think: Think | null = null) {
    const s = new ClassroomSession(config, store, clock, think);
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
    return statusOf(this.rec.lifecycle);
  }

  /** The session around the game; computed on every call, since the timer's remaining time changes. */
  info(): SessionInfo {
    const { code, config, rec, timer, connected } = this;
    const info = sessionInfo({ code, config, rec, timer, connected, committed: this.course.committed(this.views.all().committed) });
    return { ...info, course: this.course.info(info.status), letters: this.letterPart.on };
  }

  /**
   * What a team sees: its own seat's view and the session around it, nothing of the others' secrets. `held`: the record version the receiving connection already has; when it is still
   * current, the view travels without its record (`recordKept`), which the client keeps; when it
   * is the version before, only the record's new entries travel (`recordTail`).
   */
  seatMessage(seat: Seat, held?: number): SeatStateMessage {
    const view = this.course.seatView(seat, this.views.seat(seat));
    return { seat, session: this.info(), ...recordPart(view, this.views.record(seat), held, RECORD_FIELDS) };
  }

  /** What a connection holding record version `held` of `seat` ('all': the teacher's) is sent: the whole record, its tail, or none. */
  recordToSend = (seat: Seat | 'all', held: number | undefined) => recordToSend(this.views.record(seat), held);

  /** The version of `seat`'s record (see SeatViews). */
  recordVersion = (seat: Seat | 'all'): number => this.views.recordVersion(seat);

  /** What the teacher sees: everything. `held` as for `seatMessage`; `actionsHeld`: the log's entries the connection has (`actionsFrom`). */
  teacherMessage(joinUrl: string, held?: number, actionsHeld?: number): TeacherStateMessage {
    const all = this.rec.actions as LoggedAction[];
    const from = actionsHeld !== undefined && actionsHeld <= all.length ? actionsHeld : undefined;
    return {
      session: this.info(),
      ...recordPart(this.views.all(), this.views.record('all'), held, TEACHER_RECORD_FIELDS),
      sealed: { ...sealedMoves(this.rec, this.turn(), this.status() === 'ended'), ...sealedNow(this.course.rec, this.turn()) },
      ...(from !== undefined ? { actions: all.slice(from), actionsFrom: from } : { actions: all }),
      joinUrl,
      teams: this.roster(),
      course: this.course.teacher(),
    };
  }

  /** Each seat's team with its PIN and members, for the teacher. */
  roster(): TeacherStateMessage['teams'] {
    return teacherRoster(this.rec.roster);
  }

  /** When the session last changed (clock ms) and, once over, when it ended: what expiry looks at. */
  activity(): { last: number; endedAt: number | null } {
    return { last: this.rec.lastActivity, endedAt: this.rec.endedAt };
  }

  debrief(): DebriefData {
    const view = markTimedOut(this.runner.view('all'), this.rec.timedOut);
    // A game the teacher ended early is scored as if the status quo held at that moment.
    return {
      session: this.info(),
      view: view.results === null ? { ...view, ...this.runner.standing() } : view,
      actions: this.rec.actions.slice(),
      injections: this.rec.injections.slice(),
      memos: [...this.course.rec.memos],
    };
  }

  save(): SaveFile {
    return this.runner.save({ title: this.config.title.slice(0, 80), createdAt: this.config.createdAt, app: 'quiet-channel-classroom' });
  }

  hash = (): string => this.runner.hash();
  turn = (): number => this.views.all().turn;
  ending = (): string | null => this.views.all().ending;

  /** The seat (and member) a student's token belongs to, or null. */
  authenticate(token: string): { seat: Seat; member: string } | null {
    return this.rec.roster.tokens.get(hashSecret(token)) ?? null;
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

  actionCount = (): number => this.rec.actions.length;

  // ── Changing ──────────────────────────────────────────────────────────────────────────────────

  /**
   * A team joins (a new name founds a team on a free seat and gets its PIN), or a student joins
   * their team with its PIN (see roster.ts). A wrong PIN is refused with `reason: 'pin'`.
   */
  join(name: string, options: { seat?: Seat; pin?: string; member?: string } = {}): JoinResult {
    if (this.status() === 'ended') return { ok: false, error: 'This session has ended.', reason: 'closed' };
    const plan = planJoin(this.rec.roster, this.rec.controllers, name, options, this.pins, this.clock.now(), newPin);
    if (!plan.ok) return plan;
    const token = newToken();
    const { body, id } = joinEntry(plan.value, token, options.member);
    const r = this.record(body, id);
    if (!r.ok) return { ok: false, error: r.error, reason: 'closed' };
    this.settle();
    return { ok: true, value: { ...plan.value, token } };
  }

  /**
   * A team seals its move (and, in scenario version 3, a table action) for this month. The answer
   * is sent only once the move is durable.
   */
  play(seat: Seat, id: string, move: string, reason = '', forTurn?: number, table?: unknown): AckMessage {
    const at = { status: this.status(), human: this.rec.controllers[seat] === 'human', turn: this.turn(), paced: this.course.paced };
    const ack = this.teamEntry(seat, id, () => playEntry(seat, { move, reason, forTurn, table }, at, this.runner));
    return ack.ok && !ack.duplicate ? (this.settle(), ack) : ack;
  }

  /** A teacher's command. */
  command(cmd: TeacherCommand): AckMessage {
    const scoped = `teacher:${cmd.id}`;
    const seen = this.seen(scoped, cmd.id);
    if (seen) return seen;
    const body =
      this.letterPart.command(cmd) ?? commandEntry(cmd, this.status(), this.rec, this.turn(), this.config.turnSeconds, this.course);
    if (typeof body === 'string') return this.refuse(scoped, cmd.id, body);
    const r = this.record(body, scoped);
    if (!r.ok) return this.refuse(scoped, cmd.id, r.error);
    if (body.kind === 'resolve') this.resolveMonth(body.turn);
    this.settle();
    return { id: cmd.id, ok: true };
  }

  /** A team's position memo for this month (when the teacher asked for one). */
  memo(seat: Seat, id: string, turn: number, text: string): AckMessage {
    return this.teamEntry(seat, id, () => this.course.memo(seat, turn, text, this.status(), this.turn()));
  }

  /** A team's letter (letterPart.ts): delivered with the next state message to those who may read it. */
  letter(seat: Seat, m: LetterMessage): AckMessage {
    return this.teamEntry(seat, m.id, () => this.letterPart.letter(seat, m, this.status(), this.turn(), this.rec.controllers[seat]));
  }

  /** Records a team's entry (`make` says which, or why not) once per id. */
  private teamEntry(seat: Seat, id: string, make: () => EntryBody | string): AckMessage {
    const scoped = `${seat}:${id}`;
    const body = this.seen(scoped, id) ?? make();
    if (typeof body === 'string') return this.refuse(scoped, id, body);
    if (!('kind' in body)) return body;
    const r = this.record(body, scoped);
    return r.ok ? { id, ok: true } : this.refuse(scoped, id, r.error);
  }

  dispose(): void {
    this.disposed = true;
    this.timer.stop();
    if (this.retryHandle !== null) this.clock.clearTimeout(this.retryHandle);
    this.retryHandle = null;
    this.listeners.clear();
    this.bots.dispose();
    this.runner.stop();
  }

  // ── Internals ─────────────────────────────────────────────────────────────────────────────────

  /** The answer to a resend of `scoped` (the sender's namespaced id), or null for a new action. */
  private seen(scoped: string, id: string): AckMessage | null {
    return this.rec.accepted.has(scoped) ? { id, ok: true, duplicate: true } : this.rejected.seen(scoped);
  }

  private refuse = (scoped: string, id: string, error: string): AckMessage => this.rejected.refuse(scoped, id, error);

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
    this.log(
      `[classroom] session ${this.code}: could not record ${id} again (${second.error}); trying again in ${SERVER_RETRY_MS / 1000} s`,
    );
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

  /** Applies a logged entry (live and during a restore alike): the game's part, the record, the timer. */
  private apply(e: LogEntry): Result<void> {
    const before = this.turn();
    if (e.kind === 'play') {
      if (e.turn !== this.turn()) return err(`the entry is for month ${e.turn}, the game is in month ${this.turn()}`);
      const r = this.runner.play(e.seat, e.move, e.reason, e.table);
      if (!r.ok) return r;
    } else if (e.kind === 'inject') {
      const r = this.runner.inject(e.event);
      if (!r.ok) return r;
    }
    const refused = this.letterPart.apply(e, before); // letters, the teacher's switch, hidden letters
    if (refused) return err(refused);
    this.rec = reduce(this.rec, e, this.runner.ended());
    this.course.apply(e, before, this.runner.view('all', { brief: true }).turn); // (the cached views are stale here)
    if (e.kind === 'pause') this.timer.pause();
    else if (e.kind === 'resume') this.timer.resume();
    else if (e.kind === 'extend') this.timer.extend(e.seconds);
    if (this.status() === 'ended') this.timer.stop();
    this.changed();
    return ok(undefined);
  }

  /**
   * Brings the session to rest after a change: starts the game when every human seat has a team,
   * lets bots move, and runs the month's timer. Every move made here is logged first.
   */
  private settle(): void {
    if (this.restoring || this.disposed) return;
    const { controllers, roster } = this.rec;
    if (this.status() === 'lobby' && this.config.autoStart && SEATS.every((s) => controllers[s] !== 'human' || roster.teams[s] !== null)) {
      if (!this.recordServerMove({ kind: 'start' }, 'auto-start')) return;
    }
    if (this.status() !== 'playing') return;
    if (!this.bots.play(this.runner, this.rec.controllers, (body, id) => this.recordServerMove(body, id))) return;
    if (this.status() === 'playing') this.timer.run(this.turn());
  }

  private onTimer(turn: number): void {
    if (this.disposed || this.status() !== 'playing' || this.turn() !== turn) return;
    if (this.timer.notYet()) {
      this.timer.run(turn); // extended meanwhile
      return;
    }
    this.resolveMonth(turn);
  }

  /** The month is due: sealed moves are played (sessions with deadlines), seats that did not choose hold. */
  private resolveMonth(turn: number): void {
    if (!this.course.resolve(turn)) return;
    this.timer.spent();
    this.settle();
  }

  private changed(): void {
    this.views.changed();
    if (this.restoring) return;
    for (const l of [...this.listeners]) l();
  }
}
