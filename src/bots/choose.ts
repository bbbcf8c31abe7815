/**
 * How a bot chooses: from its seat's player view only, deterministically from the view's
 * decision seed (derived from the game's generator without advancing it), with a one-line
 * reason kept in the log for the debrief.
 */
import {
  CONFIDENCE_REBUFF,
  DETERMINATION_FOR_ENVOY,
  DETERMINATION_FOR_SUMMIT,
  OPPOSITION_BLOCKS_PUBLIC_TALKS,
  TRUST_FOR_FORMAL,
  TRUST_FOR_RESPONSE,
  TRUST_FOR_SUMMIT,
} from '../model/conditions';
import { RngCursor, seedRng } from '../model/rng';
import { formatSignedDelta, indicatorName, t } from '../i18n';
import type { MoveTag } from '../model/rules';
import type { IndicatorId, Seat } from '../model/types';
import type { MoveOption, PlayerView } from '../model/view';
import { PERSONALITIES, isBotName, type BotName, type Personality } from './personalities';
import { planMove } from './strategist';

export interface BotChoice {
  move: string;
  reason: string;
}

/** The strongest reason behind a card's score, turned into words only for the card chosen. */
type Why =
  | { kind: 'indicator'; id: string; delta: number }
  | { kind: 'tag'; tag: string }
  | { kind: 'progress' }
  | { kind: 'refused' }
  | { kind: 'walkOut' }
  | { kind: 'stance'; position: string; wanted: boolean }
  | { kind: 'thrift' }
  | { kind: 'none' };

/** An indicator as the seat sees it, after the card's own effect. */
function after(view: PlayerView, o: MoveOption, id: IndicatorId): number {
  return view.indicators[id] + (o.effect.deltas?.[id] ?? 0);
}

/** Whether a card's signal would move the talks on now, judged from what the seat can see. */
function wouldProgress(view: PlayerView, o: MoveOption): boolean | null {
  switch (o.signal) {
    case 'channel.envoy': return after(view, o, 'determination') >= DETERMINATION_FOR_ENVOY;
    case 'channel.public': return after(view, o, 'usOpposition') < OPPOSITION_BLOCKS_PUBLIC_TALKS;
    case 'channel.response':
      return after(view, o, 'trust') >= TRUST_FOR_RESPONSE && after(view, o, 'dprkConfidence') < CONFIDENCE_REBUFF;
    case 'talks.upgrade': return after(view, o, 'trust') >= TRUST_FOR_FORMAL;
    case 'talks.summit':
      return after(view, o, 'trust') >= TRUST_FOR_SUMMIT && after(view, o, 'determination') >= DETERMINATION_FOR_SUMMIT;
    default: return null;
  }
}

/** The deal a personality wants on the table, adjusted to what it can see of the other side. */
function stanceFor(view: PlayerView, p: Personality): string | undefined {
  // Claim 1: while the hawks hold the cabinet together, Washington's line stays full denuclearization.
  if (view.seat === 'us' && p.stance === 'freeze' && view.tracks.cabinet === 'loyal' && view.indicators.cabinetCohesion >= 55 && view.indicators.determination < 75) {
    return 'cvid';
  }
  if (view.seat === 'us' && p.stance === 'freeze' && view.positions.dprk === 'recognition' && view.indicators.determination >= 70) {
    return 'recognition';
  }
  // Claim 7: a confident Pyongyang, backed by new allies, wants its arsenal recognized.
  if (view.seat === 'dprk' && p.stance === 'freeze' && view.indicators.dprkConfidence >= 85 && view.indicators.russiaTies >= 70) {
    return 'recognition';
  }
  if (view.seat === 'dprk' && p.stance === 'freeze' && view.indicators.sanctions >= 62 && view.indicators.dprkConfidence <= 64) {
    return 'roadmap';
  }
  return p.stance;
}

function urgency(view: PlayerView, p: Personality, id: IndicatorId): number {
  const d = p.danger?.[id];
  if (!d) return 1;
  const v = view.indicators[id];
  return (d.below !== undefined && v < d.below) || (d.above !== undefined && v > d.above) ? d.factor : 1;
}

/** Running total of a card's score and the strongest single reason behind it. */
interface Tally {
  score: number;
  why: Why;
  whyScore: number;
}

const NO_REASON: Why = { kind: 'none' };

/**
 * Adds a part `v` to the card's score. True when it is the strongest part so far: the caller then
 * records why (so a reason is built only when it leads, not for every part of every card).
 */
function add(t: Tally, v: number): boolean {
  t.score += v;
  if (v > t.whyScore) {
    t.whyScore = v;
    return true;
  }
  return false;
}

function scoreOption(view: PlayerView, o: MoveOption, p: Personality, stance: string | undefined, rng: RngCursor): Tally {
  const t: Tally = { score: 0, why: NO_REASON, whyScore: -Infinity };
  const deltas = o.effect.deltas;
  if (deltas) {
    for (const id in deltas) {
      const delta = deltas[id as IndicatorId] as number;
      const v = (p.values[id as IndicatorId] ?? 0) * delta * urgency(view, p, id as IndicatorId);
      if (v !== 0 && add(t, v)) t.why = { kind: 'indicator', id, delta };
    }
  }
  for (const tag of o.tags) {
    const v = p.tags[tag] ?? 0;
    if (v !== 0 && add(t, v)) t.why = { kind: 'tag', tag };
  }
  const progress = wouldProgress(view, o);
  if (progress !== null && add(t, progress ? p.progress : -p.progress / 2)) t.why = { kind: progress ? 'progress' : 'refused' };
  if (o.signal === 'talks.walkOut' && add(t, p.progress > 5 ? -p.progress : 2)) t.why = { kind: 'walkOut' };
  const sets = o.effect.usPosition ?? o.effect.dprkPosition;
  if (sets && add(t, sets === stance ? 8 : -6)) t.why = { kind: 'stance', position: sets, wanted: sets === stance };
  if (o.cost === 0 && add(t, p.thrift * 2)) t.why = { kind: 'thrift' };
  t.score -= p.thrift * o.cost;
  t.score += rng.float() * p.noise;
  return t;
}

function describe(why: Why, view: PlayerView): string {
  switch (why.kind) {
    case 'indicator': return `${why.delta > 0 ? 'raises' : 'lowers'} ${indicatorName('en', why.id as IndicatorId)} (${formatSignedDelta('en', why.delta)})`;
    case 'tag': return `fits its line of ${TAG_WORDS[why.tag as MoveTag]}`;
    case 'progress': return `moves the talks on while the conditions hold (trust ${view.indicators.trust}, determination ${view.indicators.determination})`;
    case 'refused': return 'tries although the conditions do not hold yet';
    case 'walkOut': return 'walks away from the table';
    case 'stance': return `${why.wanted ? 'puts' : 'settles for'} “${t('en', `position.${why.position}`)}” ${why.wanted ? 'on the table' : ''}`.trim();
    case 'thrift': return 'saves political capital';
    case 'none': return 'the least costly option';
  }
}

/** Bot reasons are kept in English in the log; the debrief shows them as the bot gave them. */
const TAG_WORDS: Record<MoveTag, string> = {
  engage: 'engagement', pressure: 'pressure', deal: 'deal-making', alliance: 'alliance solidarity',
  concede: 'concessions', provoke: 'provocation', signal: 'signalling', hold: 'patience',
};

const SEAT_NAMES: Record<Seat, string> = { us: 'Washington', dprk: 'Pyongyang', rok: 'Seoul' };

/** Chooses a move for the view's seat. Throws if the seat has nothing to play (a caller error). */
export function chooseMove(view: PlayerView, bot: string): BotChoice {
  if (view.seat === 'all') throw new Error('a bot plays a seat, not the overview');
  const hand = view.legal;
  if (hand.length === 0) throw new Error(`${view.seat} has no legal move`);
  const rng = new RngCursor(seedRng(view.decisionSeed));
  const name: BotName = isBotName(bot) ? bot : 'dealmaker';
  if (name === 'strategist') {
    const plan = planMove(view, chooseMove);
    return { move: plan.move, reason: plan.reason };
  }
  if (name === 'random') {
    const pick = hand[rng.int(hand.length)] as MoveOption;
    return { move: pick.id, reason: `${SEAT_NAMES[view.seat]} (random): picked at random among ${hand.length} moves` };
  }
  const p = PERSONALITIES[view.seat][name];
  const stance = stanceFor(view, p);
  let chosen = hand[0] as MoveOption;
  let best: Tally | null = null;
  for (const o of hand) {
    const t = scoreOption(view, o, p, stance, rng);
    if (!best || t.score > best.score) {
      best = t;
      chosen = o;
    }
  }
  return { move: chosen.id, reason: `${SEAT_NAMES[view.seat]} (${name}): ${describe((best as Tally).why, view)}` };
}
