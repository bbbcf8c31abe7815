/**
 * Why a game ended as it did, built from its own history: which of the article's conditions
 * held, which moves and events moved the decisive indicators most, and the turning points.
 * The result is data (ids and numbers); src/i18n turns it into sentences in the player's language.
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
}

export interface TurningPoint {
  turn: number;
  date: { year: number; month: number };
  /** `stage.<track>.<stage>` news id or an event id that changed the course. */
  id: string;
  params?: Record<string, string | number>;
}

export interface Explanation {
  ending: EndingId;
  source: string;
  /** The article's three conditions for a backchannel, as they stood at the end. */
  conditions: { determination: boolean; opposition: boolean; response: boolean };
  /** The indicators that decided this ending, and the causes that moved them most. */
  decisive: IndicatorId[];
  factors: Factor[];
  turningPoints: TurningPoint[];
  turns: number;
}

const DECISIVE: Record<EndingId, IndicatorId[]> = {
  roadmap: ['trust', 'sanctions', 'determination'],
  freeze: ['trust', 'determination', 'dprkConfidence'],
  recognition: ['determination', 'trust', 'rokNukeSupport'],
  collapse: ['trust', 'tension', 'determination'],
  crisis: ['tension', 'trust', 'dprkCapability'],
  rupture: ['alliance', 'costSharing', 'rokNukeSupport'],
  statusQuo: ['trust', 'determination', 'usOpposition'],
};

const TURNING_STAGES = new Set([
  'stage.negotiation.secretEnvoy', 'stage.negotiation.exploratory', 'stage.negotiation.formal',
  'stage.negotiation.summit', 'stage.negotiation.agreement', 'stage.negotiation.collapsed',
  'stage.negotiation.noContact', 'stage.seoul.newGovernment', 'stage.seoul.yoon', 'stage.ukraine.settled',
  'stage.cabinet.hawkOut', 'event.leak',
  // Scenario version 2: the other channels' leaks, the Hanoi setback and what broke a deal.
  'event.leakInterKorean', 'event.leakMoscow', 'note.hanoiSetback',
  'note.dealBroken.test', 'note.dealBroken.sabotage', 'note.dealBroken.trust', 'note.dealBroken.tension',
]);

export function explainEnding(s: GameState): Explanation {
  const ending = s.ending ?? 'statusQuo';
  const decisive = DECISIVE[ending];
  const sums = new Map<string, Factor>();
  for (const c of s.changes) {
    if (!decisive.includes(c.indicator)) continue;
    const key = `${c.cause}|${c.indicator}|${c.seat ?? ''}`;
    const f = sums.get(key) ?? { cause: c.cause, indicator: c.indicator, total: 0, ...(c.seat ? { seat: c.seat } : {}) };
    f.total += c.delta;
    sums.set(key, f);
  }
  const factors = [...sums.values()]
    .filter((f) => f.total !== 0)
    .sort((a, b) => Math.abs(b.total) - Math.abs(a.total) || a.cause.localeCompare(b.cause))
    .slice(0, 6);
  const turningPoints = s.news
    .filter((n) => TURNING_STAGES.has(n.id))
    .map((n) => ({ turn: n.turn, date: calendar(n.turn), id: n.id, ...(n.params ? { params: n.params } : {}) }));
  return {
    ending,
    source: ENDINGS[ending].source,
    conditions: backchannelConditions(s),
    decisive,
    factors,
    turningPoints,
    turns: s.endedOn ?? s.turn,
  };
}
