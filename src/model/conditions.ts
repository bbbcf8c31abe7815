/**
 * The statechart's guard predicates: the article's conditions for a backchannel and the thresholds at which
 * a track may move on. Thresholds are named here so tests and docs can refer to them.
 */
import type { GameState } from './types';

/** Claim 6a: the President's strong determination. */
export const DETERMINATION_FOR_ENVOY = 50;
/** Claims 3 and 6b: below this, opposition is weak enough for talks in public. */
export const OPPOSITION_BLOCKS_PUBLIC_TALKS = 45;
/** Claim 6c: Pyongyang's positive response needs a minimum of trust and not overconfidence. */
export const TRUST_FOR_RESPONSE = 20;
export const CONFIDENCE_REBUFF = 85;
export const TRUST_FOR_FORMAL = 40;
export const TRUST_FOR_SUMMIT = 50;
export const DETERMINATION_FOR_SUMMIT = 60;
/** Claim 6b: with opposition this strong, an exposed secret channel cannot survive. */
export const OPPOSITION_KILLS_EXPOSED = 78;

export const presidentDetermined = (s: GameState) => s.indicators.determination >= DETERMINATION_FOR_ENVOY;
export const publicTalksFeasible = (s: GameState) => s.indicators.usOpposition < OPPOSITION_BLOCKS_PUBLIC_TALKS;
export const pyongyangReceptive = (s: GameState) =>
  s.indicators.trust >= TRUST_FOR_RESPONSE && s.indicators.dprkConfidence < CONFIDENCE_REBUFF;
export const readyForFormalTalks = (s: GameState) => s.indicators.trust >= TRUST_FOR_FORMAL;
export const readyForSummit = (s: GameState) =>
  s.indicators.trust >= TRUST_FOR_SUMMIT && s.indicators.determination >= DETERMINATION_FOR_SUMMIT;
export const exposureFatal = (s: GameState) => s.indicators.usOpposition >= OPPOSITION_KILLS_EXPOSED;
export const ukraineTalksMatured = (s: GameState) => s.trackTurns.ukraine >= 2 && s.indicators.determination >= 55;

/** The three conditions of the article, as the debrief reports them. */
export function backchannelConditions(s: GameState): { determination: boolean; opposition: boolean; response: boolean } {
  return {
    determination: presidentDetermined(s),
    opposition: !publicTalksFeasible(s),
    response: s.moves.some((m) => m.move === 'dprk.respondChannel'),
  };
}
