/**
 * What entering each stage of each track does, and what each kind of deal does when it is signed.
 * The statechart decides *whether* a stage is entered; these tables say *what* that changes.
 */
import type { Effect, StageDef } from '../rules';
import type { DealKind } from '../types';

export const STAGES: readonly StageDef[] = [
  {
    track: 'negotiation',
    stage: 'noContact',
    effect: { deltas: { trust: -6, tension: 4 }, usPosition: 'none', dprkPosition: 'none' },
    source: 'Claim 4: every earlier agreement between the two collapsed.',
  },
  {
    track: 'negotiation',
    stage: 'secretEnvoy',
    effect: { deltas: { trust: 3 } },
    source: 'Claim 2: a secret envoy to Pyongyang laid the groundwork for productive talks.',
  },
  {
    track: 'negotiation',
    stage: 'exploratory',
    effect: { deltas: { trust: 3, determination: 3, tension: -3 } },
    source: 'Claim 3: secret talks let officials test the other side’s readiness.',
  },
  {
    track: 'negotiation',
    stage: 'formal',
    effect: { deltas: { trust: 2, usOpposition: 6, cabinetCohesion: -5, tension: -3 } },
    source: 'Claims 1 and 6: formal talks bring the hawks and Congress in.',
  },
  {
    track: 'negotiation',
    stage: 'summit',
    effect: { deltas: { determination: 5, tension: -6 } },
    source: 'Claim 2: the 2018 and 2019 Kim–Trump summits.',
  },
  { track: 'negotiation', stage: 'agreement', source: 'Claim 5 and claim 11: what the deal says decides who gains.' },
  {
    track: 'negotiation',
    stage: 'implementation',
    effect: { deltas: { trust: 3 } },
    source: 'Claim 4: earlier agreements collapsed during implementation.',
  },
  {
    track: 'negotiation',
    stage: 'collapsed',
    effect: { deltas: { trust: -15, tension: 12, determination: -8 } },
    source: 'Claim 4: the 2019 Hanoi summit ended in a walk-out.',
  },

  {
    track: 'seoul',
    stage: 'yoon',
    effect: { deltas: { interKorean: -4, tension: 3 } },
    source: 'Claim 9: the Court could dismiss the impeachment and reinstate Yoon.',
  },
  { track: 'seoul', stage: 'trial', source: 'Claim 9: the Constitutional Court’s impeachment trial.' },
  { track: 'seoul', stage: 'snapElection', source: 'Claim 9: an election must follow within 60 days.' },
  {
    track: 'seoul',
    stage: 'newGovernment',
    modifiers: [
      { when: { government: ['liberal'] }, effect: { deltas: { interKorean: 8, alliance: -2, rokNukeSupport: -3 } } },
      { when: { government: ['conservative'] }, effect: { deltas: { interKorean: -3, alliance: 3 } } },
    ],
    source: 'Claim 9: a Democratic Party president would favour engagement with the North.',
  },

  {
    track: 'ukraine',
    stage: 'war',
    effect: { deltas: { russiaTies: 4 } },
    source: 'Claim 8: the partnership grew during the Ukraine war.',
  },
  {
    track: 'ukraine',
    stage: 'ceasefireTalks',
    effect: { deltas: { russiaTies: -3, dprkConfidence: -2 } },
    source: 'Claim 8: talks on ending the war.',
  },
  {
    track: 'ukraine',
    stage: 'settled',
    effect: { deltas: { russiaTies: -10, dprkConfidence: -6, trust: 3 } },
    source: 'Claim 8: a settlement makes the partnership uncertain, and détente with the US wise for Kim.',
  },

  { track: 'cabinet', stage: 'loyal', effect: { deltas: { cabinetCohesion: 5 } }, source: 'Claim 1: an unusually loyal inner circle.' },
  {
    track: 'cabinet',
    stage: 'clash',
    effect: { deltas: { cabinetCohesion: -8, usOpposition: 3 } },
    source: 'Claim 1: the hawks clash with the President, as Bolton did.',
  },
  {
    track: 'cabinet',
    stage: 'hawkOut',
    effect: { deltas: { cabinetCohesion: 18, usOpposition: 6, determination: 5 } },
    source: 'Claim 1 and fact: Bolton’s departure in September 2019.',
  },
];

export const STAGES_BY_KEY: Readonly<Record<string, StageDef>> = Object.fromEntries(STAGES.map((s) => [`${s.track}.${s.stage}`, s]));

/** What signing each kind of deal does. */
export const DEALS: Readonly<Record<DealKind, { effect: Effect; source: string }>> = {
  roadmap: {
    effect: { deltas: { sanctions: -10, dprkCapability: -6, trust: 10, tension: -15, rokNukeSupport: -8, dprkConfidence: -5 } },
    source: 'Claims 2 and 4: a denuclearization roadmap, the goal every earlier agreement failed to reach.',
  },
  freeze: {
    effect: { deltas: { sanctions: -20, trust: 8, tension: -10, alliance: -4, costSharing: 5, rokNukeSupport: 2 } },
    source: 'Claim 5: a freeze of the programme in return for sanctions relief.',
  },
  recognition: {
    effect: { deltas: { sanctions: -25, trust: 15, tension: -8, alliance: -15, rokNukeSupport: 15, usOpposition: 10 } },
    source: 'Claim 11: formal recognition of North Korea as a nuclear state, a deep security dilemma for Seoul.',
  },
};
