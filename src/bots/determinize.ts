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
import { SEATS, type DealKind, type DprkPosition, type GameState, type Seat, type TrackId, type UsPosition } from '../model/types';
import { playerView, type PlayerView } from '../model/view';
import { isPersonalityName, PERSONALITY_NAMES, type BotName, type PersonalityName } from './personalities';
import type { BotChoice } from './reasons';

/** How a fixed bot chooses: the strategist's model of every other seat. */
export type Policy = (view: PlayerView, bot: BotName) => BotChoice;

/** One sampled world: a full state and the bot that plays each other seat in it. */
export interface World {
  state: GameState;
  bots: Record<Seat, BotName>;
}

const US_POSITIONS: readonly UsPosition[] = ['cvid', 'freeze', 'recognition'];
const DPRK_POSITIONS: readonly DprkPosition[] = ['roadmap', 'freeze', 'recognition'];

function pick<T>(rng: RngCursor, xs: readonly T[]): T {
  return xs[rng.int(xs.length)] as T;
}

/**
 * The bot a seat is modelled as: the personality named in the view's seat list when a fixed bot
 * plays it (public knowledge, as in the setup screen), otherwise a sampled personality.
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
  // The other seats' sealed moves: what their bots would have sealed in this world.
  for (const seat of SEATS) {
    if (seat === me || !view.committed[seat]) continue;
    const choice = policy(playerView({ ...state, pending: {} }, seat, { brief: true }), bots[seat]);
    state.pending = { ...state.pending, [seat]: { move: choice.move, reason: '' } };
  }
  return { state, bots };
}
