/**
 * The article's causal claims, tested the way the model can be wrong about them: each claim is a
 * comparison of two arms of 500 seeded bot games (default bots, dealmaker in every seat, unless
 * said), differing only in the cause. Arms use disjoint seed ranges, so the two samples are
 * independent as the tests assume. A claim holds if the statistic clears 3 (about p < 0.0013
 * one-sided): a model that merely drifts with noise will not pass by chance, and a model that
 * reverses the claim fails loudly. Each test prints its effect size. The claims that need an
 * intervention during play (recognition, a leak) are in claims.interventions.test.ts, so that the
 * two files run on two cores.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate';
import { DEFAULT_SEATS } from '../../src/model/state';
import type { Overrides } from '../../src/model/overrides';
import type { GameState, IndicatorId } from '../../src/model/types';
import { twoProportionZ, welchT } from '../helpers/stats';

const GAMES = 500;
const ARM_A = 10_000;
const ARM_B = 20_000;
const DEALS = new Set(['roadmap', 'freeze', 'recognition']);

/** The final states of GAMES bot games from `seed` on, with the given what-if start. */
function arm(seed: number, overrides: Overrides): GameState[] {
  const finals: GameState[] = [];
  simulate({ games: GAMES, seed, seats: DEFAULT_SEATS, overrides, onGame: ({ state }) => finals.push(state) });
  return finals;
}

const finalOf = (games: GameState[], id: IndicatorId) => games.map((s) => s.indicators[id]);
const f1 = (x: number) => x.toFixed(1);
/** Each game's indicator averaged over the months it lasted. */
const meanOverGame = (games: GameState[], id: IndicatorId) =>
  games.map((s) => s.history.reduce((sum, h) => sum + h.indicators[id], 0) / Math.max(1, s.history.length));

describe('causal claims of the article: what-if starts', () => {
  it('claim 6a: a more determined President reaches more deals (roadmap, freeze or recognition)', () => {
    const high = arm(ARM_A, { determination: 80 }).filter((s) => DEALS.has(s.ending!)).length;
    const low = arm(ARM_B, { determination: 35 }).filter((s) => DEALS.has(s.ending!)).length;
    const r = twoProportionZ(high, GAMES, low, GAMES);
    console.info(`determination 80 vs 35: deals ${high}/${GAMES} vs ${low}/${GAMES} (${f1(100 * r.diff)} points), z = ${r.z.toFixed(2)}`);
    expect(r.z).toBeGreaterThan(3);
  });

  it('claim 9: a liberal government in Seoul ends with better inter-Korean relations', () => {
    const r = welchT(
      finalOf(arm(ARM_A, { seoulGovernment: 'liberal' }), 'interKorean'),
      finalOf(arm(ARM_B, { seoulGovernment: 'conservative' }), 'interKorean'),
    );
    console.info(
      `liberal vs conservative Seoul: final interKorean ${f1(r.meanA)} vs ${f1(r.meanB)} (${f1(r.diff)}), Welch t = ${r.t.toFixed(2)}`,
    );
    expect(r.t).toBeGreaterThan(3);
  });

  // The default US bot suspends the exercises within the first months of almost every game, so by
  // the end both arms have the same status and the final alliance washes out (t ≈ 0). The claim is
  // about the alliance while the exercises are suspended, so it is measured over the months played.
  it('claim 10: suspended joint exercises weaken the alliance over the game', () => {
    const r = welchT(
      meanOverGame(arm(ARM_A, { exercises: 'held' }), 'alliance'),
      meanOverGame(arm(ARM_B, { exercises: 'suspended' }), 'alliance'),
    );
    console.info(
      `exercises held vs suspended: mean alliance over the game ${f1(r.meanA)} vs ${f1(r.meanB)} (${f1(r.diff)}), Welch t = ${r.t.toFixed(2)}`,
    );
    expect(r.t).toBeGreaterThan(3);
  });

  it('claim 8: a Ukraine settlement ends with weaker North Korea–Russia ties', () => {
    const r = welchT(finalOf(arm(ARM_A, { ukraine: 'war' }), 'russiaTies'), finalOf(arm(ARM_B, { ukraine: 'settled' }), 'russiaTies'));
    console.info(`Ukraine war vs settled: final russiaTies ${f1(r.meanA)} vs ${f1(r.meanB)} (${f1(r.diff)}), Welch t = ${r.t.toFixed(2)}`);
    expect(r.t).toBeGreaterThan(3);
  });
});
