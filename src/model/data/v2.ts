/**
 * Scenario version 2: what changes against version 1's tables, entry by entry, with the claim or
 * fact behind each change. New moves, events and drifts live in their own tables with `since: 2`
 * (and retired ones with `until: 1`); here are the patches to entries both versions share and the
 * numbers only version 2 uses. Version 1 is never edited: its saves replay under its own rules.
 */
import type { DriftDef, Effect, EventDef, MoveDef, Objective, StageDef } from '../rules';
import type { DealKind, EndingId, Seat } from '../types';

const LOYAL = { cabinet: ['loyal'] } as const;
/** Seoul had its say: it consulted Washington within the last six months (claim 10). */
const CONSULTED = { recent: { move: 'rok.consultWashington', within: 6 } } as const;
const NOT_CONSULTED = { notRecent: { move: 'rok.consultWashington', within: 6 } } as const;

const moves: Readonly<Record<string, Partial<MoveDef>>> = {
  // ── Costs that bite: repeats give less, and pressure has a price ─────────────────────────
  'us.tightenSanctions': {
    cost: 2,
    effect: { deltas: { sanctions: 8, trust: -7, usOpposition: -4, tension: 4, cabinetCohesion: 3 } },
    // Claims 7 and 8: the tighter the squeeze, the more Pyongyang leans on its new ally.
    modifiers: [{ when: { min: { sanctions: 80 } }, effect: { deltas: { russiaTies: 3, dprkConfidence: 1 } } }],
    fatigue: { gains: ['sanctions', 'usOpposition', 'cabinetCohesion'], window: 4 },
  },
  // Show-of-force fatigue: a deployment soon after the last one, or after new sanctions, reassures less.
  'us.deployStrategicAssets': {
    cost: 2,
    fatigue: { gains: ['alliance', 'rokNukeSupport', 'dprkConfidence'], window: 4, counts: ['us.tightenSanctions'] },
  },
  'us.demandCostSharing': { fatigue: { gains: ['costSharing', 'usOpposition'], window: 6 } },
  // The flip-flop: a suspension soon after a resumption (or the reverse) buys little and costs full.
  'us.suspendExercises': { fatigue: { gains: ['trust', 'tension'], window: 6, counts: ['us.resumeExercises'] } },
  'us.resumeExercises': {
    effect: { exercises: 1, deltas: { trust: -7, alliance: 8, tension: 6, determination: -2 } },
    fatigue: { gains: ['alliance'], window: 6, counts: ['us.suspendExercises'] },
  },
  // Claims 7 and 8, and the fact behind them: Russia's veto of March 2024 ended the UN panel of
  // experts that monitored the sanctions; with Moscow's cover, a test no longer tightens the net
  // but loosens it (enforcement erodes). Pressure backed by Russia pays Pyongyang's hard-liners.
  'dprk.testMissile': { modifiers: [{ when: { min: { russiaTies: 60 } }, effect: { deltas: { sanctions: -3, dprkConfidence: 1 } } }] },
  'dprk.deepenRussiaTies': {
    channel: 'moscow',
    fatigue: { gains: ['russiaTies', 'dprkConfidence', 'sanctions', 'dprkCapability'], window: 4 },
  },
  // Since January 2024 Pyongyang calls the South a separate, hostile state (Kim Jong Un to the
  // Supreme People's Assembly): an overture to Seoul now costs the leadership more face.
  'dprk.reachOutToSeoul': { cost: 2, fatigue: { gains: ['interKorean', 'tension'], window: 4 } },
  'rok.interKoreanOutreach': {
    channel: 'interKorean',
    surcharge: { when: { government: ['conservative'] }, cost: 1 },
    fatigue: { gains: ['interKorean', 'tension', 'trust'], window: 4 },
  },
  'rok.backEngagement': { fatigue: { gains: ['trust', 'determination', 'interKorean', 'alliance'], window: 4 } },
  'rok.payMore': { fatigue: { gains: ['alliance', 'rokNukeSupport'], window: 6 } },
  // Claim 9: the government sets Seoul's options. A liberal government elected on engagement pays
  // for a hard line at home; a conservative one for outreach it campaigned against.
  'rok.holdHardLine': { fatigue: { gains: ['alliance'], window: 4 }, surcharge: { when: { government: ['liberal'] }, cost: 1 } },
  'rok.debateNukes': { fatigue: { gains: ['usOpposition'], window: 4 } },
  'rok.mediate': { fatigue: { gains: ['trust', 'determination', 'interKorean', 'alliance'], window: 4 } },
  // ── Channels: every secret travels on one ────────────────────────────────────────────────
  // Condition (a) binds: the envoy goes only if the President's resolve already holds (no boost first).
  'us.sendEnvoy': {
    channel: 'backchannel',
    requires: { negotiation: ['noContact'], cooledDown: true },
    effect: { deltas: { secrecy: -6 } },
  },
  'us.offerPublicTalks': { requires: { negotiation: ['noContact'], cooledDown: true } },
  'dprk.respondChannel': { channel: 'backchannel' },
  'dprk.freezeTesting': { channel: 'backchannel' },
  'dprk.offerRoadmap': { channel: 'backchannel' },
  'rok.consultWashington': {
    channel: 'alliance',
    effect: { deltas: { alliance: 5, secrecy: -3, costSharing: 2 } },
    fatigue: { gains: ['alliance'], window: 4 },
  },
  // ── The loyal circle binds a human Washington too (claim 1) ───────────────────────────────
  'us.offerFreeze': { channel: 'backchannel', surcharge: { when: LOYAL, cost: 2 } },
  'us.recognizeNuclearStatus': {
    requires: { negotiation: ['summit'], min: { determination: 70 } },
    surcharge: { when: LOYAL, cost: 2 },
  },
};

const events: Readonly<Record<string, Partial<EventDef>>> = {
  // A leak of the backchannel exposes only what travelled on it; a secret freeze offer that
  // contradicts the public CVID line splits the cabinet and feeds the opposition (claims 1, 3, 5).
  leak: {
    when: { unrevealedOn: 'backchannel' },
    reveals: 'backchannel',
    effect: { deltas: { usOpposition: 6, cabinetCohesion: -5, secrecy: -12, trust: -4, determination: -4 } },
    modifiers: [{ when: { usPosition: ['freeze'] }, effect: { deltas: { cabinetCohesion: -7, usOpposition: 5, determination: -2 } } }],
  },
};

const drifts: Readonly<Record<string, Partial<DriftDef>>> = {
  // Claim 8 and the June 2024 treaty: a settlement loosens the ties, but a treaty does not vanish.
  peaceLoosensTies: {
    when: { ukraine: ['settled'], min: { russiaTies: 45 } },
    source: 'Claim 8: a settlement makes the partnership uncertain; the June 2024 mutual-defence treaty keeps a floor under it.',
  },
};

const objectives: Readonly<Record<string, Partial<Objective>>> = {
  // Washington: a legacy needs a deal; standing still is worth less than trying (claims 5, 6a).
  legacyDeal: {
    weight: 45,
    measure: {
      kind: 'ending',
      values: { roadmap: 1, freeze: 0.8, recognition: 0.3, statusQuo: 0.1, collapse: 0.2, crisis: 0, rupture: 0.05 },
    },
  },
  keepCongress: { weight: 12 },
  keepHawks: { weight: 8 },
  // Seoul: rupture is as bad as recognition; the nuclear debate is its own stake (claims 9–11).
  alliance: { weight: 20 },
  noRecognition: {
    weight: 25,
    measure: {
      kind: 'ending',
      values: { roadmap: 1, freeze: 0.6, recognition: 0, statusQuo: 0.5, collapse: 0.4, crisis: 0.1, rupture: 0 },
    },
  },
  calmPeninsula: { weight: 15 },
  bearableBill: { weight: 15 },
};

const stages: Readonly<Record<string, Partial<StageDef>>> = {};

/** Deals that touch Seoul's security: with Seoul consulted they cost the alliance less (claim 10). */
const deals: Partial<Record<DealKind, { effect: Effect; source: string; modifiers: NonNullable<StageDef['modifiers']> }>> = {
  freeze: {
    effect: { deltas: { sanctions: -20, trust: 8, tension: -10, alliance: -4, costSharing: 5, rokNukeSupport: 2 } },
    modifiers: [
      { when: NOT_CONSULTED, effect: { deltas: { alliance: -4, rokNukeSupport: 3 } } },
      { when: CONSULTED, effect: { deltas: { alliance: 3 } } },
    ],
    source: 'Claims 5 and 10: a freeze for sanctions relief; made over Seoul’s head, it costs the alliance.',
  },
  recognition: {
    effect: { deltas: { sanctions: -25, trust: 15, tension: -8, alliance: -15, rokNukeSupport: 15, usOpposition: 10 } },
    modifiers: [
      { when: NOT_CONSULTED, effect: { deltas: { alliance: -8, rokNukeSupport: 6 } } },
      { when: CONSULTED, effect: { deltas: { alliance: 5, rokNukeSupport: -4 } } },
    ],
    source: 'Claims 10 and 11: recognition is a deep security dilemma for Seoul, deeper when Seoul was not asked.',
  },
};

/** Endings that are a loss for a seat unless it shaped them (claims 10 and 11: Seoul's worst cases). */
const unshaped: Partial<Record<Seat, readonly EndingId[]>> = { rok: ['recognition', 'rupture'] };

export const V2 = {
  moves,
  events,
  drifts,
  objectives,
  stages,
  deals,
  unshaped,
  /** Claim 4: earlier agreements collapsed in implementation; a deal must hold three months. */
  implementationTurns: 3,
  /** As after Hanoi (February 2019) until the DMZ meeting (June 2019): months without a new channel. */
  coolDown: 2,
  /** Claim 6a: below this the President's determination is spent and a failure ends the talks for good. */
  determinationSpent: 40,
  shapedWindow: 6,
};
