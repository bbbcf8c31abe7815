/**
 * The letters panel's view model (issue 11): the letters the player may read (its own, those
 * addressed to it, public and leaked ones; `view.letters`, filtered by `playerView`), newest
 * first, in the player's language, and what the compose form offers (recipients, lines, the
 * player's own offers a letter can carry in scenario version 3). Letters are shown as plain text,
 * never as HTML. Pure functions of the view, tested without a browser.
 */
import { MAX_LETTER, offerFits, type LetterTo, type LetterView } from '../../model/letters';
import type { OfferLine } from '../../model/table';
import { SEATS, type Seat } from '../../model/types';
import type { PlayerView } from '../../model/view';
import type { LanguageId } from '../settings';
import * as T from '../text';
import { monthOfTurn, viewSeat } from './common';

export interface LetterRowVM {
  id: number;
  /** The writer. */
  from: Seat;
  /** "March 2025 · Washington → Pyongyang · Secret". */
  heading: string;
  /** "leaked in May 2025", or null. */
  leaked: string | null;
  text: string;
  /** The offer carried, in words, or null. */
  offer: string | null;
  mine: boolean;
  /** Only in the teacher's and the replay's everything view: "hidden by the teacher", else null. */
  hidden: string | null;
}

export interface LettersVM {
  rows: LetterRowVM[];
  /** Recipients the player may choose: the two other seats, then both. */
  recipients: { id: LetterTo; label: string }[];
  lines: { id: OfferLine; label: string }[];
  /** The player's own offers a letter to `to` on `line` may carry (a secret offer: only a secret letter to its addressee). */
  offersFor(to: LetterTo, line: OfferLine): { id: number; label: string }[];
  maxLength: number;
  /** False once the game is over. */
  open: boolean;
}

function toLabel(lang: LanguageId, to: LetterTo): string {
  return to === 'both' ? T.tr(lang, 'letters.toBoth') : T.seatName(lang, to);
}

function terms(lang: LanguageId, ids: readonly string[]): string {
  return ids.length ? ids.map((id) => T.tr(lang, `term.${id}.name`)).join(', ') : '—';
}

/** One letter as a row of a list, in the player's language (`me`: the reader's seat, or 'all'). */
export function letterRowVM(lang: LanguageId, l: LetterView, me: string): LetterRowVM {
  const line = T.tr(lang, l.line === 'secret' ? 'letters.secret' : 'letters.public');
  const o = l.offer;
  return {
    id: l.id,
    from: l.from,
    heading: T.tr(lang, 'letters.heading', {
      date: monthOfTurn(lang, l.turn),
      from: T.seatName(lang, l.from),
      to: toLabel(lang, l.to),
      line,
    }),
    leaked: l.leakedOn !== undefined ? T.tr(lang, 'letters.leakedOn', { date: monthOfTurn(lang, l.leakedOn) }) : null,
    text: l.text,
    offer: o
      ? T.tr(lang, 'letters.carries', {
          id: o.id,
          gives: terms(lang, o.gives),
          asks: terms(lang, o.asks),
          status: T.tr(lang, `offer.status.${o.status}`),
        })
      : null,
    mine: l.from === me,
    hidden: l.hidden ? T.tr(lang, 'letters.console.hidden') : null,
  };
}

export function lettersVM(view: Pick<PlayerView, 'seat' | 'letters' | 'table' | 'ending'>, lang: LanguageId): LettersVM {
  const me = viewSeat(view);
  const others = SEATS.filter((s) => s !== me);
  const own = (view.table?.offers ?? []).filter((o) => o.from === me);
  return {
    rows: [...(view.letters ?? [])].reverse().map((l) => letterRowVM(lang, l, me)),
    recipients: [...others.map((s) => ({ id: s, label: T.seatName(lang, s) })), { id: 'both', label: toLabel(lang, 'both') }],
    lines: [
      { id: 'secret', label: T.tr(lang, 'letters.secret') },
      { id: 'public', label: T.tr(lang, 'letters.public') },
    ],
    offersFor: (to, line) =>
      own.filter((o) => offerFits(o, { to, line })).map((o) => ({ id: o.id, label: T.tr(lang, 'letters.offerN', { id: o.id }) })),
    maxLength: MAX_LETTER,
    open: view.ending === null,
  };
}

/** A letter as the automation interface reports it (the board's and the replay viewer's alike). */
export function letterRow(l: LetterView) {
  return { id: l.id, turn: l.turn, from: l.from, to: l.to, line: l.line, text: l.text, leakedOn: l.leakedOn ?? null };
}
