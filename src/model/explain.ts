/**
 * Why a game ended as it did, built from its own history: which of the article's conditions
 * held, which moves and events pushed the decisive indicators toward *this* ending most (the
 * background drift that every game has is left out), what broke a deal and how likely that was,
 * and the turning points. The result is data (ids and numbers); src/i18n turns it into sentences
 * in the player's language.
 */
import { ENDINGS } from './data/endings';
import { calendar } from './state';
import { backchannelConditions } from './conditions';
import type { EndingId, GameState, IndicatorId, Seat } from './types';

export interface Factor {
  /** A move id, `event.<id>`, `stage.<track>.<stage>` or `drift.<id>`. */
  cause: string;
  seat?: Seat;
  indicator: IndicatorId;
  /** Sum of the changes this cause made to the indicator over the game. */
  total: number;
  /** How far this cause pushed toward the ending: `total` signed by the indicator's direction toward it (always > 0). */
  push: number;
}

/** A deal that broke in implementation (scenario version 2 names it): what broke it, and its odds. */
export interface DealBreak {
  turn: number;
  date: { year: number; month: number };
  /** `test`, `sabotage`, `trust`, `tension`, or in version 3 `cheat` or `congress` (the `note.dealBroken.<cause>` news). */
  cause: string;
  /** The spoilers' chance that month, in percent. */
  chance: number;
}

export interface TurningPoint {
  turn: number;
  date: { year: number; month: number };
  /** `stage.<track>.<stage>` news id or an event id that changed the course. */
  id: string;
  params?: Record<string, string | number>;
  /** How far this step itself pushed the decisive indicators toward the ending that month (negative: away from it). */
  push: number;
}

export interface Explanation {
  ending: EndingId;
  source: string;
  /** The article's three conditions for a backchannel, as they stood at the end. */
  conditions: { determination: boolean; opposition: boolean; response: boolean };
  /** The indicators that decided this ending, and the causes that pushed them toward it most. */
  decisive: IndicatorId[];
  factors: Factor[];
  /** Deals that broke on the way, oldest first. */
  dealBreaks: DealBreak[];
  turningPoints: TurningPoint[];
  turns: number;
}

/**
 * The indicators that decide each ending, and which way each one moves a game toward it
 * (+1: higher leads there, −1: lower does). A crisis comes from rising tension and capability and
 * falling trust; a roadmap from trust, the President's resolve and sanctions pressure (claim 7).
 */
const TOWARD: Record<EndingId, Partial<Record<IndicatorId, 1 | -1>>> = {
  roadmap: { trust: 1, sanctions: 1, determination: 1 },
  freeze: { trust: 1, determination: 1, dprkConfidence: -1 },
  recognition: { determination: 1, trust: 1, dprkConfidence: 1 },
  collapse: { trust: -1, tension: 1, determination: -1 },
  crisis: { tension: 1, trust: -1, dprkCapability: 1 },
  rupture: { alliance: -1, costSharing: 1, rokNukeSupport: 1 },
  statusQuo: { trust: -1, determination: -1, usOpposition: 1 },
};

/** Background drift (`drift.<id>`) moves every game; it is not a cause a player can learn from. */
const isDrift = (cause: string) => cause === 'drift' || cause.startsWith('drift.');

export const MAX_FACTORS = 6;

const TURNING_STAGES = new Set([
  'stage.negotiation.secretEnvoy',
  'stage.negotiation.exploratory',
  'stage.negotiation.formal',
  'stage.negotiation.summit',
  'stage.negotiation.agreement',
  'stage.negotiation.collapsed',
  'stage.negotiation.noContact',
  'stage.seoul.newGovernment',
  'stage.seoul.yoon',
  'stage.ukraine.settled',
  'stage.cabinet.hawkOut',
  'event.leak',
  // Scenario version 2: the other channels' leaks, the Hanoi setback and what broke a deal.
  'event.leakInterKorean',
  'event.leakMoscow',
  'note.hanoiSetback',
  'note.dealBroken.test',
  'note.dealBroken.sabotage',
  'note.dealBroken.trust',
  'note.dealBroken.tension',
  // Scenario version 3: Pyongyang cheating, and Congress against relief or recognition.
  'note.dealBroken.cheat',
  'note.dealBroken.congress',
]);

/** The causes that pushed the decisive indicators toward the ending, strongest first, drift left out. */
export function rankFactors(s: GameState, ending: EndingId): Factor[] {
  const toward = TOWARD[ending];
  const sums = new Map<string, Factor>();
  for (const c of s.changes) {
    const sign = toward[c.indicator];
    if (sign === undefined || isDrift(c.cause)) continue;
    const key = `${c.cause}|${c.indicator}|${c.seat ?? ''}`;
    const f = sums.get(key) ?? { cause: c.cause, indicator: c.indicator, total: 0, push: 0, ...(c.seat ? { seat: c.seat } : {}) };
    f.total += c.delta;
    f.push = f.total * sign;
    sums.set(key, f);
  }
  return [...sums.values()]
    .filter((f) => f.push > 0)
    .sort((a, b) => b.push - a.push || a.cause.localeCompare(b.cause) || a.indicator.localeCompare(b.indicator))
    .slice(0, MAX_FACTORS);
}

/** The push toward the ending of the changes a news item's cause made in its month. */
function pushOf(s: GameState, ending: EndingId, id: string, turn: number): number {
  const toward = TOWARD[ending];
  let push = 0;
  for (const c of s.changes) if (c.turn === turn && c.cause === id) push += c.delta * (toward[c.indicator] ?? 0);
  return push;
}

/**
 * The `max` turning points that pushed hardest toward the ending (either way counts: a step that
 * pushed away from it and was undone matters too), told in the order they happened.
 */
export function keyTurningPoints(points: readonly TurningPoint[], max: number): TurningPoint[] {
  if (points.length <= max) return [...points];
  const chosen = new Set(
    [...points]
      .map((p, i) => ({ p, i }))
      .sort((a, b) => Math.abs(b.p.push) - Math.abs(a.p.push) || b.i - a.i)
      .slice(0, max)
      .map((x) => x.i),
  );
  return points.filter((_, i) => chosen.has(i));
}

export function explainEnding(s: GameState): Explanation {
  const ending = s.ending ?? 'statusQuo';
  const dealBreaks = s.news
    .filter((n) => n.id.startsWith('note.dealBroken.'))
    .map((n) => ({
      turn: n.turn,
      date: calendar(n.turn),
      cause: n.id.slice('note.dealBroken.'.length),
      chance: Number(n.params?.chance ?? 0),
    }));
  const turningPoints = s.news
    .filter((n) => TURNING_STAGES.has(n.id))
    .map((n) => ({
      turn: n.turn,
      date: calendar(n.turn),
      id: n.id,
      ...(n.params ? { params: n.params } : {}),
      push: pushOf(s, ending, n.id, n.turn),
    }));
  return {
    ending,
    source: ENDINGS[ending].source,
    conditions: backchannelConditions(s),
    decisive: Object.keys(TOWARD[ending]) as IndicatorId[],
    factors: rankFactors(s, ending),
    dealBreaks,
    turningPoints,
    turns: s.endedOn ?? s.turn,
  };
}
