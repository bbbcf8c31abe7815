/**
 * `playerView(state, seat)`: the only way anything outside the core sees a game. It hides the
 * other seats' secret moves (and the changes they caused) until they leak or the game ends, the
 * other seats' sealed choices for this month, and the generator's state.
 */
import { rulesFor, type Ruleset } from './ruleset';
import { legalMovesWithCost } from './legal';
import { mix32 } from './rng';
import type { Effect, MoveDef, MoveTag } from './rules';
import { calendar, effectiveEffect, windowStart } from './state';
import { scoreGame, type SeatResult } from './score';
import { explainEnding, type Explanation } from './explain';
import { letterNews, lettersSeen, type Letter, type LetterView } from './letters';
import type { TableView } from './table';
import { standingOffer } from './tableResolve';
import { offerVisible, tableView } from './tableView';
import {
  SEATS,
  type Change,
  type EndingId,
  type GameState,
  type Indicators,
  type NewsItem,
  type PlayedMove,
  type Seat,
  type SeatControllers,
  type Statuses,
  type Tracks,
  type TurnRecord,
  type UsPosition,
  type DprkPosition,
} from './types';

/** A move as one seat sees it: another seat's unrevealed secret move has no id and no reason. */
export interface SeenMove {
  turn: number;
  seat: Seat;
  move: string | null;
  secret: boolean;
  revealedOn?: number;
  reason: string | null;
  /**
   * Set (only) by the classroom server on a visible move its turn timer made for the seat. The
   * rules never set it, so game states, hashes and saves do not carry it.
   */
  timedOut?: true;
}

/** A card in the seat's hand. */
export interface MoveOption {
  id: string;
  cost: number;
  visibility: 'public' | 'secret';
  tags: readonly MoveTag[];
  /** The base effect, for the card's preview (how much is shown depends on difficulty). */
  effect: Effect;
  signal?: string;
  source: string;
}

export interface PlayerView {
  seat: Seat | 'all';
  scenario: { id: string; version: number };
  turn: number;
  maxTurns: number;
  date: { year: number; month: number };
  seats: SeatControllers;
  indicators: Indicators;
  statuses: Statuses;
  tracks: Tracks;
  /** Only the viewer's own capital (all of them in the "all" view). */
  capital: Partial<Record<Seat, number>>;
  /** Positions on the table as this seat knows them. */
  positions: { us: UsPosition | null; dprk: DprkPosition | null };
  moves: SeenMove[];
  changes: Change[];
  news: NewsItem[];
  history: TurnRecord[];
  /** Which seats have sealed a move this month (not which move). */
  committed: Record<Seat, boolean>;
  /** The viewer's own sealed move this month. */
  pending: { move: string; reason: string } | null;
  /** The viewer's hand: moves it may play now. */
  legal: MoveOption[];
  ending: EndingId | null;
  endedOn: number | null;
  results: Record<Seat, SeatResult> | null;
  explanation: Explanation | null;
  /** A number derived from the game's generator that bots draw from, without exposing the generator. */
  decisionSeed: number;
  /** The negotiation table as this seat sees it (scenario version 3; null before). */
  table: TableView | null;
  /** The letters this seat may read (letters.ts), when the view was asked for with the game's letters. */
  letters?: LetterView[];
}

/** Every move of a ruleset as a card, built once: views share these objects, which nothing may change. */
const CARDS = new WeakMap<Ruleset, ReadonlyMap<string, MoveOption>>();
function cardsOf(rules: Ruleset): ReadonlyMap<string, MoveOption> {
  let cards = CARDS.get(rules);
  if (!cards) {
    cards = new Map(
      rules.moves.map((m) => [
        m.id,
        {
          id: m.id,
          cost: m.cost,
          visibility: m.visibility,
          tags: m.tags,
          effect: m.effect,
          source: m.source,
          ...(m.signal ? { signal: m.signal } : {}),
        },
      ]),
    );
    CARDS.set(rules, cards);
  }
  return cards;
}

/** A card as it stands now: a repeated move's smaller gains and a surcharge show on the card (version 2). */
function cardNow(s: GameState, rules: Ruleset, def: MoveDef, cost: number): MoveOption {
  const base = cardsOf(rules).get(def.id) as MoveOption;
  const effect = effectiveEffect(s, def);
  return cost === base.cost && effect === base.effect ? base : { ...base, cost, effect };
}

function visibleTo(m: PlayedMove, viewer: Seat | 'all', ended: boolean, s: GameState): boolean {
  if (viewer === 'all' || ended || !m.secret || m.seat === viewer || m.revealedOn !== undefined) return true;
  return rulesFor(s.scenario).movesById[m.move]?.audience?.includes(viewer) ?? false;
}

/**
 * The months of moves a brief view keeps: what a bot needs to answer its partners' recent moves
 * (version 5's partner events look back two months, answers.ts; a data test holds them within it).
 */
export const BRIEF_MOVE_MONTHS = 2;

export interface ViewOptions {
  /**
   * Leave out the game's record (changes, news, history, and the moves but those of the last
   * `BRIEF_MOVE_MONTHS` months and this one): what a bot needs to decide.
   */
  brief?: boolean;
  /** The game's letters (they live beside the state): the view gets those the seat may read, and the news of leaked ones. */
  letters?: readonly Letter[];
}

function lastPositionMove(s: GameState, owner: 'us' | 'dprk'): PlayedMove | undefined {
  const key = owner === 'us' ? 'usPosition' : 'dprkPosition';
  for (let i = s.moves.length - 1; i >= 0; i--) {
    const m = s.moves[i] as PlayedMove;
    if (m.seat === owner && rulesFor(s.scenario).movesById[m.move]?.effect[key]) return m;
  }
  return undefined;
}

/** A key for one seat's move in one month (a string that is not a seat gets a key no move has). */
function moveKey(turn: number, seat: string): number {
  return turn * 4 + SEATS.indexOf(seat as Seat) + 1;
}

/** A side's position as the viewer knows it: null while the move that set it is hidden from the viewer. */
function knownPosition<T extends string>(s: GameState, viewer: Seat | 'all', owner: 'us' | 'dprk', actual: T): T | null {
  const ended = s.ending !== null;
  if (viewer === 'all' || viewer === owner || ended) return actual;
  if (s.table) {
    // Version 3: the position follows the owner's standing offer, as secret as that offer.
    const offer = standingOffer(s.table, owner, owner === 'us' ? 'dprk' : 'us');
    return !offer || offerVisible(offer, viewer, ended) ? actual : null;
  }
  const last = lastPositionMove(s, owner);
  if (!last) return actual; // nothing was ever put on the table: 'none' is public knowledge
  return visibleTo(last, viewer, ended, s) ? actual : null;
}

/**
 * A played move as a view shows it, built once per move record and form: records are replaced,
 * never changed (a reveal makes a new one), so every view of the game hands on the same objects,
 * and the classroom server fingerprints each once (src/server/views.ts), not again after every move.
 */
const SEEN = new WeakMap<PlayedMove, SeenMove>();
const UNSEEN = new WeakMap<PlayedMove, SeenMove>();
function seenMove(m: PlayedMove, visible: boolean): SeenMove {
  const memo = visible ? SEEN : UNSEEN;
  let seen = memo.get(m);
  if (!seen) {
    seen = visible
      ? {
          turn: m.turn,
          seat: m.seat,
          move: m.move,
          secret: m.secret,
          reason: m.reason,
          ...(m.revealedOn !== undefined ? { revealedOn: m.revealedOn } : {}),
        }
      : { turn: m.turn, seat: m.seat, move: null, secret: true, reason: null };
    memo.set(m, seen);
  }
  return seen;
}

/** A change whose cause the viewer may not see, once per change record (see `seenMove`). */
const HIDDEN_CHANGES = new WeakMap<Change, Change>();
function hiddenChange(c: Change): Change {
  let hidden = HIDDEN_CHANGES.get(c);
  if (!hidden) HIDDEN_CHANGES.set(c, (hidden = { turn: c.turn, indicator: c.indicator, delta: c.delta, cause: 'hidden' }));
  return hidden;
}

/** A month of the record with the negotiation stage the viewer believed in, once per month record and stage (see `seenMove`). */
const BELIEVED_MONTHS = new WeakMap<TurnRecord, Map<Tracks['negotiation'], TurnRecord>>();
function believedMonth(h: TurnRecord, believed: Tracks['negotiation']): TurnRecord {
  let byStage = BELIEVED_MONTHS.get(h);
  if (!byStage) BELIEVED_MONTHS.set(h, (byStage = new Map<Tracks['negotiation'], TurnRecord>()));
  let month = byStage.get(believed);
  if (!month) byStage.set(believed, (month = { ...h, tracks: { ...h.tracks, negotiation: believed } }));
  return month;
}

/** The keys of the moves the viewer cannot see. */
function hiddenMoves(s: GameState, viewer: Seat | 'all', ended: boolean): Set<number> {
  const hidden = new Set<number>();
  for (const m of s.moves) if (!visibleTo(m, viewer, ended, s)) hidden.add(moveKey(m.turn, m.seat));
  return hidden;
}

/** True when a news item was caused by a move the viewer cannot see (a stage the secret channel entered). */
function newsHidden(n: NewsItem, hidden: ReadonlySet<number>): boolean {
  const seat = n.params?.seat;
  return typeof seat === 'string' && hidden.has(moveKey(n.turn, seat));
}

/**
 * Which news the viewer cannot see, and the negotiation stage it believes in. A stage entered
 * through another seat's secret move stays unknown until that move comes out; so does the quiet
 * end of such a channel. A stage entered in public (a summit) is news to everyone.
 */
function knownNews(
  s: GameState,
  hidden: ReadonlySet<number>,
): {
  hiddenNews: Set<NewsItem>;
  negotiation: Tracks['negotiation'];
  /** The stage the viewer believed in at the end of each month (index 0: month 1). */
  byMonth: Tracks['negotiation'][];
} {
  const hiddenNews = new Set<NewsItem>();
  const byMonth: Tracks['negotiation'][] = [];
  let negotiation: Tracks['negotiation'] = 'noContact';
  let inSecret = false;
  for (const n of s.news) {
    while (byMonth.length < n.turn - 1) byMonth.push(negotiation);
    if (newsHidden(n, hidden)) {
      hiddenNews.add(n);
      if (n.id.startsWith('stage.negotiation.')) inSecret = true;
      continue;
    }
    if (!n.id.startsWith('stage.negotiation.')) continue;
    const stage = n.id.slice('stage.negotiation.'.length) as Tracks['negotiation'];
    if (inSecret && stage === 'noContact') {
      hiddenNews.add(n);
    } else {
      negotiation = stage;
    }
    inSecret = false;
  }
  while (byMonth.length < s.history.length) byMonth.push(negotiation);
  return { hiddenNews, negotiation, byMonth };
}

/** Version 3: the ids of the offers the viewer may not see (their news and the changes they caused stay hidden too). */
function hiddenOffers(s: GameState, viewer: Seat | 'all', ended: boolean): Set<number> {
  const out = new Set<number>();
  for (const o of s.table?.offers ?? []) if (!offerVisible(o, viewer, ended)) out.add(o.id);
  return out;
}

function offerOf(cause: string): number | null {
  return cause.startsWith('table.offer.') ? Number(cause.slice('table.offer.'.length)) : null;
}

/** The game as `seat` sees it. `'all'` is the teacher's and the debrief's view. */
export function playerView(s: GameState, seat: Seat | 'all', options: ViewOptions = {}): PlayerView {
  const view = playerViewOfOffers(s, seat, options);
  if (!options.letters || options.brief) return view;
  const letters = lettersSeen(s, options.letters, seat);
  const leaked = letterNews(letters);
  const news = leaked.length === 0 ? view.news : [...view.news, ...leaked].sort((a, b) => a.turn - b.turn);
  return { ...view, letters, news };
}

function playerViewOfOffers(s: GameState, seat: Seat | 'all', options: ViewOptions): PlayerView {
  const ended = s.ending !== null;
  const view = playerViewOfMoves(s, seat, options, ended);
  if (options.brief) return view;
  const unseen = hiddenOffers(s, seat, ended);
  if (unseen.size === 0) return view;
  return {
    ...view,
    news: view.news.filter((n) => !(typeof n.params?.offer === 'number' && unseen.has(n.params.offer))),
    changes: view.changes.map((c) => {
      const id = offerOf(c.cause);
      return id !== null && unseen.has(id) ? hiddenChange(c) : c;
    }),
  };
}

/** The moves of the last `BRIEF_MOVE_MONTHS` months and this one (the record is in the order played). */
function recentMoves(s: GameState): PlayedMove[] {
  const from = windowStart(s.turn, BRIEF_MOVE_MONTHS, false);
  let i = s.moves.length;
  while (i > 0 && (s.moves[i - 1] as PlayedMove).turn >= from) i--;
  return s.moves.slice(i);
}

function playerViewOfMoves(s: GameState, seat: Seat | 'all', options: ViewOptions, ended: boolean): PlayerView {
  const hidden = hiddenMoves(s, seat, ended);
  const seen = (m: PlayedMove) => seenMove(m, !hidden.has(moveKey(m.turn, m.seat)));
  const moves: SeenMove[] = options.brief ? recentMoves(s).map(seen) : s.moves.map(seen);
  const known = hidden.size === 0 ? null : knownNews(s, hidden);
  const news = options.brief ? [] : known ? s.news.filter((n) => !known.hiddenNews.has(n)) : s.news;
  // Changes made by entering a stage the viewer does not know about are as hidden as the move behind it.
  const hiddenStages = new Set<string>();
  if (!options.brief && known) for (const n of known.hiddenNews) hiddenStages.add(`${n.turn}:${n.id}`);
  const changes = options.brief
    ? []
    : hidden.size === 0
      ? s.changes
      : s.changes.map((c) =>
          (c.seat && hidden.has(moveKey(c.turn, c.seat))) || hiddenStages.has(`${c.turn}:${c.cause}`) ? hiddenChange(c) : c,
        );
  const tracks = known ? { ...s.tracks, negotiation: known.negotiation } : s.tracks;
  // The record of past months must not show a stage the viewer did not know of either.
  const history = options.brief
    ? []
    : known
      ? s.history.map((h, i) => {
          const believed = known.byMonth[i] ?? h.tracks.negotiation;
          return believed === h.tracks.negotiation ? h : believedMonth(h, believed);
        })
      : s.history;
  const own = seat === 'all' ? null : s.pending[seat];
  const committed = { us: s.pending.us !== undefined, dprk: s.pending.dprk !== undefined, rok: s.pending.rok !== undefined };
  const rules = rulesFor(s.scenario);
  const legal = seat === 'all' ? [] : legalMovesWithCost(s, seat).map((m) => cardNow(s, rules, m.def, m.cost));
  return {
    seat,
    scenario: s.scenario,
    turn: s.turn,
    maxTurns: s.settings.maxTurns,
    date: calendar(s.turn),
    seats: s.seats,
    indicators: s.indicators,
    statuses: s.statuses,
    tracks,
    capital: seat === 'all' ? { ...s.capital } : { [seat]: s.capital[seat] },
    positions: { us: knownPosition(s, seat, 'us', s.positions.us), dprk: knownPosition(s, seat, 'dprk', s.positions.dprk) },
    moves,
    changes,
    news,
    history,
    committed,
    pending: own ? { move: own.move, reason: own.reason } : null,
    legal,
    ending: s.ending,
    endedOn: s.endedOn,
    results: ended ? scoreGame(s) : null,
    explanation: ended ? explainEnding(s) : null,
    decisionSeed: mix32(s.rng[0], s.rng[1], s.rng[2], s.rng[3], s.turn, SEATS.indexOf(seat as Seat) + 1),
    table: tableView(s, seat, !options.brief),
  };
}
