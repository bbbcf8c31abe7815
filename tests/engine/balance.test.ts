/**
 * Balance with the default bots (dealmaker in every seat) over 2,000 seeds: the game must not
 * collapse into one story. At least five of the seven endings occur, none takes more than 60% of
 * the games, and games last between 12 and 24 months on average — with some games ending early and
 * some reaching the deadline, so neither degenerate case (everyone runs out the clock, or every
 * game is decided at once) passes. Every assertion here can fail.
 */
import { describe, expect, it } from 'vitest';
import { simulate, type SimSummary } from '../../src/engine/simulate';
import { DEFAULT_MAX_TURNS } from '../../src/model/data/scenario';
import { DEFAULT_SEATS } from '../../src/model/state';
import { ENDING_IDS } from '../../src/model/types';

const GAMES = 2000;
let played: { summary: SimSummary; lengths: number[] } | undefined;
const run = () => {
  if (played) return played;
  const lengths: number[] = [];
  const summary = simulate({
    games: GAMES,
    seed: 1,
    seats: DEFAULT_SEATS,
    onGame: ({ state }) => lengths.push(state.endedOn ?? state.turn),
  });
  return (played = { summary, lengths });
};

describe(`balance over ${GAMES} default bot games`, () => {
  it('at least five of the seven endings occur, and none takes more than 60%', () => {
    const s = run().summary;
    const shares = ENDING_IDS.map((e) => `${e} ${((100 * s.endings[e]) / GAMES).toFixed(1)}%`).join(', ');
    console.info(`endings: ${shares}`);
    expect(ENDING_IDS.filter((e) => s.endings[e] > 0).length, shares).toBeGreaterThanOrEqual(5);
    for (const e of ENDING_IDS) expect(s.endings[e] / GAMES, `${e}: ${shares}`).toBeLessThanOrEqual(0.6);
  });

  it(`a game lasts 12 to 23 months on average (${DEFAULT_MAX_TURNS} is the deadline every unfinished game reaches)`, () => {
    const { summary } = run();
    console.info(`mean length ${summary.meanTurns} months`);
    expect(summary.meanTurns).toBeGreaterThanOrEqual(12);
    expect(summary.meanTurns).toBeLessThanOrEqual(DEFAULT_MAX_TURNS - 1);
  });

  it('some games end before the deadline and some reach it', () => {
    const { lengths } = run();
    const early = lengths.filter((l) => l < DEFAULT_MAX_TURNS).length;
    console.info(`${early} of ${GAMES} games end before month ${DEFAULT_MAX_TURNS}`);
    expect(lengths).toHaveLength(GAMES);
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThan(GAMES);
  });
});
