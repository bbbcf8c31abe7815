/**
 * The statechart's guard predicates: the article's conditions for a backchannel and the thresholds at which
 * a track may move on. Thresholds are named here so tests and docs can refer to them.
 */
import type { SignalType } from './signals';
import type { GameState, Indicators } from './types';

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

/**
 * What a track's signal needs of the indicators to move the talks on, once: the statechart's guards
 * test it on the game state, the bots on the indicators they see after their card.
 */
export const SIGNAL_NEEDS = {
  'channel.envoy': (i: Readonly<Indicators>) => i.determination >= DETERMINATION_FOR_ENVOY,
  'channel.public': (i: Readonly<Indicators>) => i.usOpposition < OPPOSITION_BLOCKS_PUBLIC_TALKS,
  'channel.response': (i: Readonly<Indicators>) => i.trust >= TRUST_FOR_RESPONSE && i.dprkConfidence < CONFIDENCE_REBUFF,
  'talks.upgrade': (i: Readonly<Indicators>) => i.trust >= TRUST_FOR_FORMAL,
  'talks.summit': (i: Readonly<Indicators>) => i.trust >= TRUST_FOR_SUMMIT && i.determination >= DETERMINATION_FOR_SUMMIT,
} as const satisfies Partial<Record<SignalType, (i: Readonly<Indicators>) => boolean>>;

export const presidentDetermined = (s: GameState) => SIGNAL_NEEDS['channel.envoy'](s.indicators);
export const publicTalksFeasible = (s: GameState) => SIGNAL_NEEDS['channel.public'](s.indicators);
export const pyongyangReceptive = (s: GameState) => SIGNAL_NEEDS['channel.response'](s.indicators);
export const readyForFormalTalks = (s: GameState) => SIGNAL_NEEDS['talks.upgrade'](s.indicators);
export const readyForSummit = (s: GameState) => SIGNAL_NEEDS['talks.summit'](s.indicators);
export const exposureFatal = (s: GameState) => s.indicators.usOpposition >= OPPOSITION_KILLS_EXPOSED;
export const ukraineTalksMatured = (s: GameState) => s.trackTurns.ukraine >= 2 && s.indicators.determination >= 55;

/** The thresholds the note on a refused signal quotes, by the note's reason (the machine's `refuse`). */
export const REFUSAL_THRESHOLDS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  envoyRefused: { threshold: DETERMINATION_FOR_ENVOY },
  publicTalksBlocked: { threshold: OPPOSITION_BLOCKS_PUBLIC_TALKS },
  responseTooWeak: { trust: TRUST_FOR_RESPONSE, confidence: CONFIDENCE_REBUFF },
  formalTalksTooEarly: { trust: TRUST_FOR_FORMAL },
  summitTooEarly: { trust: TRUST_FOR_SUMMIT, determination: DETERMINATION_FOR_SUMMIT },
};

/** The threshold each of the article's three conditions is judged by, for the debrief's words (none for the response). */
export const CONDITION_THRESHOLDS: Readonly<Record<keyof ReturnType<typeof backchannelConditions>, Readonly<Record<string, number>>>> = {
  determination: { threshold: DETERMINATION_FOR_ENVOY },
  opposition: { threshold: OPPOSITION_BLOCKS_PUBLIC_TALKS },
  response: {},
};

/** The three conditions of the article, as the debrief reports them. */
export function backchannelConditions(s: GameState): { determination: boolean; opposition: boolean; response: boolean } {
  return {
    determination: presidentDetermined(s),
    opposition: !publicTalksFeasible(s),
    response: s.moves.some((m) => m.move === 'dprk.respondChannel'),
  };
}
