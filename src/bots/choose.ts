/**
 * How a bot chooses: from its seat's player view only, deterministically from the view's
 * decision seed (derived from the game's generator without advancing it), with a structured
 * reason (src/bots/reasons.ts) that src/i18n words for the log and the debrief.
 */
import { SIGNAL_NEEDS } from '../model/conditions';
import { mix32, RngCursor, seedRng } from '../model/rng';
import type { IndicatorId, Indicators, Seat } from '../model/types';
import type { MoveOption, PlayerView } from '../model/view';
import { chooseTable, tableCardBonus, type Bargainer } from './bargain';
import { personalityFor, isBotName, type BotName, type Personality } from './personalities';
import type { BotChoice, BotWhy } from './reasons';
import { planMove } from './strategist';

export type { BotChoice } from './reasons';

/**
 * Whether a card's signal would move the talks on now, judged from what the seat can see: the
 * model's test for that signal on the indicators after the card's own effect.
 */
function wouldProgress(view: PlayerView, o: MoveOption): boolean | null {
  const needs =
    o.signal !== undefined && Object.hasOwn(SIGNAL_NEEDS, o.signal) ? SIGNAL_NEEDS[o.signal as keyof typeof SIGNAL_NEEDS] : undefined;
  if (!needs) return null;
  const after: Indicators = { ...view.indicators };
  const deltas = o.effect.deltas;
  if (deltas) for (const id in deltas) after[id as IndicatorId] += deltas[id as IndicatorId] ?? 0;
  return needs(after);
}

/** The deal a personality wants on the table, adjusted to what it can see of the other side. */
function stanceFor(view: PlayerView, p: Personality): string | undefined {
  // Claim 1: while the hawks hold the cabinet together, Washington's line stays full denuclearization.
  if (
    view.seat === 'us' &&
    p.stance === 'freeze' &&
    view.tracks.cabinet === 'loyal' &&
    view.indicators.cabinetCohesion >= 55 &&
    view.indicators.determination < 75
  ) {
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
  why: BotWhy;
  whyScore: number;
}

const NO_REASON: BotWhy = { code: 'none' };

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
      if (v !== 0 && add(t, v)) t.why = { code: 'indicator', indicator: id as IndicatorId, delta };
    }
  }
  for (const tag of o.tags) {
    const v = p.tags[tag] ?? 0;
    if (v !== 0 && add(t, v)) t.why = { code: 'tag', tag };
  }
  const progress = wouldProgress(view, o);
  // From version 4 a card the conditions would refuse costs its whole progress value: the version-3
  // dealmaker spent its capital on summits that were too early in most months it sat in formal talks.
  const refusedCost = view.scenario.version >= 4 ? p.progress : p.progress / 2;
  if (progress !== null && add(t, progress ? p.progress : -refusedCost))
    t.why = progress
      ? { code: 'progress', trust: view.indicators.trust, determination: view.indicators.determination }
      : { code: 'refused' };
  if (o.signal === 'talks.walkOut' && add(t, p.progress > 5 ? -p.progress : 2)) t.why = { code: 'walkOut' };
  const sets = o.effect.usPosition ?? o.effect.dprkPosition;
  if (sets && add(t, sets === stance ? 8 : -6)) t.why = { code: 'stance', position: sets, wanted: sets === stance };
  if (o.cost === 0 && add(t, p.thrift * 2)) t.why = { code: 'thrift' };
  const shaping = tableCardBonus(view, o.id);
  if (shaping !== 0 && add(t, shaping)) t.why = { code: 'shapeDeal' };
  t.score -= p.thrift * o.cost;
  t.score += rng.float() * p.noise;
  return t;
}

/**
 * Adds the bot's table action (version 3) to its card: from its own generator stream, so that the
 * card it plays is the one it would play without a table, within the capital the card leaves.
 */
function withTable(view: PlayerView, bot: BotName, c: BotChoice, way?: Bargainer): BotChoice {
  if (!view.table) return c;
  const cost = view.legal.find((o) => o.id === c.move)?.cost ?? 0;
  const rng = new RngCursor(seedRng(mix32(view.decisionSeed, 0x7ab1e)));
  const t = chooseTable(view, bot, rng, (view.capital[view.seat as Seat] ?? 0) - cost, way);
  return t ? { move: c.move, reason: { ...c.reason, table: t.why }, table: t.action } : c;
}

/**
 * Chooses a move for the view's seat, and (scenario version 3) a table action to seal with it,
 * paid from the capital the card leaves; `way` makes a personality bargain another way than its
 * own (only the strategist's plans do, strategist.ts). Throws if the seat has nothing to play (a
 * caller error).
 */
export function chooseMove(view: PlayerView, bot: string, way?: Bargainer): BotChoice {
  if (view.seat === 'all') throw new Error('a bot plays a seat, not the overview');
  const hand = view.legal;
  if (hand.length === 0) throw new Error(`${view.seat} has no legal move`);
  const rng = new RngCursor(seedRng(view.decisionSeed));
  const name: BotName = isBotName(bot) ? bot : 'dealmaker';
  if (name === 'strategist') {
    const plan = planMove(view, chooseMove);
    return { move: plan.move, reason: plan.reason, ...(plan.table ? { table: plan.table } : {}) };
  }
  if (name === 'random') {
    const pick = hand[rng.int(hand.length)] as MoveOption;
    return withTable(view, name, {
      move: pick.id,
      reason: { seat: view.seat, bot: 'random', why: { code: 'random', among: hand.length } },
    });
  }
  const p = personalityFor(view.scenario.version, view.seat, name);
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
  return withTable(view, name, { move: chosen.id, reason: { seat: view.seat, bot: name, why: (best as Tally).why } }, way);
}
