/**
 * The scenario: where the game starts (January 2025, the article's moment), how the world drifts
 * each month, and how each seat judges the outcome.
 */
import type { DriftDef, Objective } from '../rules';
import type { Indicators, Statuses, Tracks } from '../types';

export const SCENARIO_ID = 'backchannel-2025';
/**
 * The scenario new games are played with: version 6, the negotiation table as version 4 balanced it,
 * with Seoul's public line (version 5) and Washington's (version 6) read against their partners'
 * moves (events.ts; docs/balance.md). Earlier versions' saves replay under their own rules (src/model/ruleset.ts).
 */
export const SCENARIO = { id: SCENARIO_ID, version: 6 } as const;
/** The classic rules (position cards, no negotiation table), which a new game may still choose in Setup. */
export const CLASSIC_VERSION = 2;
export const DEFAULT_MAX_TURNS = 24;
/** The month of turn 1; every date in the game (board, news, saves) counts on from it. */
export const START_DATE: Readonly<{ year: number; month: number }> = { year: 2025, month: 1 };
export const START_CAPITAL = 4;
export const CAPITAL_PER_TURN = 2;
export const MAX_CAPITAL = 8;

/** Starting indicators with the reason for each value. */
export const START_INDICATORS: Readonly<Indicators> = {
  determination: 62, // claim 6a: legacy, confidence in his relationship with Kim
  usOpposition: 68, // claim 6b: the Biden line, Congress, the hawks
  cabinetCohesion: 72, // claim 1: an unusually loyal inner circle
  trust: 15, // claim 4: technically still at war, every agreement collapsed
  sanctions: 70, // claim 6b: unilateral sanctions on top of UN sanctions
  dprkCapability: 62, // claim 7: grown in capacity
  dprkConfidence: 68, // claim 7: and in confidence, backed by new allies
  russiaTies: 72, // claim 8: the partnership grew during the Ukraine war
  interKorean: 12, // claim 9: relations froze under Yoon
  alliance: 76, // claim 6b: deterrence in step with Seoul
  costSharing: 35, // claim 10: the cost-sharing bill before Trump reopens it
  rokNukeSupport: 71, // claim 9: 71% support their own nuclear weapons
  tension: 55, // claims 4 and 9
  secrecy: 70, // no channel yet, nothing to leak
};

/** January 2025: Yoon impeached by the National Assembly (14 December 2024), the Court's trial under way. */
export const START_STATUSES: Readonly<Statuses> = {
  seoulGovernment: 'interim',
  ukraine: 'war',
  exercises: 'held',
  troops: 28500, // fact: about 28,500 US troops are stationed in South Korea
};

export const START_TRACKS: Readonly<Tracks> = {
  negotiation: 'noContact',
  seoul: 'trial',
  ukraine: 'war',
  cabinet: 'loyal',
};

export const FULL_TROOPS = 28500;
/** Below this the alliance has ruptured: the troops are in effect withdrawn. */
export const RUPTURE_TROOPS = 10000;
export const RUPTURE_ALLIANCE = 8;
/**
 * Tension at the end of a month at which the standoff becomes a crisis. The month's drift has
 * already pulled tension back toward its usual level by then, so this is a sustained peak.
 */
export const CRISIS_TENSION = 90;
/** Turns a signed deal must hold in implementation before the game ends in it (version 1; version 2 in data/v2.ts). */
export const IMPLEMENTATION_TURNS = 2;
/** Turns an envoy waits for an answer before the channel goes quiet. */
export const ENVOY_PATIENCE = 3;
/** Below this trust, exploratory or formal talks break down. */
export const BREAKDOWN_TRUST = 10;
/** Below this trust, a signed deal falls apart during implementation. */
export const DEAL_BREAK_TRUST = 30;

export const DRIFTS: readonly DriftDef[] = [
  {
    id: 'capabilityGrows',
    when: { dprkPosition: ['none', 'recognition'] },
    effect: { deltas: { dprkCapability: 1 } },
    modifiers: [{ when: { min: { russiaTies: 65 } }, effect: { deltas: { dprkCapability: 1 } } }],
    source: 'Claim 7: the regime has grown in capacity, backed by new allies.',
  },
  {
    id: 'secrecyRecovers',
    effect: { deltas: { secrecy: 4 } },
    source: 'Claim 3: a quiet channel becomes quieter when nothing new moves through it.',
  },
  {
    id: 'exercisesSuspended',
    when: { exercises: ['suspended'] },
    effect: { deltas: { alliance: -2, tension: -1 } },
    source: 'Claim 10: cancelled exercises leave Seoul vulnerable.',
  },
  {
    id: 'warBindsMoscow',
    when: { ukraine: ['war'] },
    effect: { deltas: { russiaTies: 1 } },
    source: 'Claim 8: the partnership grew during the Ukraine war.',
  },
  {
    id: 'peaceLoosensTies',
    when: { ukraine: ['settled'] },
    effect: { deltas: { russiaTies: -3 } },
    source: 'Claim 8: a settlement makes the partnership uncertain.',
  },
  {
    id: 'liberalEngagement',
    when: { government: ['liberal'] },
    effect: { deltas: { interKorean: 3, tension: -1 } },
    source: 'Claim 9: liberal presidents like Kim Dae-jung, Roh Moo-hyun and Moon Jae-in put engagement first.',
  },
  {
    id: 'conservativeFreeze',
    when: { government: ['conservative'] },
    effect: { deltas: { interKorean: -2 } },
    source: 'Claim 9: under Yoon inter-Korean relations froze.',
  },
  {
    id: 'impatience',
    when: { negotiation: ['noContact'], fromTurn: 4 },
    effect: { deltas: { determination: -1 } },
    source: 'Claim 6a: determination needs results to last.',
  },
  {
    id: 'moscowInCongress',
    when: { min: { russiaTies: 70 } },
    effect: { deltas: { usOpposition: 1 } },
    source: 'Claim 6b: Congress reacts to the partnership with Russia.',
  },
  {
    id: 'nuclearOpinion',
    toward: { indicator: 'rokNukeSupport', rate: 0.25, target: { base: 71, per: { tension: 0.35, alliance: -0.3 } } },
    source: 'Claim 9: support for own nuclear weapons follows the sense of threat and of abandonment.',
  },
  {
    id: 'dprkSelfBelief',
    toward: {
      indicator: 'dprkConfidence',
      rate: 0.2,
      target: { base: 30, per: { dprkCapability: 0.4, russiaTies: 0.35, sanctions: -0.25 } },
    },
    source: 'Claim 7: capacity and new allies feed confidence; sanctions sap it.',
  },
  {
    id: 'distrust',
    toward: { indicator: 'trust', rate: 0.1, target: { base: 25 } },
    source: 'Claim 4: technically still at war, with every earlier agreement collapsed, distrust is the default.',
  },
  {
    id: 'oppositionSettles',
    toward: { indicator: 'usOpposition', rate: 0.08, target: { base: 60 } },
    source: 'Claim 6b: opposition to engagement is entrenched: it returns to its usual level when nothing stirs it.',
  },
  {
    id: 'resolveFades',
    toward: { indicator: 'determination', rate: 0.06, target: { base: 58 } },
    source: 'Claim 6a: determination is strong, but other priorities compete for the President’s attention.',
  },
  {
    id: 'billNormalizes',
    toward: { indicator: 'costSharing', rate: 0.05, target: { base: 45 } },
    source: 'Claim 10: cost-sharing settles back into the negotiated agreement between rounds.',
  },
  {
    id: 'detenteNeedsTending',
    toward: { indicator: 'interKorean', rate: 0.05, target: { base: 35 } },
    source: 'Claim 9: inter-Korean relations froze before and can freeze again without new steps.',
  },
  {
    id: 'sanctionsRegime',
    toward: { indicator: 'sanctions', rate: 0.06, target: { base: 65 } },
    source: 'Claim 6b: UN and unilateral sanctions stay in force until a deal lifts them.',
  },
  {
    id: 'talksBuildTrust',
    since: 2,
    when: { negotiation: ['exploratory', 'formal', 'implementation'] },
    effect: { deltas: { trust: 2 } },
    source: 'Claims 2 and 3: months of quiet contacts let each side test the other; the first-term backchannel ran almost two years.',
  },
  {
    id: 'nuclearStrain',
    since: 2,
    when: { min: { rokNukeSupport: 80 } },
    effect: { deltas: { alliance: -2, usOpposition: 1 } },
    source: 'Claims 9 and 11: a Seoul bent on its own bomb strains the alliance and worries Washington’s non-proliferation camp.',
  },
  {
    id: 'tensionEases',
    toward: { indicator: 'tension', rate: 0.12, target: { base: 50 } },
    source: 'Game rule: without new provocations tension slowly eases.',
  },
];

export const OBJECTIVES: readonly Objective[] = [
  {
    id: 'legacyDeal',
    seat: 'us',
    weight: 40,
    measure: {
      kind: 'ending',
      values: { roadmap: 1, freeze: 0.75, recognition: 0.35, statusQuo: 0.25, collapse: 0.1, crisis: 0, rupture: 0.05 },
    },
    source: 'Claim 6a: a legacy deal, denuclearization or at least a verifiable freeze.',
  },
  {
    id: 'keepAlliance',
    seat: 'us',
    weight: 20,
    measure: { kind: 'high', indicator: 'alliance' },
    source: 'Brief: without losing the alliance.',
  },
  {
    id: 'keepCongress',
    seat: 'us',
    weight: 15,
    measure: { kind: 'low', indicator: 'usOpposition' },
    source: 'Claim 6b: Congress pushes for pressure.',
  },
  {
    id: 'keepHawks',
    seat: 'us',
    weight: 10,
    measure: { kind: 'high', indicator: 'cabinetCohesion' },
    source: 'Claim 1: the hawks in the inner circle.',
  },
  {
    id: 'focusOnChina',
    seat: 'us',
    weight: 15,
    measure: { kind: 'low', indicator: 'tension' },
    source: 'Claim 5: focus on the strategic competition with China.',
  },

  {
    id: 'sanctionsRelief',
    seat: 'dprk',
    weight: 30,
    measure: { kind: 'low', indicator: 'sanctions' },
    source: 'Claim 7: the US is the key to sanctions relief.',
  },
  {
    id: 'keepArsenal',
    seat: 'dprk',
    weight: 30,
    measure: {
      kind: 'ending',
      values: { roadmap: 0.15, freeze: 0.75, recognition: 1, statusQuo: 0.55, collapse: 0.5, crisis: 0.1, rupture: 0.9 },
    },
    source: 'Claim 7: relief while its arsenal is tacitly accepted.',
  },
  {
    id: 'normalization',
    seat: 'dprk',
    weight: 20,
    measure: { kind: 'high', indicator: 'trust' },
    source: 'Claim 7: normalization with the US remains its most important strategy.',
  },
  {
    id: 'regimeSecurity',
    seat: 'dprk',
    weight: 20,
    measure: { kind: 'low', indicator: 'tension' },
    source: 'Claim 4: technically still at war; regime security comes first.',
  },

  {
    id: 'alliance',
    seat: 'rok',
    weight: 25,
    measure: { kind: 'high', indicator: 'alliance' },
    source: 'Claim 10: security rests on the alliance.',
  },
  { id: 'troops', seat: 'rok', weight: 10, measure: { kind: 'troops' }, source: 'Claim 10: a US withdrawal recalls 1949.' },
  {
    id: 'noRecognition',
    seat: 'rok',
    weight: 25,
    measure: {
      kind: 'ending',
      values: { roadmap: 1, freeze: 0.6, recognition: 0, statusQuo: 0.5, collapse: 0.4, crisis: 0.1, rupture: 0.2 },
    },
    source: 'Claim 11: recognition would be a deep security dilemma.',
  },
  {
    id: 'calmPeninsula',
    seat: 'rok',
    weight: 20,
    measure: { kind: 'high', indicator: 'interKorean' },
    source: 'Claim 9: calmer inter-Korean relations.',
  },
  {
    id: 'bearableBill',
    seat: 'rok',
    weight: 20,
    measure: { kind: 'low', indicator: 'costSharing' },
    source: 'Claim 10: a bearable cost-sharing bill.',
  },
  {
    id: 'nuclearRestraint',
    seat: 'rok',
    weight: 15,
    since: 2,
    measure: { kind: 'below', indicator: 'rokNukeSupport', from: 60, to: 90 },
    source:
      'Claims 9 and 11: a nuclear debate out of hand (71% for their own bomb) would cost Seoul its alliance and its non-proliferation standing.',
  },
];

/** Score bands for a seat's verdict. */
export const WIN_SCORE = 58;
export const DRAW_SCORE = 42;
