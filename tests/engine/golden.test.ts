/**
 * Golden seeded games. These numbers were computed once, by running the default bots (dealmaker
 * in every seat) on these seeds (version 1 at commit c7d1edd, version 2 on branch `rules`, version 3 on branch `table-core`, version 4, version 5 and version 6 when each became the default), and are pinned here on purpose: they guard
 * against *accidental* rule changes. Any change to a move, an event, a drift, a threshold, the
 * generator or a bot's scoring will almost surely change at least one of them.
 *
 * If this test fails after a change you meant to make (rebalancing, a new event), check that the
 * new outcomes make sense, then update the table from
 *   npm run sim -- --games 1 --seed SEED --json    (endings, meanTurns)
 * and say so in the commit. If it fails after a change that should not affect play (a refactor,
 * a new UI field), the change is not as neutral as it looks.
 */
import { describe, expect, it } from 'vitest';
import { playBotGame } from '../../src/engine/runner';
import { replaySave } from '../../src/engine/replay';
import { createGame } from '../../src/engine/runner';
import type { EndingId } from '../../src/model/types';

type Golden = { version: number; seed: number; ending: EndingId; months: number };

/** Scenario version 1, pinned at commit c7d1edd and kept: version-1 games must not change. */
const GOLDEN_V1: Golden[] = [
  { version: 1, seed: 2, ending: 'recognition', months: 14 },
  { version: 1, seed: 7, ending: 'freeze', months: 13 },
  { version: 1, seed: 13, ending: 'collapse', months: 8 },
];

/** Scenario version 2, pinned when version 2 was introduced (branch `rules`, issue 9). */
const GOLDEN_V2: Golden[] = [
  { version: 2, seed: 1, ending: 'freeze', months: 13 },
  { version: 2, seed: 2, ending: 'statusQuo', months: 24 },
  { version: 2, seed: 4, ending: 'collapse', months: 20 },
];

/**
 * Scenario version 3 (the negotiation table), re-pinned with the bargaining bots (src/bots/bargain.ts)
 * that replaced the first default table policy. Version 3 is still being balanced: re-pin when the
 * bots or a rule change moves them, and say so in the commit.
 */
const GOLDEN_V3: Golden[] = [
  { version: 3, seed: 1, ending: 'statusQuo', months: 24 },
  { version: 3, seed: 6, ending: 'recognition', months: 20 },
  { version: 3, seed: 32, ending: 'freeze', months: 22 },
];

/** Scenario version 4 (the table retuned), pinned when it became the default (issue 9). */
const GOLDEN_V4: Golden[] = [
  { version: 4, seed: 1, ending: 'statusQuo', months: 24 },
  { version: 4, seed: 2, ending: 'recognition', months: 15 },
  { version: 4, seed: 3, ending: 'freeze', months: 21 },
];

/** Scenario version 5 (Seoul's line read against its partners'), pinned when it became the default (issue 9). */
const GOLDEN_V5: Golden[] = [
  { version: 5, seed: 3, ending: 'freeze', months: 21 },
  { version: 5, seed: 4, ending: 'statusQuo', months: 24 },
  { version: 5, seed: 5, ending: 'recognition', months: 14 },
];

/**
 * Scenario version 6 (Washington's line read against Pyongyang's too, the default), pinned when it
 * became the default (issue 9); seeds whose games meet version 6's news, in three endings.
 */
const GOLDEN_V6: Golden[] = [
  { version: 6, seed: 9, ending: 'freeze', months: 15 },
  { version: 6, seed: 10, ending: 'recognition', months: 15 },
  { version: 6, seed: 11, ending: 'collapse', months: 22 },
];

const GOLDEN = [...GOLDEN_V1, ...GOLDEN_V2, ...GOLDEN_V3, ...GOLDEN_V4, ...GOLDEN_V5, ...GOLDEN_V6];

describe('golden seeded games', () => {
  it.each(GOLDEN)('v$version seed $seed ends in $ending after $months months', ({ version, seed, ending, months }) => {
    const { state, actions } = playBotGame({ seed, scenarioVersion: version });
    expect(state.scenario.version).toBe(version);
    expect(state.ending).toBe(ending);
    expect(state.endedOn).toBe(months);
    expect(state.history).toHaveLength(months);
    // Bots in every seat move every month.
    expect(actions).toHaveLength(3 * months);
  });

  it.each(GOLDEN)('v$version seed $seed is the same game every time, and its save replays to it', ({ version, seed }) => {
    const a = createGame({ seed, scenarioVersion: version }, { checkpoints: true });
    a.runBots();
    expect(a.save().scenario.version).toBe(version);
    const b = createGame({ seed, scenarioVersion: version });
    b.runBots();
    expect(b.hash()).toBe(a.hash());
    const r = replaySave(a.save(), { verify: true });
    expect(r.ok && r.hash).toBe(a.hash());
    a.stop();
    b.stop();
  });
});
