/**
 * The article's causal claims as ready lab experiments, one per claim the model must carry
 * (GAME-BRIEF.md; docs/model.md says which mechanic carries which). Each is a lab spec in plain
 * JSON (`parseLabSpec` checks it against the current rules), with the claim in the article's
 * words, its source, and which way the article says the measure moves from the first arm to the
 * second. The claims tests (tests/engine/claims*.test.ts) test the same comparisons on their own
 * seeds; the lab lets a class run them.
 */

export interface LabPreset {
  id: string;
  /** The claim's number in GAME-BRIEF.md. */
  claim: string;
  /** The claim, in English (the lab shows its translation, and its arms' labels', from LAB_PRESET_TEXTS in src/i18n/ui/lab.ts). */
  text: string;
  source: string;
  /** Which way the article says the measure moves from the first arm to the second. */
  expect: 'up' | 'down';
  spec: Record<string, unknown>;
}

const ARTICLE = 'Hanjin Park and Jiachen Shi, "Will Trump Reopen Back-Channel Diplomacy with North Korea?", The Diplomat, December 2024';
const DEALS = ['roadmap', 'freeze', 'recognition'];

export const LAB_PRESETS: readonly LabPreset[] = [
  {
    id: 'determination',
    claim: '6a',
    text: "A backchannel needs the President's strong determination: a determined President reaches more deals.",
    source: `${ARTICLE}; GAME-BRIEF claim 6a`,
    expect: 'up',
    spec: {
      games: 1000,
      measure: { kind: 'share', endings: DEALS },
      arms: [
        { label: 'Determination 35', set: { determination: 35 } },
        { label: 'Determination 80', set: { determination: 80 } },
      ],
    },
  },
  {
    id: 'liberalSeoul',
    claim: '9',
    text: 'A Democratic Party government in Seoul would favour engagement, as Kim Dae-jung, Roh Moo-hyun and Moon Jae-in did: inter-Korean relations improve.',
    source: `${ARTICLE}; GAME-BRIEF claim 9`,
    expect: 'up',
    spec: {
      games: 1000,
      measure: { kind: 'indicator', indicator: 'interKorean', over: 'final' },
      arms: [
        { label: 'Conservative Seoul', set: { seoulGovernment: 'conservative' } },
        { label: 'Liberal Seoul', set: { seoulGovernment: 'liberal' } },
      ],
    },
  },
  {
    id: 'exercises',
    claim: '10',
    text: 'Trump called the joint exercises "war games" and might cancel them, leaving Seoul vulnerable: suspended exercises weaken the alliance.',
    source: `${ARTICLE}; GAME-BRIEF claim 10`,
    expect: 'down',
    spec: {
      games: 1000,
      // The default Washington suspends the exercises early in most games, so the final alliance
      // washes out; the claim is about the months while they are suspended (see claims.test.ts).
      measure: { kind: 'indicator', indicator: 'alliance', over: 'game' },
      arms: [
        { label: 'Exercises held', set: { exercises: 'held' } },
        { label: 'Exercises suspended', set: { exercises: 'suspended' } },
      ],
    },
  },
  {
    id: 'ukraine',
    claim: '8',
    text: 'A settlement of the Ukraine war under Trump could make the North Korea–Russia partnership uncertain: Russia ties weaken.',
    source: `${ARTICLE}; GAME-BRIEF claim 8`,
    expect: 'down',
    spec: {
      games: 1000,
      measure: { kind: 'indicator', indicator: 'russiaTies', over: 'final' },
      arms: [
        { label: 'Ukraine at war', set: { ukraine: 'war' } },
        { label: 'Ukraine settled', set: { ukraine: 'settled' } },
      ],
    },
  },
  {
    id: 'recognition',
    claim: '11',
    text: "Formal US recognition of North Korea as a nuclear state is Seoul's worst case: support for Seoul's own nuclear weapons rises.",
    source: `${ARTICLE}; GAME-BRIEF claims 9 and 11`,
    expect: 'up',
    spec: {
      games: 1000,
      // Recognition is a card in the classic rules (version 2); at the table (version 3 on) it is a
      // term of an offer, which an arm cannot forbid or prefer yet.
      scenarioVersion: 2,
      measure: { kind: 'indicator', indicator: 'rokNukeSupport', over: 'final' },
      arms: [
        { label: 'Never recognized', forbid: ['us.recognizeNuclearStatus'] },
        { label: 'Recognized when possible', prefer: ['us.recognizeNuclearStatus'] },
      ],
    },
  },
  {
    id: 'leak',
    claim: '3',
    text: 'Secret talks let officials test readiness without public scrutiny; a leaked channel makes formal talks and a deal harder to reach.',
    source: `${ARTICLE}; GAME-BRIEF claims 3 and 6b`,
    expect: 'down',
    spec: {
      games: 1000,
      measure: { kind: 'share', endings: DEALS, reached: ['negotiation.formal'] },
      arms: [
        { label: 'Channel stays secret' },
        { label: 'Channel leaks early', inject: { event: 'leak', when: ['negotiation.secretEnvoy', 'negotiation.exploratory'] } },
      ],
    },
  },
];
