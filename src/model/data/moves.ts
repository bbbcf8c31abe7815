/**
 * Every move of every seat. Numbers are the designers' choices, tuned by simulation
 * (`npm run sim`); each move's `source` names the GAME-BRIEF.md claim or historical fact behind it.
 */
import type { MoveDef } from '../rules';
import type { Seat } from '../types';

const TALKING = ['secretEnvoy', 'exploratory', 'formal', 'summit'] as const;
const AT_TABLE = ['exploratory', 'formal', 'summit'] as const;

export const MOVES: readonly MoveDef[] = [
  // ── Washington ────────────────────────────────────────────────────────────────────────────
  {
    id: 'us.sendEnvoy', seat: 'us', visibility: 'secret', audience: ['dprk'], cost: 2,
    requires: { negotiation: ['noContact'] },
    effect: { deltas: { secrecy: -6, determination: 3 } },
    signal: 'channel.envoy', tags: ['engage'],
    source: 'Claims 2 and 6: Pompeo’s covert trips to Pyongyang in 2018 opened the first-term backchannel.',
  },
  {
    id: 'us.offerPublicTalks', seat: 'us', visibility: 'public', cost: 2,
    requires: { negotiation: ['noContact'] },
    effect: { deltas: { usOpposition: 6, cabinetCohesion: -4, trust: 2 } },
    signal: 'channel.public', tags: ['engage'],
    source: 'Claims 3 and 6: strong domestic opposition makes public talks infeasible, as with Iran before 2015.',
  },
  {
    id: 'us.offerFreeze', seat: 'us', visibility: 'secret', audience: ['dprk'], cost: 2,
    requires: { negotiation: AT_TABLE, usPosition: ['none', 'cvid'] },
    effect: { deltas: { trust: 5, cabinetCohesion: -7, dprkConfidence: 3, secrecy: -5 }, usPosition: 'freeze' },
    tags: ['deal', 'concede'],
    source: 'Claim 5: the rumoured shift to a freeze of the programme in return for sanctions relief and aid.',
  },
  {
    id: 'us.demandCVID', seat: 'us', visibility: 'public', cost: 1,
    requires: { usPosition: ['none', 'freeze'] },
    effect: { deltas: { trust: -5, cabinetCohesion: 6, usOpposition: -5, dprkConfidence: -2 }, usPosition: 'cvid' },
    tags: ['deal', 'pressure'],
    source: 'Claims 1 and 4: the hawks’ restrictive line; every earlier denuclearization agreement collapsed.',
  },
  {
    id: 'us.denyReports', seat: 'us', visibility: 'public', cost: 1,
    requires: { max: { secrecy: 60 } },
    effect: { deltas: { secrecy: 15, usOpposition: -4, trust: -3 } },
    tags: ['signal'],
    source: 'Claim 5: Trump called reports of a softer line “fabricated” on Truth Social.',
  },
  {
    id: 'us.proposeFormalTalks', seat: 'us', visibility: 'public', cost: 2,
    requires: { negotiation: ['exploratory'] },
    effect: { deltas: { determination: 3, usOpposition: 3 } },
    signal: 'talks.upgrade', tags: ['engage'],
    source: 'Claim 3: secret talks test readiness for formal, public negotiations, as before the 2015 Iran deal.',
  },
  {
    id: 'us.proposeSummit', seat: 'us', visibility: 'public', cost: 3,
    requires: { negotiation: ['formal'] },
    effect: { deltas: { determination: 4, usOpposition: 4 } },
    signal: 'talks.summit', tags: ['engage', 'deal'],
    source: 'Claim 2: the backchannel paved the way for the 2018 and 2019 Kim–Trump summits.',
  },
  {
    id: 'us.suspendExercises', seat: 'us', visibility: 'public', cost: 2,
    requires: { exercises: ['held', 'scaledDown'] },
    effect: { exercises: -1, deltas: { trust: 6, alliance: -10, tension: -6, cabinetCohesion: -4, rokNukeSupport: 3 } },
    tags: ['concede', 'engage'],
    source: 'Claim 10: Trump called the joint exercises “war games” and “very provocative”; cancelling them leaves Seoul vulnerable.',
  },
  {
    id: 'us.resumeExercises', seat: 'us', visibility: 'public', cost: 1,
    requires: { exercises: ['scaledDown', 'suspended'] },
    effect: { exercises: 1, deltas: { trust: -7, alliance: 8, tension: 6 } },
    tags: ['alliance', 'pressure'],
    source: 'Claim 10 and claim 6: deterrence in step with Seoul, the Biden line.',
  },
  {
    id: 'us.demandCostSharing', seat: 'us', visibility: 'public', cost: 1,
    requires: { troopsMin: 1 },
    effect: { deltas: { costSharing: 12, alliance: -7, rokNukeSupport: 2, usOpposition: -2 } },
    modifiers: [{ when: { min: { interKorean: 55 } }, effect: { deltas: { costSharing: 4 } } }],
    tags: ['pressure'],
    source: 'Claim 10: Trump may use better inter-Korean relations as leverage to demand more money (Special Measures Agreement).',
  },
  {
    id: 'us.discussTroopCut', seat: 'us', visibility: 'public', cost: 2,
    requires: { troopsMin: 10001, min: { costSharing: 40 } },
    effect: { troops: -6000, deltas: { alliance: -12, trust: 6, rokNukeSupport: 5, tension: -2, usOpposition: 4 } },
    tags: ['concede', 'pressure'],
    source: 'Claim 10: a US troop withdrawal recalls the 1949 withdrawal that preceded the Korean War.',
  },
  {
    id: 'us.recognizeNuclearStatus', seat: 'us', visibility: 'public', cost: 4, once: true,
    requires: { negotiation: ['formal', 'summit'], min: { determination: 70 } },
    effect: { usPosition: 'recognition', deltas: { trust: 12, rokNukeSupport: 10, alliance: -14, usOpposition: 12, cabinetCohesion: -12 } },
    tags: ['deal', 'concede'],
    source: 'Claim 11: formal US recognition of North Korea as a nuclear state, the worst case for Seoul.',
  },
  {
    id: 'us.pushUkraineSettlement', seat: 'us', visibility: 'public', cost: 2,
    requires: { ukraine: ['war', 'ceasefireTalks'] },
    effect: { deltas: { determination: 2, usOpposition: 2 } },
    signal: 'ukraine.push', tags: ['signal'],
    source: 'Claim 8: a settlement under Trump could unsettle the North Korea–Russia partnership.',
  },
  {
    id: 'us.tightenSanctions', seat: 'us', visibility: 'public', cost: 1,
    effect: { deltas: { sanctions: 9, trust: -7, usOpposition: -5, tension: 4, cabinetCohesion: 4 } },
    tags: ['pressure'],
    source: 'Claim 6: unilateral sanctions, part of the Biden line of deterrence; Congress pushing for more pressure.',
  },
  {
    id: 'us.deployStrategicAssets', seat: 'us', visibility: 'public', cost: 1,
    effect: { deltas: { alliance: 7, tension: 8, trust: -5, rokNukeSupport: -4, dprkConfidence: -2 } },
    tags: ['alliance', 'pressure'],
    source: 'Claim 6: strategic assets deployed on the peninsula in step with Seoul.',
  },
  {
    id: 'us.hold', seat: 'us', visibility: 'public', cost: 0,
    effect: { capital: { us: 1 } },
    tags: ['hold'],
    source: 'Game rule: a month without a new initiative restores political capital.',
  },

  // ── Pyongyang ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'dprk.respondChannel', seat: 'dprk', visibility: 'secret', audience: ['us'], cost: 1,
    requires: { negotiation: ['secretEnvoy'] },
    effect: { deltas: { trust: 4, secrecy: -4 } },
    signal: 'channel.response', tags: ['engage'],
    source: 'Claims 6 and 7: Pyongyang’s positive response, the third factor; normalization remains its “most important” strategy.',
  },
  {
    id: 'dprk.releaseDetainees', seat: 'dprk', visibility: 'public', cost: 2, once: true, until: 1,
    requires: { negotiation: TALKING },
    effect: { deltas: { trust: 7, usOpposition: -6, determination: 5, tension: -3 } },
    tags: ['engage', 'concede'],
    source: 'Claim 2: Pompeo’s 2018 trips won the release of three American detainees.',
  },
  {
    id: 'dprk.testMissile', seat: 'dprk', visibility: 'public', cost: 1,
    effect: { deltas: { dprkCapability: 5, dprkConfidence: 4, tension: 11, trust: -9, usOpposition: 5, rokNukeSupport: 3, alliance: 3 } },
    tags: ['provoke'],
    source: 'Claim 4: in 2017 Trump swung between insults and threats as tests went on.',
  },
  {
    id: 'dprk.freezeTesting', seat: 'dprk', visibility: 'secret', audience: ['us'], cost: 2,
    requires: { negotiation: AT_TABLE, dprkPosition: ['none', 'recognition'] },
    effect: { dprkPosition: 'freeze', deltas: { trust: 5, tension: -5, dprkConfidence: -2, secrecy: -4 } },
    tags: ['deal', 'concede'],
    source: 'Claim 5: a freeze of the programme and no new weapons, in return for sanctions relief.',
  },
  {
    id: 'dprk.offerRoadmap', seat: 'dprk', visibility: 'secret', audience: ['us'], cost: 3,
    requires: { negotiation: ['formal', 'summit'], min: { sanctions: 55, trust: 40 }, max: { dprkConfidence: 70 } },
    effect: { dprkPosition: 'roadmap', deltas: { trust: 10, dprkConfidence: -8, secrecy: -4 } },
    tags: ['deal', 'concede'],
    source: 'Claims 4 and 7: a denuclearization roadmap, hard to win because Pyongyang has grown in capacity and confidence.',
  },
  {
    id: 'dprk.demandRecognition', seat: 'dprk', visibility: 'public', cost: 1,
    requires: { negotiation: AT_TABLE, dprkPosition: ['none', 'freeze'] },
    effect: { dprkPosition: 'recognition', deltas: { rokNukeSupport: 4, trust: -3, dprkConfidence: 3 } },
    tags: ['deal', 'pressure'],
    source: 'Claims 7 and 11: Pyongyang wants its arsenal tacitly accepted; recognition is the worst case for Seoul.',
  },
  {
    id: 'dprk.demandTroopWithdrawal', seat: 'dprk', visibility: 'public', cost: 1,
    requires: { troopsMin: 1 },
    effect: { deltas: { tension: 4, rokNukeSupport: 3, alliance: 2, trust: -2 } },
    modifiers: [{ when: { negotiation: AT_TABLE }, effect: { deltas: { alliance: -6, costSharing: 3 } } }],
    tags: ['pressure'],
    source: 'Claim 10: North Korea may demand the withdrawal of US troops.',
  },
  {
    id: 'dprk.deepenRussiaTies', seat: 'dprk', visibility: 'secret', cost: 1,
    requires: { ukraine: ['war', 'ceasefireTalks'] },
    effect: { deltas: { russiaTies: 9, dprkConfidence: 5, sanctions: -3, dprkCapability: 2, secrecy: -3 } },
    tags: ['pressure'],
    source: 'Claims 7 and 8: the partnership with Russia grew during the Ukraine war; new allies bolster Pyongyang.',
  },
  {
    id: 'dprk.reachOutToSeoul', seat: 'dprk', visibility: 'public', cost: 1,
    effect: { deltas: { interKorean: 6, tension: -4 } },
    modifiers: [
      { when: { government: ['liberal'] }, effect: { deltas: { interKorean: 8, tension: -3 } } },
      { when: { government: ['conservative'] }, effect: { deltas: { interKorean: -3 } } },
    ],
    tags: ['engage'],
    source: 'Claim 2: Kim greeted Moon Jae-in with a hug at the September 2018 Pyongyang summit.',
  },
  {
    id: 'dprk.walkOut', seat: 'dprk', visibility: 'public', cost: 0,
    requires: { negotiation: AT_TABLE },
    effect: { deltas: { trust: -8, tension: 6, dprkConfidence: 3 } },
    signal: 'talks.walkOut', tags: ['provoke'],
    source: 'Claim 4 and fact: the 2019 Hanoi summit ended without a deal; Pyongyang’s negotiator walked out of the Stockholm working-level talks in October 2019.',
  },
  {
    id: 'dprk.hold', seat: 'dprk', visibility: 'public', cost: 0,
    effect: { capital: { dprk: 1 } },
    tags: ['hold'],
    source: 'Game rule: a month of waiting restores political capital.',
  },

  // ── Seoul ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'rok.backEngagement', seat: 'rok', visibility: 'public', cost: 1,
    effect: { deltas: { trust: 2, determination: 2, interKorean: 3, alliance: 2 } },
    modifiers: [{ when: { government: ['liberal'] }, effect: { deltas: { trust: 2, interKorean: 3 } } }],
    tags: ['engage'],
    source: 'Claim 9: a Democratic Party president would favour engagement, like Kim Dae-jung, Roh Moo-hyun and Moon Jae-in.',
  },
  {
    id: 'rok.holdHardLine', seat: 'rok', visibility: 'public', cost: 1,
    effect: { deltas: { interKorean: -6, alliance: 5, tension: 5, trust: -2 } },
    tags: ['pressure', 'alliance'],
    source: 'Claim 9: under Yoon Suk-yeol’s hard line inter-Korean relations froze.',
  },
  {
    id: 'rok.payMore', seat: 'rok', visibility: 'public', cost: 2,
    effect: { deltas: { alliance: 10, costSharing: 9, rokNukeSupport: -3 } },
    tags: ['alliance', 'concede'],
    source: 'Claim 10: the fight over defence cost-sharing (Special Measures Agreement).',
  },
  {
    id: 'rok.refuseToPay', seat: 'rok', visibility: 'public', cost: 1,
    requires: { min: { costSharing: 30 } },
    effect: { deltas: { costSharing: -8, alliance: -8, rokNukeSupport: 2 } },
    tags: ['pressure'],
    source: 'Claim 10: Seoul can resist Washington’s demand for more money.',
  },
  {
    id: 'rok.interKoreanOutreach', seat: 'rok', visibility: 'secret', audience: ['dprk'], cost: 2,
    effect: { deltas: { interKorean: 7, tension: -4, secrecy: -3 } },
    modifiers: [
      { when: { government: ['liberal'] }, effect: { deltas: { interKorean: 6, trust: 3 } } },
      { when: { government: ['conservative'] }, effect: { deltas: { interKorean: -4 } } },
    ],
    tags: ['engage'],
    source: 'Claims 2 and 9: Seoul’s own envoys and the 2018 inter-Korean summits; a liberal government would prioritise engagement.',
  },
  {
    id: 'rok.mediate', seat: 'rok', visibility: 'public', cost: 2,
    requires: { government: ['liberal'], negotiation: ['noContact', 'secretEnvoy', 'exploratory', 'formal'] },
    effect: { deltas: { trust: 4, determination: 3, interKorean: 4, alliance: 2 } },
    tags: ['engage'],
    source: 'Claim 2 and claim 9: Moon Jae-in’s role between Washington and Pyongyang in 2018.',
  },
  {
    id: 'rok.debateNukes', seat: 'rok', visibility: 'public', cost: 1,
    effect: { deltas: { rokNukeSupport: 7, alliance: -6, tension: 4, usOpposition: 2 } },
    tags: ['pressure'],
    source: 'Claims 9 and 11: 71% of South Koreans back their own nuclear weapons.',
  },
  {
    id: 'rok.urgeExercises', seat: 'rok', visibility: 'public', cost: 1,
    requires: { exercises: ['scaledDown', 'suspended'] },
    effect: { exercises: 1, deltas: { alliance: 5, tension: 5, trust: -4 } },
    tags: ['alliance'],
    source: 'Claim 10: without the joint exercises Seoul is left vulnerable.',
  },
  {
    id: 'rok.consultWashington', seat: 'rok', visibility: 'secret', audience: ['us'], cost: 1,
    effect: { deltas: { alliance: 6, secrecy: -5, costSharing: 2 } },
    tags: ['alliance'],
    source: 'Claim 10: Seoul’s security concerns about a US–DPRK deal made over its head.',
  },
  {
    id: 'rok.hold', seat: 'rok', visibility: 'public', cost: 0,
    effect: { capital: { rok: 1 } },
    tags: ['hold'],
    source: 'Game rule: a month without a new initiative restores political capital.',
  },

  // ── Added in scenario version 2 (appended, so share links keep their move letters) ──────────
  {
    id: 'us.walkOut', seat: 'us', visibility: 'public', cost: 0, since: 2,
    requires: { negotiation: ['summit'] },
    effect: { deltas: { trust: -8, tension: 5, cabinetCohesion: 5, usOpposition: -4, determination: -3 } },
    signal: 'talks.walkOut', tags: ['pressure'],
    source: 'Claim 4 and fact: at the Hanoi summit on 28 February 2019 President Trump walked out without a deal (“sometimes you have to walk”).',
  },
  {
    id: 'dprk.returnRemains', seat: 'dprk', visibility: 'public', cost: 2, once: true, since: 2,
    requires: { negotiation: TALKING },
    effect: { deltas: { trust: 6, usOpposition: -4, determination: 4, tension: -2 } },
    tags: ['engage', 'concede'],
    source: 'Fact: in July 2018 North Korea handed over 55 cases of remains of US servicemen, a goodwill gesture after Singapore; claim 2’s three detainees were freed in May 2018, and no American was known to be held in 2025.',
  },
];

export const MOVES_BY_ID: Readonly<Record<string, MoveDef>> = Object.fromEntries(MOVES.map((m) => [m.id, m]));

/** Each seat's moves, in table order. */
export const MOVES_BY_SEAT: Readonly<Record<Seat, readonly MoveDef[]>> = {
  us: MOVES.filter((m) => m.seat === 'us'),
  dprk: MOVES.filter((m) => m.seat === 'dprk'),
  rok: MOVES.filter((m) => m.seat === 'rok'),
};
