/**
 * A session's course part: it folds the course record (course.ts), runs the month's deadline in a
 * session with deadlines (schedule.ts), decides which memo and course commands the session takes,
 * hands the sealed moves to the game when the month is due, and says what each client sees of it.
 * The session keeps the log and the game; this part only reads them through `CourseHost`.
 */
import type { GameRunner } from '../engine/runner';
import { t } from '../i18n';
import { SCENARIO_ID } from '../model/data/scenario';
import { rulesFor } from '../model/ruleset';
import { SEATS, type Seat } from '../model/types';
import type { PlayerView } from '../model/view';
import { MAX_MEMO, MEMOS_PER_MONTH, type CourseInfo, type Criterion, type CriterionInput, type TeacherCourse } from '../net/course';
import { TIMER_REASON, type SessionStatus, type TeacherCommand } from '../net/protocol';
import { dueAt, initialCourse, reduceCourse, sealedNow, type CourseRecord } from './course';
import { scenarioVersionOf, type Clock, type EntryBody, type LogEntry, type SessionConfig } from './entries';
import { DeadlineTimer, nextDeadline, type MonthTimer } from './schedule';

export interface CourseHost {
  config: SessionConfig;
  clock: Clock;
  turn(): number;
  runner: GameRunner;
  /** Records a move the server makes; false if it could not (the session tries again later). */
  serverMove(body: EntryBody, id: string): boolean;
}

/** Claims of the article each seat's memo prompt and rubric ask about (GAME-BRIEF claim numbers). */
export const SEAT_CLAIMS: Readonly<Record<Seat, number>> = { us: 6, dprk: 7, rok: 10 };

/** The default memo prompt of a seat, in `lang` (each tied to a claim of the article). */
export function defaultPrompt(lang: Parameters<typeof t>[0], seat: Seat): string {
  return t(lang, `course.memo.prompt.${seat}`);
}

/**
 * A seat's default rubric: each of its objectives, worth its weight in tenths (the weights of a
 * seat add up to 100, so the objectives give 10 points), and the article's claims its team should
 * use in its reasons and memos (claim 6, the conditions for a backchannel, and the seat's own).
 */
export function defaultRubric(scenarioVersion: number, seat: Seat): Criterion[] {
  const rules = rulesFor({ id: SCENARIO_ID, version: scenarioVersion });
  const objectives = rules.objectives
    .filter((o) => o.seat === seat)
    .map((o): Criterion => ({ id: o.id, max: Math.max(1, Math.round(o.weight / 10)), from: { objective: o.id } }));
  const claims = [...new Set([6, SEAT_CLAIMS[seat]])].map((n): Criterion => ({ id: `claim-${n}`, max: 5, from: { claim: n } }));
  return [...objectives, ...claims];
}

/** A criterion's label as kept: control characters removed, runs of spaces and line breaks made one space, trimmed. */
export function cleanLabel(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The rubric the teacher sent for a seat as it is kept, or why not: a default criterion's id keeps
 * its origin (and its translated label unless renamed); a new one needs a label.
 */
export function editedRubric(defaults: readonly Criterion[], input: readonly CriterionInput[]): Criterion[] | string {
  const out: Criterion[] = [];
  for (const c of input) {
    const base = defaults.find((d) => d.id === c.id);
    const label = c.label === undefined ? undefined : cleanLabel(c.label);
    if (label === '') return `The label of criterion "${c.id}" is empty.`;
    if (!base && label === undefined) return `The new criterion "${c.id}" needs a label.`;
    out.push({ id: c.id, max: c.max, ...(label !== undefined ? { label } : {}), ...(base?.from ? { from: base.from } : {}) });
  }
  return out;
}

/** Memo text as kept: control characters other than line breaks and tabs removed, trimmed. */
export function cleanMemo(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\p{Cc}\p{Cf}]/gu, (c) => (c === '\n' || c === '\t' ? c : ''))
    .trim()
    .slice(0, MAX_MEMO);
}

export class CoursePart {
  rec: CourseRecord = initialCourse();
  /** The month's deadline before pauses and extensions, for the month that began at `start`. */
  private base: { start: number; at: number } | null = null;

  constructor(private readonly host: CourseHost) {}

  /** Whether months resolve at a deadline (play over days). */
  get paced(): boolean {
    return this.host.config.deadline !== undefined;
  }

  /** The month's timer for a session with deadlines, or null (the turn timer runs instead). */
  timer(onDue: (turn: number) => void): MonthTimer | null {
    return this.paced ? new DeadlineTimer(this.host.clock, () => this.dueAt(), onDue) : null;
  }

  /** When this month is due (ms), or null. */
  dueAt(): number | null {
    const d = this.host.config.deadline;
    const start = this.rec.monthStart;
    // Every message asks; the schedule's time-zone arithmetic runs once a month.
    if (d && start !== null && this.base?.start !== start) this.base = { start, at: nextDeadline(d, start) };
    return dueAt(this.rec, d && start !== null ? (this.base?.at ?? null) : null, this.host.clock.now());
  }

  apply(e: LogEntry, turnBefore: number, turnAfter: number): void {
    this.rec = reduceCourse(this.rec, e, turnBefore, turnAfter);
  }

  /** A teacher's course command as the entry it becomes, or why not. */
  command(cmd: TeacherCommand, status: SessionStatus, turn: number): EntryBody | string {
    const over = status === 'ended';
    switch (cmd.action) {
      case 'memos':
        if (over) return 'The game is over.';
        return {
          kind: 'memos',
          months: cmd.months,
          prompts: Object.fromEntries(Object.entries(cmd.prompts ?? {}).filter(([, v]) => v.trim())),
        };
      case 'grade': {
        const c = this.rubric(cmd.seat).find((x) => x.id === cmd.criterion);
        if (!c) return `The rubric has no criterion "${cmd.criterion}" for this seat.`;
        return cmd.points > c.max
          ? `This criterion gives at most ${c.max} points.`
          : { kind: 'grade', seat: cmd.seat, criterion: cmd.criterion, points: cmd.points };
      }
      case 'rubric': {
        const defaults = defaultRubric(scenarioVersionOf(this.host.config), cmd.seat);
        const criteria = cmd.criteria === null ? defaults : editedRubric(defaults, cmd.criteria);
        return typeof criteria === 'string' ? criteria : { kind: 'rubric', seat: cmd.seat, criteria };
      }
      case 'resolve':
        if (!this.paced) return 'Only a session with deadlines resolves a month on request.';
        return status !== 'playing' ? 'Only a running game resolves a month.' : { kind: 'resolve', turn };
      default:
        return 'Unknown command.';
    }
  }

  /** A team's memo as the entry it becomes, or why not. */
  memo(seat: Seat, turn: number, text: string, status: SessionStatus, current: number): EntryBody | string {
    if (status === 'ended' || status === 'lobby') return 'Memos are written while the game runs.';
    if (turn !== current) return 'That month is over.';
    if (!this.rec.memoMonths.includes(turn)) return 'Your teacher has not asked for a memo this month.';
    if ((this.rec.memoSends[`${turn}/${seat}`] ?? 0) >= MEMOS_PER_MONTH) return `A team may send at most ${MEMOS_PER_MONTH} memos a month.`;
    const clean = cleanMemo(text);
    return clean === '' ? 'The memo is empty.' : { kind: 'memo', seat, turn, text: clean };
  }

  /**
   * Hands this month's sealed moves to the game (each as a team's move, under an id derived from
   * the month and seat); false if one could not be recorded (the session tries again later).
   */
  handOver(turn: number): boolean {
    const sealed = sealedNow(this.rec, turn);
    for (const seat of SEATS) {
      const s = sealed[seat];
      if (!s || this.host.turn() !== turn || this.host.runner.view('all').committed[seat]) continue;
      if (
        !this.host.serverMove(
          { kind: 'play', seat, move: s.move, reason: s.reason, turn, by: 'team', ...(s.table ? { table: s.table } : {}) },
          `sealed-${turn}-${seat}`,
        )
      )
        return false;
    }
    return true;
  }

  /**
   * The month is due: the moves sealed here are played, and a seat that did not choose holds its
   * position (the missed-deadline rule; a seat that cannot hold plays its first legal move).
   * False if a move could not be recorded (the session tries again later).
   */
  resolve(turn: number): boolean {
    if (!this.handOver(turn)) return false;
    const { runner } = this.host;
    const view = runner.view('all');
    for (const seat of SEATS) {
      if (view.committed[seat] || this.host.turn() !== turn) continue;
      const hold = `${seat}.hold`;
      const move = runner.whyIllegal(seat, hold) === null ? hold : runner.view(seat, { brief: true }).legal[0]?.id;
      if (!move) continue;
      if (!this.host.serverMove({ kind: 'play', seat, move, reason: TIMER_REASON, turn, by: 'timer' }, `timer-${turn}-${seat}`))
        return false;
    }
    return true;
  }

  /** The seats' `committed` with the moves sealed here counted in. */
  committed(base: Record<Seat, boolean>): Record<Seat, boolean> {
    const sealed = sealedNow(this.rec, this.host.turn());
    return { us: base.us || !!sealed.us, dprk: base.dprk || !!sealed.dprk, rok: base.rok || !!sealed.rok };
  }

  /** A seat's view with the move it sealed here shown as its pending move. */
  seatView(seat: Seat, view: PlayerView): PlayerView {
    const s = sealedNow(this.rec, view.turn)[seat];
    return s ? { ...view, pending: s, committed: this.committed(view.committed) } : view;
  }

  /** What every client knows of the course this month. */
  info(status: SessionStatus): CourseInfo {
    const turn = this.host.turn();
    const asked = status !== 'ended' && status !== 'lobby' && this.rec.memoMonths.includes(turn);
    const prompts = Object.fromEntries(SEATS.map((s) => [s, this.rec.prompts[s] ?? ''])) as Record<Seat, string>;
    const sent = Object.fromEntries(SEATS.map((s) => [s, this.rec.memos.some((m) => m.turn === turn && m.seat === s)])) as Record<
      Seat,
      boolean
    >;
    return {
      deadlineAt: status === 'playing' || status === 'paused' ? this.dueAt() : null,
      deadline: this.host.config.deadline ?? null,
      memo: asked ? { turn, prompts, sent } : null,
    };
  }

  /** A seat's rubric: as the teacher last saved it, or the defaults. */
  rubric(seat: Seat): Criterion[] {
    const saved = this.rec.rubrics[seat];
    return saved ? [...saved] : defaultRubric(scenarioVersionOf(this.host.config), seat);
  }

  /** What the teacher sees: the memo plan, every memo, the rubric and the grades. */
  teacher(): TeacherCourse {
    return {
      memoMonths: [...this.rec.memoMonths],
      prompts: Object.fromEntries(SEATS.map((s) => [s, this.rec.prompts[s] ?? ''])) as Record<Seat, string>,
      memos: [...this.rec.memos],
      rubric: Object.fromEntries(SEATS.map((s) => [s, this.rubric(s)])) as Record<Seat, Criterion[]>,
      grades: { us: { ...this.rec.grades.us }, dprk: { ...this.rec.grades.dprk }, rok: { ...this.rec.grades.rok } },
    };
  }
}
