/**
 * Events: what the world, the outside powers and the institutions do each month. Each is drawn
 * from the game's seeded generator with a chance that depends on the state. Order matters: at
 * most `MAX_RANDOM_EVENTS` unscheduled events fire in a month, taken in table order.
 */
import type { EventDef } from '../rules';

export const MAX_RANDOM_EVENTS = 2;

/** Seoul's public engagement (version 5's `breakRanks` and `thaw`): its secret outreach is not seen. */
const SEOUL_ENGAGES = ['rok.backEngagement', 'rok.mediate'];

export const EVENTS: readonly EventDef[] = [
  // ── Scheduled politics and the calendar ──────────────────────────────────────────────────
  {
    id: 'courtRuling',
    actor: 'court',
    scheduled: true,
    when: { seoul: ['trial'], fromTurn: 2 },
    chance: { base: 0.4 },
    outcomes: [
      { id: 'upheld', weight: 85, signal: { type: 'seoul.ruling', upheld: true } },
      { id: 'dismissed', weight: 15, signal: { type: 'seoul.ruling', upheld: false } },
    ],
    source: 'Claim 9: if the Constitutional Court upholds Yoon’s impeachment, an election follows within 60 days.',
  },
  {
    id: 'snapElection',
    actor: 'voters',
    scheduled: true,
    when: { seoul: ['snapElection'], minTrackTurns: { seoul: 2 } },
    chance: { base: 1 },
    outcomes: [
      { id: 'liberal', weight: 72, per: { tension: -0.4, interKorean: 0.3 }, signal: { type: 'seoul.election', winner: 'liberal' } },
      { id: 'conservative', weight: 28, per: { tension: 0.4 }, signal: { type: 'seoul.election', winner: 'conservative' } },
    ],
    source: 'Claim 9: a Democratic Party candidate would probably win the snap election within 60 days.',
  },
  {
    id: 'exerciseSeason',
    actor: 'calendar',
    scheduled: true,
    when: { months: [3, 8] },
    chance: { base: 1 },
    modifiers: [
      { when: { exercises: ['held'] }, effect: { deltas: { tension: 7, trust: -4, alliance: 3 } } },
      { when: { exercises: ['scaledDown'] }, effect: { deltas: { tension: 3, alliance: 1 } } },
      { when: { exercises: ['suspended'] }, effect: { deltas: { alliance: -5, rokNukeSupport: 2, trust: 2 } } },
    ],
    source: 'Claim 10 and fact: the spring (Freedom Shield) and August (Ulchi Freedom Shield) joint exercises.',
  },
  {
    id: 'summitPhotoOp',
    actor: 'washington',
    scheduled: true,
    when: { negotiation: ['summit'] },
    chance: { base: 0.8 },
    effect: { deltas: { determination: 6, trust: 3, usOpposition: 3, tension: -4 } },
    source: 'Claim 2: on 30 June 2019 Trump became the first sitting US president to step into North Korea.',
  },
  // Version 2's starting facts, told in January 2025 (the indicators already include them).
  {
    id: 'russiaTreaty',
    actor: 'moscow',
    scheduled: true,
    since: 2,
    when: { toTurn: 1 },
    chance: { base: 1 },
    source:
      'Fact: the Comprehensive Strategic Partnership Treaty signed in Pyongyang on 19 June 2024, in force since 4 December 2024, commits each side to military assistance if the other is attacked (Article 4); claims 7 and 8.',
  },
  {
    id: 'kurskDeployment',
    actor: 'moscow',
    scheduled: true,
    since: 2,
    when: { toTurn: 1 },
    chance: { base: 1 },
    source:
      'Fact: some 11,000 North Korean soldiers were sent to Russia’s Kursk region in late 2024 (South Korea’s National Intelligence Service, US Department of Defense); claim 8.',
  },
  // ── Random events ──────────────────────────────────────────────────────────────────────────
  {
    id: 'leak',
    actor: 'press',
    when: { unrevealedSecrets: true },
    chance: { base: 0.07, per: { secrecy: -0.005, usOpposition: 0.001 }, max: 0.5 },
    effect: { deltas: { usOpposition: 7, cabinetCohesion: -6, secrecy: -12, trust: -4 } },
    signal: { type: 'channel.exposed' },
    reveals: true,
    source: 'Claims 3 and 6: secret talks work only away from public scrutiny; opposition to engagement is entrenched.',
  },
  // Version 2: each channel leaks on its own, and only what travelled on it (claims 3, 8, 9, 10).
  {
    id: 'leakInterKorean',
    actor: 'press',
    since: 2,
    when: { unrevealedOn: 'interKorean' },
    chance: { base: 0.06, per: { secrecy: -0.004 }, max: 0.4 },
    effect: { deltas: { alliance: -4, usOpposition: 2, secrecy: -6 } },
    modifiers: [{ when: { government: ['conservative', 'interim'] }, effect: { deltas: { interKorean: -3 } } }],
    reveals: 'interKorean',
    source: 'Claims 9 and 10: Seoul’s own line to Pyongyang, exposed, strains the alliance when Washington was not told.',
  },
  {
    id: 'leakMoscow',
    actor: 'seoul',
    since: 2,
    when: { unrevealedOn: 'moscow' },
    chance: { base: 0.08, per: { secrecy: -0.003, russiaTies: 0.002 }, max: 0.4 },
    effect: { deltas: { usOpposition: 4, sanctions: 4, rokNukeSupport: 2, secrecy: -4 } },
    reveals: 'moscow',
    source:
      'Claims 6b and 8, and fact: South Korea’s intelligence service disclosed North Korean troop deployments to Russia in October 2024; Congress answers with pressure.',
  },
  {
    id: 'leakConsultation',
    actor: 'press',
    since: 2,
    when: { unrevealedOn: 'alliance' },
    chance: { base: 0.03, per: { secrecy: -0.002 }, max: 0.2 },
    effect: { deltas: { trust: -2, interKorean: -2, secrecy: -3 } },
    reveals: 'alliance',
    source: 'Claim 10: Seoul’s quiet consultations on a US–DPRK deal, once public, tell Pyongyang that Seoul is shaping the terms.',
  },
  {
    id: 'congressSanctionsPush',
    actor: 'congress',
    chance: { base: 0.05, per: { usOpposition: 0.003, russiaTies: 0.001 }, max: 0.3 },
    effect: { deltas: { sanctions: 7, usOpposition: 3, determination: -3, trust: -3 } },
    source: 'Claim 6: Congress presses for more pressure on Pyongyang because of its partnership with Russia.',
  },
  {
    id: 'hawksClash',
    actor: 'washington',
    when: { cabinet: ['loyal'] },
    chance: { base: 0.05, per: { cabinetCohesion: -0.007 }, max: 0.5 },
    effect: { deltas: { cabinetCohesion: -5, usOpposition: 3 } },
    signal: { type: 'cabinet.clash' },
    source: 'Claim 1: the hawks’ stance may produce clashes like Trump’s first-term conflict with John Bolton.',
  },
  {
    id: 'hawkResigns',
    actor: 'washington',
    when: { cabinet: ['clash'], minTrackTurns: { cabinet: 1 } },
    chance: { base: 0.1, per: { cabinetCohesion: -0.008 }, max: 0.6 },
    signal: { type: 'cabinet.hawkOut' },
    source: 'Claim 1 and fact: John Bolton left the White House in September 2019 after clashing with Trump.',
  },
  {
    id: 'cabinetCloseRanks',
    actor: 'washington',
    when: { cabinet: ['clash'], min: { cabinetCohesion: 55 } },
    chance: { base: 0.3 },
    signal: { type: 'cabinet.reconcile' },
    source: 'Claim 1: Trump’s inner circle is unusually loyal.',
  },
  {
    id: 'ukraineCeasefireTalks',
    actor: 'moscow',
    when: { ukraine: ['war'], fromTurn: 2 },
    chance: { base: 0.07, per: { determination: 0.002 } },
    signal: { type: 'ukraine.talks' },
    source: 'Claim 8: a settlement of the Ukraine war under Trump.',
  },
  {
    id: 'ukraineSettlement',
    actor: 'moscow',
    when: { ukraine: ['ceasefireTalks'], minTrackTurns: { ukraine: 1 } },
    chance: { base: 0.14 },
    signal: { type: 'ukraine.settle' },
    source: 'Claim 8: a settlement could make the North Korea–Russia partnership uncertain.',
  },
  {
    id: 'ukraineTalksStall',
    actor: 'moscow',
    when: { ukraine: ['ceasefireTalks'], minTrackTurns: { ukraine: 1 } },
    chance: { base: 0.09 },
    signal: { type: 'ukraine.collapse' },
    source: 'Claim 8: the settlement is only a possibility.',
  },
  {
    id: 'russiaArmsDeal',
    actor: 'moscow',
    when: { ukraine: ['war'] },
    chance: { base: 0.1, per: { russiaTies: 0.002 } },
    effect: { deltas: { russiaTies: 5, dprkCapability: 3, dprkConfidence: 3, usOpposition: 3, sanctions: -3 } },
    source: 'Claims 7 and 8: the partnership with Russia grew during the Ukraine war and bolstered Pyongyang.',
  },
  {
    id: 'kurskFront',
    actor: 'moscow',
    since: 2,
    when: { ukraine: ['war'] },
    chance: { base: 0.08 },
    effect: { deltas: { russiaTies: 3, dprkCapability: 2, dprkConfidence: 2, usOpposition: 2, rokNukeSupport: 1 } },
    source:
      'Fact: North Korean troops fought for Russia in the Kursk region from late 2024 (reported by South Korea’s intelligence service and by NATO; confirmed by Pyongyang and Moscow in April 2025); claim 8.',
  },
  {
    id: 'satelliteLaunch',
    actor: 'pyongyang',
    when: { negotiation: ['noContact', 'secretEnvoy', 'collapsed'] },
    chance: { base: 0.05, per: { dprkConfidence: 0.003, tension: 0.002 } },
    effect: { deltas: { dprkCapability: 3, tension: 7, trust: -4, rokNukeSupport: 2 } },
    source: 'Fact: North Korea put a reconnaissance satellite into orbit in November 2023; claim 7 on its growing capacity.',
  },
  {
    id: 'chinaPressure',
    actor: 'beijing',
    chance: { base: 0.06, per: { tension: 0.003 } },
    effect: { deltas: { dprkConfidence: -4, trust: 3, tension: -3 } },
    source: 'Claim 5: Washington’s deal-making is about strategic competition with China; Beijing wants calm on its border.',
  },
  {
    id: 'chinaEasesEnforcement',
    actor: 'beijing',
    chance: { base: 0.05, per: { sanctions: 0.003 } },
    effect: { deltas: { sanctions: -7, dprkConfidence: 3 } },
    source: 'Claim 5: the competition with China shapes how hard sanctions bite.',
  },
  {
    id: 'nuclearDebateSurge',
    actor: 'seoul',
    when: { min: { tension: 60 } },
    chance: { base: 0.1, per: { tension: 0.004 } },
    effect: { deltas: { rokNukeSupport: 5, alliance: -3 } },
    source: 'Claim 9: 71% of South Koreans support developing their own nuclear weapons.',
  },
  {
    id: 'costSharingTalks',
    actor: 'washington',
    when: { troopsMin: 1, negotiation: ['formal', 'summit', 'agreement', 'implementation'] },
    chance: { base: 0.1, per: { interKorean: 0.003 } },
    effect: { deltas: { costSharing: 8, alliance: -4 } },
    source: 'Claim 10: if arms control replaces denuclearization, the fight over cost-sharing may reopen.',
  },
  {
    id: 'insultsAndThreats',
    actor: 'washington',
    when: { max: { trust: 25 }, min: { tension: 55 } },
    chance: { base: 0.06, per: { tension: 0.003 } },
    effect: { deltas: { tension: 8, trust: -3, determination: -2 } },
    source: 'Claim 4: in 2017 Trump swung between insults and threats.',
  },
  {
    id: 'kimLetter',
    actor: 'pyongyang',
    when: { min: { trust: 40 } },
    chance: { base: 0.08, per: { trust: 0.002 } },
    effect: { deltas: { determination: 5, trust: 3 } },
    source: 'Claim 6 and fact: Trump’s confidence in his personal relationship with Kim; their 2018–2019 letters.',
  },
  {
    // Version 2: refusing the bill is a gamble, likelier to be punished the weaker the alliance.
    id: 'troopReview',
    actor: 'washington',
    since: 2,
    when: { recent: { move: 'rok.refuseToPay', within: 2 }, troopsMin: 10001 },
    chance: { base: 0.3, per: { alliance: -0.008 }, max: 0.6 },
    effect: { troops: -4000, deltas: { alliance: -6, rokNukeSupport: 4, tension: 2, costSharing: 4 } },
    source:
      'Claim 10 and fact: in 2019 Trump asked Seoul for about five times its share and questioned keeping the troops; in October 2024 he said South Korea would pay $10 billion a year.',
  },
  // ── Version 5: Seoul's line meets its partners' (claims 9 and 10) ───────────────────────────
  // Seoul's public line is read against what its ally and its neighbour are doing: engagement
  // while Washington tightens sanctions breaks ranks (the alliance and Seoul's bill pay), the
  // hard line beside it is a joint front;
  // the hard line answering Pyongyang's overture snubs it, engagement answering it thaws
  // relations. So Seoul's right line depends on the other seats (issue 9).
  {
    id: 'breakRanks',
    actor: 'washington',
    since: 5,
    scheduled: true,
    when: { recent: { move: 'us.tightenSanctions', within: 2 }, alsoRecent: { moves: SEOUL_ENGAGES, within: 1 } },
    chance: { base: 1 },
    effect: { deltas: { alliance: -12, costSharing: 8 } },
    source:
      'Claims 9 and 10: a Seoul that favours engagement meets a Washington that may use inter-Korean relations as leverage to demand more money; the alliance cools and the bill rises. Fact: in November 2018 the allies set up a working group to hold Seoul’s projects with Pyongyang to the sanctions.',
  },
  {
    id: 'jointFront',
    actor: 'washington',
    since: 5,
    scheduled: true,
    when: { recent: { move: 'us.tightenSanctions', within: 2 }, alsoRecent: { moves: ['rok.holdHardLine'], within: 1 } },
    chance: { base: 1 },
    effect: { deltas: { alliance: 8 } },
    source:
      'Claim 10 and the brief’s objectives: Seoul’s security rests on the alliance; standing with Washington’s pressure binds it closer.',
  },
  {
    id: 'overtureSnubbed',
    actor: 'pyongyang',
    since: 5,
    scheduled: true,
    when: { recent: { move: 'dprk.reachOutToSeoul', within: 2 }, alsoRecent: { moves: ['rok.holdHardLine'], within: 1 } },
    chance: { base: 1 },
    effect: { deltas: { interKorean: -16, tension: 3 } },
    source:
      'Claim 9: under Yoon’s hard line inter-Korean relations froze into a diplomatic standstill; an overture answered with the hard line is one lost.',
  },
  {
    id: 'thaw',
    actor: 'pyongyang',
    since: 5,
    scheduled: true,
    when: { recent: { move: 'dprk.reachOutToSeoul', within: 2 }, alsoRecent: { moves: SEOUL_ENGAGES, within: 1 } },
    chance: { base: 1 },
    effect: { deltas: { interKorean: 12, tension: -2 } },
    source:
      'Claim 9 (engagement under Moon Jae-in). Fact: Kim Jong Un’s New Year overture of 2018 was taken up by Seoul: North Korean athletes came to the PyeongChang Olympics, and three inter-Korean summits followed that year.',
  },
  // ── Version 6: Washington's answers (claims 1, 6 and 10) ──────────────────────────────────
  // Washington's public moves are read against Pyongyang's: a pause in the exercises answering
  // an overture to Seoul calms the peninsula with Seoul's blessing, the same pause after a test
  // reads as a reward; bombers after a test reassure the ally and Congress, bombers answering an
  // overture chill it. So Washington's right move, too, depends on the other seats (issue 9).
  {
    id: 'exercisesPaused',
    actor: 'washington',
    since: 6,
    scheduled: true,
    when: { recent: { move: 'dprk.reachOutToSeoul', within: 2 }, alsoRecent: { moves: ['us.suspendExercises'], within: 1 } },
    chance: { base: 1 },
    effect: { deltas: { alliance: 8, tension: -4, trust: 3 } },
    source:
      'Claim 10. Fact: after Kim Jong Un’s New Year overture to Seoul in January 2018, Trump and Moon Jae-in agreed, at Moon’s suggestion, to put off the joint exercises until after the PyeongChang Olympics.',
  },
  {
    id: 'testRewarded',
    actor: 'washington',
    since: 6,
    scheduled: true,
    when: { recent: { move: 'dprk.testMissile', within: 2 }, alsoRecent: { moves: ['us.suspendExercises'], within: 1 } },
    chance: { base: 1 },
    effect: { deltas: { usOpposition: 8, cabinetCohesion: -8, dprkConfidence: 4 } },
    source:
      'Claims 1 and 6b: the hawks’ restrictive line and a Congress that pushes for pressure read a concession right after a test as its reward. Fact: in 2017 Washington turned down the “freeze for freeze” that China and Russia proposed (the exercises suspended for a halt to the tests).',
  },
  {
    id: 'showOfForce',
    actor: 'washington',
    since: 6,
    scheduled: true,
    when: { recent: { move: 'dprk.testMissile', within: 2 }, alsoRecent: { moves: ['us.deployStrategicAssets'], within: 1 } },
    chance: { base: 1 },
    effect: { deltas: { alliance: 6, usOpposition: -6, dprkConfidence: -2 } },
    source:
      'Claim 6b: strategic assets on the peninsula, deterrence in step with Seoul. Fact: after North Korea’s two ICBM tests of July 2017, US B-1B bombers flew over the peninsula with South Korean fighters.',
  },
  {
    id: 'overtureChilled',
    actor: 'washington',
    since: 6,
    scheduled: true,
    when: { recent: { move: 'dprk.reachOutToSeoul', within: 2 }, alsoRecent: { moves: ['us.deployStrategicAssets'], within: 1 } },
    chance: { base: 1 },
    effect: { deltas: { tension: 6, interKorean: -6, trust: -3 } },
    source:
      'Claims 9 and 10: engagement between the Koreas needs calm on the peninsula; bombers answering Pyongyang’s overture to Seoul tell it the allies’ pressure comes first.',
  },
];

export const EVENTS_BY_ID: Readonly<Record<string, EventDef>> = Object.fromEntries(EVENTS.map((e) => [e.id, e]));

/** Whether a news item (`event.<id>`) reports a leak of secret moves, on any channel. */
export function isLeakNews(newsId: string): boolean {
  return newsId.startsWith('event.') && EVENTS_BY_ID[newsId.slice('event.'.length)]?.reveals !== undefined;
}
