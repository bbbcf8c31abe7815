/**
 * A whole game state built from one seat's player view, for the strategist to play forward.
 * What the view shows is copied; what it hides is sampled from the strategist's own generator:
 * the generator itself, the other seats' capital, a position put on the table by a move the seat
 * has not seen, how long each track has been in its stage, the other seats' personalities when
 * people play them, and the moves already sealed this month by the other seats. Nothing here
 * reads a true state: the view is the only input.
 */
import { MAX_CAPITAL, START_TRACKS } from '../model/data/scenario';
import { seedRng, type RngCursor } from '../model/rng';
import { createInitialState } from '../model/state';
import { TERMS_BY_SEAT, type Offer, type TableAction, type TableState, type TermId } from '../model/table';
import { SEATS, type DealKind, type DprkPosition, type GameState, type Seat, type TrackId, type UsPosition } from '../model/types';
import { playerView, type PlayerView } from '../model/view';
import type { Bargainer } from './bargain';
import { isPersonalityName, PERSONALITY_NAMES, type BotName, type PersonalityName } from './personalities';
import type { BotChoice } from './reasons';

/** How a fixed bot chooses (bargaining another way than its personality's when given `way`): the strategist's model of every seat. */
export type Policy = (view: PlayerView, bot: BotName, way?: Bargainer) => BotChoice;

/** One sampled world: a full state and the bot that plays each other seat in it. */
export interface World {
  state: GameState;
  bots: Record<Seat, BotName>;
  /** The other seats' moves in the first month, kept by the rollouts that share this world. */
  opening?: Partial<Record<Seat, { move: string; table: TableAction | null }>>;
}

const US_POSITIONS: readonly UsPosition[] = ['cvid', 'freeze', 'recognition'];
const DPRK_POSITIONS: readonly DprkPosition[] = ['roadmap', 'freeze', 'recognition'];

function pick<T>(rng: RngCursor, xs: readonly T[]): T {
  return xs[rng.int(xs.length)] as T;
}

/**
 * The bot a seat is modelled as: the personality named in the view's seat list when a fixed bot
 * plays it (public knowledge, as in the setup screen), otherwise a sampled personality. Another
 * seat's strategist is sampled too: modelled instead as the plan it keeps, it cost the strategist
 * in the tournament (the whole tournament, version 4: Washington's lead over its best personality
 * 4.4 → 2.7 points, against Pyongyang's strategist 44.6 → 38.5; Pyongyang's 1.1 → 0.1), the
 * sampled personalities standing better for a bot that leaves its plan when its search says so.
 * Modelling only Pyongyang's strategist, which keeps its held plan unless a move is far ahead, as
 * that plan bargaining its way did no better: Seoul's strategist against it and each fixed
 * Washington (40 games) 59.5 sampled, 55.3 so modelled. Tried again with the halved budget (every
 * strategist seat so modelled, whole tournament): leads +4.2, +5.1, +2.0 against +4.5, +5.6, +2.5.
 */
function modelOf(view: PlayerView, seat: Seat, rng: RngCursor): BotName {
  const c = view.seats[seat];
  const name = c.startsWith('bot:') ? c.slice(4) : '';
  if (isPersonalityName(name) || name === 'random') return name;
  return pick<PersonalityName>(rng, PERSONALITY_NAMES);
}

/** A deal on the table during agreement or implementation, as the positions imply (the summit's rule of thumb). */
function dealOf(us: UsPosition, dprk: DprkPosition): DealKind {
  if (us === 'recognition') return 'recognition';
  if (dprk === 'roadmap') return 'roadmap';
  return 'freeze';
}

/**
 * Months a track has spent in its stage: still in its opening stage, it has most likely been
 * there since the start; otherwise a sample of one to three months.
 */
function trackTurnsOf(view: PlayerView, rng: RngCursor): Record<TrackId, number> {
  const out = {} as Record<TrackId, number>;
  for (const k of Object.keys(START_TRACKS) as TrackId[]) {
    out[k] = view.tracks[k] === START_TRACKS[k] ? view.turn - 1 : 1 + rng.int(3);
  }
  return out;
}

/** Secret lines the viewer does not see: between the other two seats (Seoul→Washington only on the alliance line). */
const HIDDEN_LINES: Record<Seat, readonly [Seat, Seat][]> = {
  us: [
    ['dprk', 'rok'],
    ['rok', 'dprk'],
  ],
  dprk: [['rok', 'us']],
  rok: [
    ['us', 'dprk'],
    ['dprk', 'us'],
  ],
};

/** Open offers lapse after this many months (src/model/tableRules.ts). */
const OFFER_LIFE = 3;

function someOf(rng: RngCursor, terms: readonly TermId[]): TermId[] {
  return terms.filter(() => rng.chance(0.35));
}

/**
 * The table as the viewer knows it, with the secret offers it has not seen sampled in: offer ids
 * are given in order, so a gap between the ids it sees is an offer made on a line it cannot see.
 */
function tableOf(view: PlayerView, rng: RngCursor): TableState | undefined {
  const t = view.table;
  if (!t) return undefined;
  const me = view.seat as Seat;
  const seen = [...t.offers].sort((a, b) => a.id - b.id).map((o) => ({ ...o, gives: [...o.gives], asks: [...o.asks] }));
  const offers: Offer[] = [];
  let turn = 1;
  let next = 1;
  const fill = (upTo: number) => {
    for (; next < upTo; next++) {
      const [from, to] = pick(rng, HIDDEN_LINES[me]);
      let gives = someOf(rng, TERMS_BY_SEAT[from]);
      const asks = someOf(rng, TERMS_BY_SEAT[to]);
      if (gives.length + asks.length === 0) gives = [pick(rng, TERMS_BY_SEAT[from])];
      const open = view.turn - turn < OFFER_LIFE;
      offers.push({
        id: next,
        turn,
        from,
        to,
        gives,
        asks,
        line: 'secret',
        status: open ? 'open' : 'lapsed',
        ...(open ? {} : { closedOn: turn + OFFER_LIFE }),
      });
    }
  };
  for (const o of seen) {
    fill(o.id);
    offers.push(o);
    turn = o.turn;
    next = o.id + 1;
  }
  // A seat has one open offer to each other seat: an older one was withdrawn when it made the next.
  const lastOpen = new Map<string, Offer>();
  for (const o of offers) {
    if (o.status !== 'open') continue;
    const key = `${o.from}>${o.to}`;
    const before = lastOpen.get(key);
    if (before) Object.assign(before, { status: 'withdrawn', closedOn: o.turn });
    lastOpen.set(key, o);
  }
  return { offers, agreed: t.agreed ? { us: [...t.agreed.us], dprk: [...t.agreed.dprk], rok: [...t.agreed.rok] } : null, nextId: next };
}

/**
 * Samples one world consistent with the view. The other seats' sealed moves this month are
 * chosen by their modelled bots in the sampled world, as they would have chosen them.
 */
export function determinize(view: PlayerView, rng: RngCursor, policy: Policy): World {
  const me = view.seat as Seat;
  const bots = {} as Record<Seat, BotName>;
  for (const seat of SEATS) bots[seat] = seat === me ? 'dealmaker' : modelOf(view, seat, rng);
  const base = createInitialState({ seed: rng.int(0x7fffffff), maxTurns: view.maxTurns });
  const us = view.positions.us ?? pick(rng, US_POSITIONS);
  const dprk = view.positions.dprk ?? pick(rng, DPRK_POSITIONS);
  const capital = { us: 0, dprk: 0, rok: 0 };
  for (const seat of SEATS) capital[seat] = seat === me ? (view.capital[me] ?? 0) : 2 + rng.int(MAX_CAPITAL - 1);
  const stage = view.tracks.negotiation;
  const state: GameState = {
    ...base,
    scenario: { ...view.scenario },
    seats: { us: `bot:${bots.us}`, dprk: `bot:${bots.dprk}`, rok: `bot:${bots.rok}` },
    rng: seedRng(rng.int(0x7fffffff)),
    turn: view.turn,
    indicators: { ...view.indicators },
    statuses: { ...view.statuses },
    tracks: { ...view.tracks },
    capital,
    positions: { us, dprk },
    trackTurns: trackTurnsOf(view, rng),
    deal: stage === 'agreement' || stage === 'implementation' ? dealOf(us, dprk) : null,
  };
  const table = tableOf(view, rng);
  if (table) state.table = table;
  else delete state.table;
  // The other seats' sealed moves: what their bots would have sealed in this world.
  for (const seat of SEATS) {
    if (seat === me || !view.committed[seat]) continue;
    const choice = policy(playerView({ ...state, pending: {} }, seat, { brief: true }), bots[seat]);
    state.pending = { ...state.pending, [seat]: { move: choice.move, reason: '', ...(choice.table ? { table: choice.table } : {}) } };
  }
  return { state, bots };
}
