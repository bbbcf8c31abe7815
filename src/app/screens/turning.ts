/**
 * Counterfactual turning points in words (engine/counterfactual.ts): the strongest moves of a
 * game, each as "had this seat played that instead…" with the share of futures, the paired
 * difference and its 95% interval, and a warning when the interval includes zero. Used by the
 * ending screen's panel, the replay viewer's overlay and the classroom debrief.
 */
import type { SaveFile } from '../../codec/save';
import type { Screening, TurningPoint } from '../../engine/counterfactual';
import { turningText, type TurningKey } from '../../i18n/ui/turning';
import { SEATS, type Seat } from '../../model/types';
import type { LanguageId } from '../settings';
import * as T from '../text';
import { monthOfTurn } from './common';

/** Futures per alternative the screens ask for (the CLI and `quietChannel.turning.run` take any number). */
export const TURNING_FUTURES = 40;

/**
 * The screens' screening (engine/counterfactual.ts `jobsToComplete`): every alternative first with
 * 10 futures, then the full number for the 3 strongest points (the panel shows 3). Applied when it
 * saves futures; the result says so.
 */
export const TURNING_SCREENING: Screening = { screen: 10, keep: 3 };

export interface TurningLineVM {
  turn: number;
  seat: Seat;
  date: string;
  text: string;
  detail: string;
  /** Whether the difference's 95% interval excludes zero. */
  clear: boolean;
}

export type TurningStatus =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'done'; points: TurningPoint[]; elapsedMs: number; workers: number; futures?: number; screening?: Screening | null }
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: string };

export interface TurningPanelVM {
  heading: string;
  /** The button: find, cancel while running, find again after. */
  action: string;
  running: boolean;
  /** 0..1 while running. */
  progress: number;
  status: string;
  lines: TurningLineVM[];
}

/** The seats whose moves are examined: the people's (every seat when bots played them all). */
export function turningSeats(save: Pick<SaveFile, 'seats'>): Seat[] {
  const people = SEATS.filter((s) => !save.seats[s].startsWith('bot:'));
  return people.length > 0 ? people : [...SEATS];
}

const pct = (lang: LanguageId, x: number) => `${T.num(lang, Math.round(x * 100))}%`;
const points100 = (lang: LanguageId, x: number) => T.signed(lang, Math.round(Math.max(-1, Math.min(1, x)) * 100));

/** The `top` points whose best alternative changes the ending of any future, strongest first, in words. */
export function turningLines(points: readonly TurningPoint[], lang: LanguageId, top = 3): TurningLineVM[] {
  return points
    .filter((p) => (p.alternatives[0]?.shift ?? 0) > 0)
    .slice(0, top)
    .map((p) => {
      const alt = p.alternatives[0] as NonNullable<TurningPoint['alternatives'][0]>;
      const n = Math.max(1, p.futures);
      const date = monthOfTurn(lang, p.turn);
      const clear = alt.change.lo > 0 || alt.change.hi < 0;
      const text = turningText(lang, 'turning.sentence', {
        seat: T.seatName(lang, p.seat),
        alt: T.moveName(lang, alt.move),
        played: T.moveName(lang, p.played),
        month: date,
        ending: T.endingText(lang, alt.ending, 'title'),
        altShare: pct(lang, alt.endings[alt.ending] / n),
        futures: T.num(lang, p.futures),
        playedShare: pct(lang, p.playedEndings[alt.ending] / n),
      });
      const interval = turningText(lang, 'turning.interval', {
        diff: points100(lang, alt.change.value),
        lo: points100(lang, alt.change.lo),
        hi: points100(lang, alt.change.hi),
      });
      const detail = clear ? interval : `${interval} ${turningText(lang, 'turning.chance')}`;
      return { turn: p.turn, seat: p.seat, date, text, detail, clear };
    });
}

/** The panel for a status: its button, progress and lines. */
export function turningPanelVM(status: TurningStatus, lang: LanguageId, futures = TURNING_FUTURES, top = 3): TurningPanelVM {
  const tt = (k: TurningKey, p?: T.Params) => turningText(lang, k, p);
  const base = { heading: tt('turning.heading'), running: false, progress: 0, lines: [] as TurningLineVM[] };
  switch (status.kind) {
    case 'idle':
      return { ...base, action: tt('turning.find'), status: tt('turning.help', { futures: T.num(lang, futures) }) };
    case 'running': {
      const progress = status.total > 0 ? status.done / status.total : 0;
      const p = { done: T.num(lang, status.done), total: T.num(lang, status.total) };
      return { ...base, action: tt('turning.cancel'), running: true, progress, status: tt('turning.progress', p) };
    }
    case 'cancelled':
      return { ...base, action: tt('turning.find'), status: tt('turning.cancelled') };
    case 'failed':
      return { ...base, action: tt('turning.find'), status: tt('turning.failed', { error: status.error }) };
    case 'done': {
      const lines = turningLines(status.points, lang, top);
      const seconds = T.num(lang, Math.round(status.elapsedMs / 100) / 10);
      const done = tt('turning.done', { n: T.num(lang, status.points.length), seconds, workers: T.num(lang, status.workers) });
      const sc = status.screening;
      const summary = sc
        ? `${done} ${tt('turning.screened', { screen: T.num(lang, sc.screen), keep: T.num(lang, sc.keep), futures: T.num(lang, status.futures ?? futures) })}`
        : done;
      return { ...base, action: tt('turning.again'), lines, status: lines.length > 0 ? summary : `${tt('turning.none')} ${summary}` };
    }
  }
}
