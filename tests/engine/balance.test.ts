/**
 * Balance with the default bots (dealmaker in every seat) over 2,000 seeds: the game must not
 * collapse into one story. At least five of the seven endings occur, none takes more than 60% of
 * the games, and games last between 12 and 24 months on average.
 */
import { describe, expect, it } from 'vitest';
import { simulate, type SimSummary } from '../../src/engine/simulate';
import { DEFAULT_SEATS } from '../../src/model/state';
import { ENDING_IDS } from '../../src/model/types';

const GAMES = 2000;
let summary: SimSummary | undefined;
const run = (): SimSummary => (summary ??= simulate({ games: GAMES, seed: 1, seats: DEFAULT_SEATS }));

describe(`balance over ${GAMES} default bot games`, () => {
  it('at least five of the seven endings occur, and none takes more than 60%', () => {
    const s = run();
    const shares = ENDING_IDS.map((e) => `${e} ${((100 * s.endings[e]) / GAMES).toFixed(1)}%`).join(', ');
    console.info(`endings: ${shares}`);
    expect(ENDING_IDS.reduce((a, e) => a + s.endings[e], 0)).toBe(GAMES);
    expect(ENDING_IDS.filter((e) => s.endings[e] > 0).length, shares).toBeGreaterThanOrEqual(5);
    for (const e of ENDING_IDS) expect(s.endings[e] / GAMES, `${e}: ${shares}`).toBeLessThanOrEqual(0.6);
  });

  it('a game lasts 12 to 24 months on average', () => {
    const s = run();
    console.info(`mean length ${s.meanTurns} months`);
    expect(s.meanTurns).toBeGreaterThanOrEqual(12);
    expect(s.meanTurns).toBeLessThanOrEqual(24);
  });
});
