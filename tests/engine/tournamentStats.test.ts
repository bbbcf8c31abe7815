/** The tournament's statistics on cases worked out by hand, and its equilibrium finder on games whose equilibria are known. */
import { describe, expect, it } from 'vitest';
import {
  argMax,
  pairedAverage,
  pairedLead,
  profileAt,
  profileCount,
  profileWeights,
  purePayoffs,
  regrets,
  replicatorEquilibrium,
  sharesOf,
  summarize,
  Z95,
  type NormalFormGame,
} from '../../src/engine/tournamentStats';

/** A game from a payoff function of the pure profile. */
function game(sizes: number[], pay: (p: number[]) => number[]): NormalFormGame {
  return { sizes, payoff: Array.from({ length: profileCount(sizes) }, (_, i) => pay(profileAt(sizes, i))) };
}

describe('means and intervals', () => {
  it('summarizes a sample with its n − 1 variance', () => {
    // Mean 5; squared deviations 9+1+1+1+0+0+4+16 = 32; 32 / 7.
    const s = summarize([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(s.n).toBe(8);
    expect(s.mean).toBe(5);
    expect(s.variance).toBeCloseTo(32 / 7, 12);
    expect(summarize([42])).toEqual({ n: 1, mean: 42, variance: 0 });
    expect(() => summarize([])).toThrow(/empty/);
  });

  it('averages means with each profile counted once, seed by seed, with the interval of that average', () => {
    // Profile A played seeds 0–3: 6, 8, 12, 14 (mean 10); profile B seeds 0–1: 19, 21 (mean 20). Average 15.
    // Per seed, zᵢ = Σ x/(K·n): z₀ = 6/8 + 19/4 = 5.5, z₁ = 1 + 5.25 = 6.25, z₂ = 1.5, z₃ = 1.75.
    // Seeds 0–1 (both profiles): variance of 5.5, 6.25 = 0.28125, times 2; seeds 2–3 (A only):
    // variance of 1.5, 1.75 = 0.03125, times 2. Total 0.625; half-width 1.96 × 0.7906 = 1.5495.
    const e = pairedAverage([
      [6, 8, 12, 14],
      [19, 21],
    ]);
    expect(e.mean).toBe(15);
    expect(e.games).toBe(6);
    expect(e.half).toBeCloseTo(1.5495, 4);
    expect(e.half).toBeCloseTo(Z95 * Math.sqrt(0.625), 12);
  });

  it('is the usual interval of a mean for one profile', () => {
    const xs = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(pairedAverage([xs])).toEqual({ mean: 5, half: Z95 * Math.sqrt(32 / 7 / 8), games: 8 });
    expect(pairedAverage([[3, 3, 3]]).half).toBe(0);
    expect(() => pairedAverage([])).toThrow();
    expect(() => pairedAverage([[1], []])).toThrow();
  });

  it('takes a lead game by game on the seeds both played, so the chance they share cancels', () => {
    // Seed by seed the two differ by 2, 3 and 4 (the third score of "theirs" was never played, so
    // 14 − 10 is left out of the second pair): mean 3, variance 1, over 3 games: 1.96 × √(1/3).
    const lead = pairedLead([
      [
        [10, 12, 14],
        [8, 9, 10],
      ],
    ]);
    expect(lead.mean).toBe(3);
    expect(lead.games).toBe(3);
    expect(lead.half).toBeCloseTo(Z95 * Math.sqrt(1 / 3), 12);
    expect(
      pairedLead([
        [
          [10, 12, 14, 99],
          [8, 9, 10],
        ],
      ]),
    ).toEqual(lead);
    // Wide swings that both sides share (the same seeds) leave the lead exact: the means apart would not.
    const shared = [20, 80, 35, 65];
    const exact = pairedLead([[shared.map((x) => x + 5), shared]]);
    expect(exact).toEqual({ mean: 5, half: 0, games: 4 });
    expect(pairedAverage([shared]).half).toBeGreaterThan(20);
  });

  it('counts profiles that move together on the same seeds as one, not as independent evidence', () => {
    // B is A + 10 on every seed: averaging them narrows nothing (independent samples would give √2 less).
    const a = [40, 55, 47, 61, 52];
    const alone = pairedAverage([a]);
    const both = pairedAverage([a, a.map((x) => x + 10)]);
    expect(both.mean).toBeCloseTo(alone.mean + 5, 12);
    expect(both.half).toBeCloseTo(alone.half, 12);
    // Opposite on every seed: the average is the same on every seed and certain.
    expect(pairedAverage([a, a.map((x) => 100 - x)]).half).toBeCloseTo(0, 12);
  });
});

describe('best responses and shares', () => {
  it('argMax takes the first of equal values', () => {
    expect(argMax([1, 5, 3, 5])).toBe(1);
    expect(argMax([-2])).toBe(0);
    expect(() => argMax([])).toThrow();
  });

  it('sharesOf sorts by share, then by name', () => {
    expect(sharesOf({ b: 1, a: 1, c: 2 })).toEqual([
      { id: 'c', share: 0.5 },
      { id: 'a', share: 0.25 },
      { id: 'b', share: 0.25 },
    ]);
    expect(sharesOf({ x: 0 })).toEqual([{ id: 'x', share: 0 }]);
  });
});

describe('normal-form games', () => {
  it('numbers profiles in row-major order, the first seat slowest', () => {
    expect(profileCount([2, 3, 2])).toBe(12);
    expect(profileAt([2, 3, 2], 0)).toEqual([0, 0, 0]);
    expect(profileAt([2, 3, 2], 1)).toEqual([0, 0, 1]);
    expect(profileAt([2, 3, 2], 2)).toEqual([0, 1, 0]);
    expect(profileAt([2, 3, 2], 11)).toEqual([1, 2, 1]);
  });

  it("pays each pure strategy its expectation over the others' mixes", () => {
    // Seat 0's payoff is 10·(own) + 3·(seat 1) + (seat 2); against seat 1 at (¼, ¾) and seat 2 at (½, ½):
    // strategy 0 gets 3·¾ + ½ = 2.75, strategy 1 gets 12.75.
    const g = game([2, 2, 2], ([a, b, c]) => [10 * a! + 3 * b! + c!, 0, 0]);
    const u = purePayoffs(g, [
      [0.5, 0.5],
      [0.25, 0.75],
      [0.5, 0.5],
    ]);
    expect(u[0]![0]).toBeCloseTo(2.75, 12);
    expect(u[0]![1]).toBeCloseTo(12.75, 12);
    // At (½, ½) seat 0 expects 7.75: switching to strategy 1 gains 5.
    expect(
      regrets(g, [
        [0.5, 0.5],
        [0.25, 0.75],
        [0.5, 0.5],
      ])[0],
    ).toBeCloseTo(5, 12);
  });

  it('weights profiles by the product of the mixes', () => {
    const w = profileWeights([2, 2, 1], [[0.2, 0.8], [0.5, 0.5], [1]]);
    expect(w).toHaveLength(4);
    expect(w[0]).toBeCloseTo(0.1, 12);
    expect(w[3]).toBeCloseTo(0.4, 12);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('rejects a payoff table that does not fit the sizes', () => {
    expect(() => replicatorEquilibrium({ sizes: [2, 2], payoff: [[1, 1]] })).toThrow(/expected 4 profiles/);
  });
});

describe('replicator equilibrium', () => {
  it('finds dominant strategies', () => {
    // Seat 0: strategy 2 adds 3 points whatever the others do; seat 1: strategy 0 adds 1; seat 2: strategy 1 adds 10.
    const g = game([3, 3, 3], ([a, b, c]) => [50 + (a === 2 ? 3 : 0) + b!, 40 + (b === 0 ? 1 : 0) - 5 * c!, 30 + (c === 1 ? 10 : 0) + a!]);
    const e = replicatorEquilibrium(g);
    expect(e.mix[0]![2]).toBeGreaterThan(0.99);
    expect(e.mix[1]![0]).toBeGreaterThan(0.99);
    expect(e.mix[2]![1]).toBeGreaterThan(0.99);
    for (const r of e.regret) expect(r).toBeLessThan(0.05);
    expect(e.value[2]).toBeCloseTo(42, 1);
  });

  it('finds the mixed point of a matching-pennies game beside an indifferent seat', () => {
    // Seat 0 wants to match (60 vs 40). Seat 1 gets 30 on (0,0), 50 on (1,1), 70 on a mismatch: it is
    // indifferent when seat 0 plays 0 with p, 30p + 70(1−p) = 70p + 50(1−p), so p = 1/3; seat 0 is
    // indifferent when seat 1 plays ½–½.
    const g = game([2, 2, 2], ([a, b]) => [a === b ? 60 : 40, a === 0 && b === 0 ? 30 : a === 1 && b === 1 ? 50 : 70, 50]);
    const e = replicatorEquilibrium(g);
    expect(e.mix[0]![0]).toBeCloseTo(1 / 3, 1);
    expect(Math.abs(e.mix[0]![0]! - 1 / 3)).toBeLessThan(0.02);
    expect(Math.abs(e.mix[1]![0]! - 1 / 2)).toBeLessThan(0.02);
    for (const r of e.regret) expect(r).toBeLessThan(0.5);
  });

  it('finds the centre of a rock–paper–scissors cycle that is not the uniform mix', () => {
    // Zero-sum, A = [[0,−1,2],[1,0,−1],[−2,1,0]] (×10 around 50): A·x constant gives x = (¼, ½, ¼) for both seats.
    const A = [
      [0, -1, 2],
      [1, 0, -1],
      [-2, 1, 0],
    ];
    const g = game([3, 3], ([a, b]) => [50 + 10 * A[a!]![b!]!, 50 - 10 * A[a!]![b!]!]);
    const e = replicatorEquilibrium(g);
    for (const x of e.mix) {
      expect(Math.abs(x[0]! - 0.25)).toBeLessThan(0.03);
      expect(Math.abs(x[1]! - 0.5)).toBeLessThan(0.03);
      expect(Math.abs(x[2]! - 0.25)).toBeLessThan(0.03);
    }
    expect(e.value[0]).toBeCloseTo(50, 0);
    for (const r of e.regret) expect(r).toBeLessThan(0.5);
  });

  it('is deterministic', () => {
    const g = game([3, 2, 2], ([a, b, c]) => [
      (a! * 7 + b! * 3 + c! * 11) % 17,
      (a! * 5 + b! * 13 + c!) % 19,
      (a! * a! + b! + c! * 3) % 23,
    ]);
    expect(replicatorEquilibrium(g, 3000)).toEqual(replicatorEquilibrium(g, 3000));
  });
});
