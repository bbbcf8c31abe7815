/**
 * Letters between seats (issue 11): free text a seat sends to another seat or to both, secret or
 * public, besides its month's move. Letters live beside the game state, not in it: they never
 * change the rules' state, so a game's state hashes are the same with or without them, and a save
 * without letters replays exactly as before.
 *
 * A secret letter travels on the channel between its two seats (Washington–Pyongyang on the
 * backchannel, Seoul–Pyongyang on the inter-Korean line, Washington–Seoul through the alliance's
 * consultations) and leaks by the same rules as the secret moves on it: when a leak of that channel
 * (or a leak of every channel, in version 1) is reported in or after the letter's month, the letter
 * is out. Letters do not change the odds of a leak: a channel leaks when the moves and offers on
 * it can leak. Once the game is over every letter is shown, as secret moves are.
 *
 * In scenario version 3 a letter can carry one of its sender's offers from the table, so teams
 * bargain in words and terms together. Which letters a seat sees is decided in `playerView`
 * (view.ts) through `lettersSeen` below.
 */
import type { Channel } from './rules';
import { rulesFor } from './ruleset';
import type { Offer, OfferLine, TermId } from './table';
import { SEATS, type GameState, type NewsItem, type Seat } from './types';

/** Longest letter, in characters (UTF-16 code units, as the save format counts). */
export const MAX_LETTER = 1000;
/** How many letters a seat may send in one month. */
export const LETTERS_PER_MONTH = 5;
/** Most letters a game (and so a save) may hold. */
export const MAX_LETTERS = 1000;

/** Who a letter is for: one other seat, or both of them. */
export type LetterTo = Seat | 'both';

/** A letter as the game's log (and the save file) records it. */
export interface Letter {
  /** 1, 2, 3 … in the order letters were sent. */
  id: number;
  /** The month it was sent in (before that month resolved). */
  turn: number;
  from: Seat;
  to: LetterTo;
  line: OfferLine;
  text: string;
  /** Scenario version 3: the id of an offer its sender made, carried with the letter. */
  offer?: number;
  /** Hidden by the teacher: no seat sees it any more (the teacher still does). */
  hidden?: true;
}

/** What a seat asks to send; the game gives it its id and month. */
export type LetterDraft = Pick<Letter, 'to' | 'line' | 'text' | 'offer'>;

/** A letter as a viewer sees it. */
export interface LetterView {
  id: number;
  turn: number;
  from: Seat;
  to: LetterTo;
  line: OfferLine;
  text: string;
  /** The offer the letter carries, as it stands now. */
  offer?: { id: number; to: Seat; gives: TermId[]; asks: TermId[]; line: OfferLine; status: Offer['status'] };
  /** The month a leak exposed this secret letter, if one did. */
  leakedOn?: number;
  /** Only in the teacher's view: the teacher hid it from the seats. */
  hidden?: true;
}

/** The seats a letter is addressed to. */
export function recipientsOf(from: Seat, to: LetterTo): Seat[] {
  return to === 'both' ? SEATS.filter((s) => s !== from) : [to];
}

/** The channel between two seats that a secret letter travels on. */
export function letterChannel(a: Seat, b: Seat): Channel {
  const pair = [a, b].sort().join('+');
  return pair === 'dprk+us' ? 'backchannel' : pair === 'dprk+rok' ? 'interKorean' : 'alliance';
}

/** The channels a letter travels on (a letter to both seats is on both of its sender's lines). */
export function channelsOf(letter: Pick<Letter, 'from' | 'to'>): Channel[] {
  return recipientsOf(letter.from, letter.to).map((r) => letterChannel(letter.from, r));
}

/** Letter text as kept: line breaks unified, control characters other than line breaks and tabs removed, trimmed. */
export function cleanLetterText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\p{Cc}\p{Cf}]/gu, (c) => (c === '\n' || c === '\t' ? c : ''))
    .trim();
}

/** The shape of a letter, whatever the game: null when it is well-formed, otherwise what is wrong. */
export function letterShapeProblem(from: Seat, draft: LetterDraft): string | null {
  if (draft.to === from) return 'a seat cannot write to itself';
  if (draft.to !== 'both' && !SEATS.includes(draft.to)) return `"${String(draft.to)}" is not a seat`;
  if (draft.line !== 'secret' && draft.line !== 'public') return 'a letter is "secret" or "public"';
  if (typeof draft.text !== 'string' || cleanLetterText(draft.text) === '') return 'the letter is empty';
  if (draft.text.length > MAX_LETTER) return `a letter has at most ${MAX_LETTER} characters (this one has ${draft.text.length})`;
  if (draft.offer !== undefined && (!Number.isSafeInteger(draft.offer) || draft.offer < 1)) return 'an offer id is a whole number from 1';
  return null;
}

/**
 * Why `from` may not send this letter now in this game (null: it may). `sent` are the letters the
 * game holds so far. The text must already be clean (`cleanLetterText`).
 */
export function whyLetterRefused(s: GameState, sent: readonly Letter[], from: Seat, draft: LetterDraft): string | null {
  const shape = letterShapeProblem(from, draft);
  if (shape) return shape;
  if (s.ending !== null) return 'the game is over';
  if (sent.length >= MAX_LETTERS) return `a game holds at most ${MAX_LETTERS} letters`;
  const mine = sent.filter((l) => l.from === from && l.turn === s.turn).length;
  if (mine >= LETTERS_PER_MONTH) return `a seat may send at most ${LETTERS_PER_MONTH} letters a month`;
  if (draft.offer !== undefined) {
    const offer = s.table?.offers.find((o) => o.id === draft.offer);
    if (!s.table) return 'only games with the negotiation table have offers';
    if (!offer) return `there is no offer ${draft.offer}`;
    if (offer.from !== from) return `offer ${draft.offer} is not ${from}'s own`;
    if (!recipientsOf(from, draft.to).includes(offer.to))
      return `offer ${draft.offer} is addressed to ${offer.to}, who is not among the letter's recipients`;
    if (!offerFits(offer, draft)) return `offer ${draft.offer} is secret: it travels only in a secret letter to ${offer.to} alone`;
  }
  return null;
}

/**
 * Whether a letter may carry this offer of its writer's: one addressed to a recipient, and a secret
 * offer only in a secret letter to its addressee alone (a letter never makes a secret offer public).
 */
export function offerFits(offer: Pick<Offer, 'to' | 'line'>, letter: Pick<Letter, 'to' | 'line'>): boolean {
  if (offer.line === 'public') return letter.to === 'both' || letter.to === offer.to;
  return letter.line === 'secret' && letter.to === offer.to;
}

/** The month a leak of one of the letter's channels exposed it, if one has (public letters never leak). */
export function leakedOn(s: GameState, letter: Letter): number | undefined {
  if (letter.line !== 'secret') return undefined;
  const events = rulesFor(s.scenario).eventsById;
  const channels = channelsOf(letter);
  for (const n of s.news) {
    if (n.turn < letter.turn || !n.id.startsWith('event.')) continue;
    const reveals = events[n.id.slice('event.'.length)]?.reveals;
    if (reveals === true || (typeof reveals === 'string' && channels.includes(reveals))) return n.turn;
  }
  return undefined;
}

/** Whether `viewer` may read a letter: its own, those addressed to it, public ones, leaked ones, all once the game is over. */
export function letterVisible(s: GameState, letter: Letter, viewer: Seat | 'all'): boolean {
  if (viewer === 'all') return true;
  if (letter.hidden) return false;
  if (letter.line === 'public' || s.ending !== null || letter.from === viewer) return true;
  return recipientsOf(letter.from, letter.to).includes(viewer) || leakedOn(s, letter) !== undefined;
}

function offerOf(s: GameState, id: number | undefined): LetterView['offer'] {
  const o = id === undefined ? undefined : s.table?.offers.find((x) => x.id === id);
  return o && { id: o.id, to: o.to, gives: [...o.gives], asks: [...o.asks], line: o.line, status: o.status };
}

/** The letters `viewer` may read, oldest first, as it sees them. */
export function lettersSeen(s: GameState, letters: readonly Letter[], viewer: Seat | 'all'): LetterView[] {
  const out: LetterView[] = [];
  for (const l of letters) {
    if (!letterVisible(s, l, viewer)) continue;
    const leak = leakedOn(s, l);
    const offer = offerOf(s, l.offer);
    out.push({
      id: l.id,
      turn: l.turn,
      from: l.from,
      to: l.to,
      line: l.line,
      text: l.text,
      ...(offer ? { offer } : {}),
      ...(leak !== undefined ? { leakedOn: leak } : {}),
      ...(viewer === 'all' && l.hidden ? { hidden: true as const } : {}),
    });
  }
  return out;
}

/** The news of leaked letters the viewer may see (`note.letterLeaked`, `note.letterLeakedBoth`), each in the month of its leak. */
export function letterNews(seen: readonly LetterView[]): NewsItem[] {
  return seen
    .filter((l) => l.leakedOn !== undefined && !l.hidden)
    .map((l): NewsItem => ({
      turn: l.leakedOn as number,
      id: l.to === 'both' ? 'note.letterLeakedBoth' : 'note.letterLeaked',
      params: l.to === 'both' ? { letter: l.id, from: l.from } : { letter: l.id, from: l.from, to: l.to },
      source:
        'Claim 3 and fact: a leak exposes what travelled on the channel; the 2018–2019 Trump–Kim letters came out (27 of them in Bob Woodward, Rage, 2020).',
    }));
}
