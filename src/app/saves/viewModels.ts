/**
 * What the Saved games and Replay screens draw, as plain data with every string in the player's
 * language. Pure functions over the library's entries and the replay controller, tested without a
 * browser; the scenes only lay them out.
 */
import type { Indicators, Seat } from '../../model/types';
import type { PlayerView } from '../../model/view';
import type { LetterView } from '../../model/letters';
import type { LanguageId } from '../settings';
import * as T from '../text';
import { boardVM, type BoardVM } from '../screens/board';
import { monthOfTurn } from '../screens/common';
import { resolutionVM, type NewsVM } from '../screens/resolution';
import { letterRowVM, type LetterRowVM } from '../screens/letters';
import { LOCALES } from '../../i18n';
import type { FlatNode } from './branches';
import type { Perspective, ReplayController } from './replayController';
import type { SaveMeta, StorageProblem } from './types';
import { isLeakNews } from '../../model/data/events';

// ── Saved games ───────────────────────────────────────────────────────────────────────────────

/** A game's name: the title a person gave it, or one made from what it is. */
export function gameTitle(lang: LanguageId, m: Pick<SaveMeta, 'title' | 'origin' | 'seat' | 'parent'>): string {
  if (m.title) return m.title;
  const seat = m.seat ? T.seatName(lang, m.seat) : T.tr(lang, 'ui.saves.bots');
  if (m.origin === 'branch' && m.parent)
    return T.tr(lang, 'ui.saves.untitled.branch', { date: monthOfTurn(lang, m.parent.branchTurn + 1), seat });
  if (m.origin === 'import') return T.tr(lang, 'ui.saves.untitled.import', { seat });
  if (m.origin === 'link') return T.tr(lang, 'ui.saves.untitled.link', { seat });
  return T.tr(lang, 'ui.saves.untitled.play', { seat });
}

/** "In progress · month 6 of 24" or "Ended: Freeze · 24 months". */
export function gameStatus(lang: LanguageId, m: Pick<SaveMeta, 'turn' | 'maxTurns' | 'ending' | 'seat'>): string {
  if (m.ending) return T.tr(lang, 'ui.saves.ended', { ending: T.endingText(lang, m.ending, 'title'), n: T.num(lang, m.turn) });
  const key = m.seat ? 'ui.saves.inProgress' : 'ui.saves.unfinished';
  return T.tr(lang, key, { n: T.num(lang, m.turn), total: T.num(lang, m.maxTurns) });
}

/** A saved time in the player's language and time zone. */
export function savedAt(lang: LanguageId, iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const when = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(d);
  return T.tr(lang, 'ui.saves.savedAt', { date: when });
}

export interface SaveRowVM {
  id: string;
  title: string;
  seat: Seat | null;
  seatLabel: string;
  status: string;
  saved: string;
  origin: string;
  resumable: boolean;
  current: boolean;
}

export function saveRowVM(lang: LanguageId, m: SaveMeta, currentId: string | null): SaveRowVM {
  const origin =
    m.origin === 'branch' && m.parent
      ? T.tr(lang, 'ui.saves.branchOf', { n: T.num(lang, m.parent.branchTurn) })
      : T.tr(lang, `ui.saves.origin.${m.origin}`);
  return {
    id: m.id,
    title: gameTitle(lang, m),
    seat: m.seat,
    seatLabel: m.seat ? T.tr(lang, 'ui.saves.asSeat', { seat: T.seatName(lang, m.seat) }) : T.tr(lang, 'ui.saves.bots'),
    status: gameStatus(lang, m),
    saved: savedAt(lang, m.updatedAt),
    origin,
    resumable: m.seat !== null && m.ending === null,
    current: m.id === currentId,
  };
}

/** The warning shown while games are not being saved. */
export function storageWarning(lang: LanguageId, problem: StorageProblem | null): string | null {
  return problem ? T.tr(lang, `ui.storage.${problem}`) : null;
}

/** An import or link refusal, headed by a sentence in the player's language; the codec's words follow. */
export function refusalVM(lang: LanguageId, error: string): { problem: string; detail: string } {
  const kind = /too large/i.test(error)
    ? 'tooLarge'
    : /newer version/i.test(error)
      ? 'future'
      : /__proto__|constructor|prototype/.test(error)
        ? 'forbidden'
        : /link is broken|not contain a Quiet Channel game/i.test(error)
          ? 'brokenLink'
          : /lettersHash|its letters are not the ones/.test(error)
            ? 'letters'
            : /altered|damaged|checkpoint|cannot be replayed|diverge/i.test(error)
              ? 'altered'
              : /not valid JSON|not a save file|not a Quiet Channel save|no valid format version/i.test(error)
                ? 'notSave'
                : /format version \d+ cannot be upgraded/i.test(error)
                  ? 'old'
                  : /not valid/i.test(error)
                    ? 'invalid'
                    : 'unreadable';
  return { problem: T.tr(lang, `ui.import.problem.${kind}`), detail: error };
}

// ── Replay ────────────────────────────────────────────────────────────────────────────────────

export type Marker = 'event' | 'leak' | 'summit' | 'stage' | 'ending';
export const MARKERS: readonly Marker[] = ['event', 'leak', 'summit', 'stage', 'ending'];

const SUMMIT_NEWS = new Set(['stage.negotiation.summit', 'stage.negotiation.agreement', 'event.summitPhotoOp']);

/** What happened in month `turn` as its markers on the timeline, from what `view` shows. */
export function markersOf(view: Pick<PlayerView, 'news' | 'ending' | 'endedOn'>, turn: number): Marker[] {
  const out = new Set<Marker>();
  for (const n of view.news) {
    if (n.turn !== turn) continue;
    if (isLeakNews(n.id)) out.add('leak');
    else if (SUMMIT_NEWS.has(n.id)) out.add('summit');
    else if (n.id.startsWith('stage.')) out.add('stage');
    else if (n.id.startsWith('event.')) out.add('event');
  }
  if (view.ending !== null && view.endedOn === turn) out.add('ending');
  return MARKERS.filter((m) => out.has(m));
}

/** Markers of every month as a perspective saw them at the time (index = month; 0 has none). */
export function timelineMarkers(ctl: ReplayController, perspective: Perspective): Marker[][] {
  const out: Marker[][] = [[]];
  for (let t = 1; t <= ctl.last; t++) out.push(markersOf(ctl.view(t, perspective), t));
  return out;
}

export interface MoveLineVM {
  seat: Seat;
  seatName: string;
  text: string;
  secret: boolean;
  hidden: boolean;
  reason: string;
  /** True when `reason` is the words a bot gave (shown in quotes). */
  quoted: boolean;
  /** Who chose it: "You", "Hawk (bot)"… */
  by: string;
}

export interface ReplayVM {
  lang: LanguageId;
  cursor: number;
  last: number;
  maxTurns: number;
  dateLabel: string;
  turnLabel: string;
  perspective: Perspective;
  board: BoardVM;
  moves: MoveLineVM[];
  news: NewsVM[];
  /**
   * The month's letters as the perspective read them (issue 11): those written in it, and older
   * secret ones a leak exposed in it; a secret letter the perspective could not read is left out.
   */
  letters: LetterRowVM[];
  /** Text when the month has nothing to show (the start, a quiet month). */
  empty: string | null;
  endingTitle: string | null;
  /** Indicator values after each month (0: the start) for the whole game. */
  series: Indicators[];
  canTakeOver: boolean;
  announcement: string;
}

function reasonText(lang: LanguageId, view: PlayerView, seat: Seat, reason: string | null): string {
  if (reason === null) return T.tr(lang, 'ui.replay.reasonHidden');
  if (view.seats[seat] === 'human') return reason === '' || reason === 'player' ? T.tr(lang, 'ui.replay.reasonPlayer') : reason;
  return reason === '' ? T.tr(lang, 'ui.replay.reasonNone') : reason;
}

/** Indicator values for the whole game: the start, then the end of every month. */
export function seriesOf(ctl: ReplayController): Indicators[] {
  const final = ctl.timeline.states[ctl.last]!;
  const start = ctl.timeline.states[0]!.indicators;
  return [start, ...final.history.map((h) => h.indicators)];
}

export function replayVM(ctl: ReplayController, lang: LanguageId, series: Indicators[]): ReplayVM {
  const t = ctl.cursor;
  const p = ctl.perspective;
  const view = ctl.view();
  // The viewer shows no hand: leave the cards out of the board's view model.
  const board = boardVM({ ...view, legal: [] }, lang, 'easy');
  if (p === 'all') for (const i of board.indicators) i.polarity = 0;
  const month = t > 0 ? resolutionVM(view, t, lang) : null;
  const moves: MoveLineVM[] = (month?.moves ?? []).map((m) => {
    const seen = view.moves.find((x) => x.turn === t && x.seat === m.seat);
    const c = view.seats[m.seat];
    const reason = seen?.reason ?? null;
    return {
      seat: m.seat,
      seatName: m.seatName,
      text: m.text,
      secret: m.secret,
      hidden: m.hidden,
      reason: reasonText(lang, view, m.seat, reason),
      quoted: c !== 'human' && reason !== null && reason !== '',
      by: c === 'human' ? T.tr(lang, 'ui.replay.byPlayer') : T.tr(lang, 'ui.replay.byBot', { bot: T.botName(lang, c.slice(4)) }),
    };
  });
  const letters = monthLettersVM(view, t, lang);
  const ended = view.ending !== null && t === ctl.last;
  const dateLabel = t === 0 ? T.tr(lang, 'ui.replay.startDate', { date: monthOfTurn(lang, 1) }) : monthOfTurn(lang, t);
  const turnLabel =
    t === 0
      ? T.tr(lang, 'ui.replay.beforeFirst')
      : T.tr(lang, 'ui.board.monthOf', { n: T.num(lang, t), total: T.num(lang, view.maxTurns) });
  const empty =
    t === 0
      ? T.tr(lang, 'ui.replay.startNote')
      : moves.length === 0 && (month?.news.length ?? 0) === 0
        ? T.tr(lang, 'ui.news.quietBody')
        : null;
  const endingTitle = ended && view.ending ? T.endingText(lang, view.ending, 'title') : null;
  const headlines = (month?.news ?? [])
    .slice(0, 2)
    .map((n) => n.headline)
    .join(' ');
  return {
    lang,
    cursor: t,
    last: ctl.last,
    maxTurns: view.maxTurns,
    dateLabel,
    turnLabel,
    perspective: p,
    board,
    moves,
    news: month?.news ?? [],
    letters,
    empty,
    endingTitle,
    series,
    canTakeOver: !ended && ctl.timeline.states[t]!.ending === null,
    announcement:
      T.tr(lang, 'ui.replay.announce', { date: dateLabel, turn: turnLabel, headlines: endingTitle ?? headlines }) +
      (letters.length ? ` ${T.tr(lang, 'letters.replay.announceMonth', { count: T.num(lang, letters.length) })}` : ''),
  };
}

/**
 * The letters of month `turn` in a view of the viewer (issue 11): those written in that month and
 * older secret ones a leak exposed in it, as rows in the player's language, oldest first.
 */
export function monthLettersVM(view: Pick<PlayerView, 'seat' | 'letters'>, turn: number, lang: LanguageId): LetterRowVM[] {
  return monthLetters(view, turn).map((l) => letterRowVM(lang, l, view.seat));
}

/** The letters of month `turn` in a view: written in it, or (secret ones) exposed by a leak in it. */
export function monthLetters(view: Pick<PlayerView, 'letters'>, turn: number): LetterView[] {
  return (view.letters ?? []).filter((l) => l.turn === turn || l.leakedOn === turn);
}

/** "Washington", "Pyongyang", "Seoul", "Reveal all". */
export function perspectiveLabel(lang: LanguageId, p: Perspective): string {
  return p === 'all' ? T.tr(lang, 'ui.replay.all') : T.seatName(lang, p);
}

export interface TreeRowVM {
  id: string;
  depth: number;
  title: string;
  detail: string;
  current: boolean;
  seat: Seat | null;
}

/** The branch tree's rows: each game with where it left its parent and how far it went. */
export function treeRowsVM(lang: LanguageId, nodes: readonly FlatNode[]): TreeRowVM[] {
  return nodes.map((n) => ({
    id: n.meta.id,
    depth: n.depth,
    current: n.current,
    seat: n.meta.seat,
    title: gameTitle(lang, n.meta),
    detail: [
      // A branch's own title already says where it left its parent unless someone renamed it.
      n.branchTurn !== null && (n.meta.title || n.meta.origin !== 'branch')
        ? T.tr(lang, 'ui.replay.branchFrom', { date: monthOfTurn(lang, n.branchTurn + 1) })
        : null,
      gameStatus(lang, n.meta),
    ]
      .filter(Boolean)
      .join(' · '),
  }));
}
