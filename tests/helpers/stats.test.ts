import { describe, expect, it } from 'vitest';
import { mean, twoProportionZ, variance, welchT } from './stats';

describe('stats helpers', () => {
  it('mean and sample variance', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    // Σ(x − 2.5)² = 5, over n − 1 = 3
    expect(variance([1, 2, 3, 4])).toBeCloseTo(5 / 3, 12);
    expect(variance([7, 7, 7])).toBe(0);
    expect(() => mean([])).toThrow();
    expect(() => variance([1])).toThrow();
  });

  it('Welch t on a sample worked by hand', () => {
    // means 2 and 5, variances 1 and 1: se = √(1/3 + 1/3), t = −3 / se; df = (2/3)² / (2 · (1/3)² / 2) = 4
    const r = welchT([1, 2, 3], [4, 5, 6]);
    expect(r.diff).toBe(-3);
    expect(r.t).toBeCloseTo(-3 / Math.sqrt(2 / 3), 12);
    expect(r.df).toBeCloseTo(4, 12);
  });

  it('Welch t is antisymmetric, zero for equal samples, and grows with the shift', () => {
    const a = [3, 8, 1, 9, 4, 4, 7];
    const b = [2, 6, 5, 5, 1, 0, 3, 4];
    expect(welchT(a, b).t).toBeCloseTo(-welchT(b, a).t, 12);
    expect(welchT(a, a).t).toBe(0);
    const shifted = (k: number) =>
      welchT(
        a.map((x) => x + k),
        b,
      ).t;
    expect(shifted(1)).toBeGreaterThan(shifted(0));
    expect(shifted(5)).toBeGreaterThan(shifted(1));
  });

  it('Welch t with no spread is infinite in the direction of the difference', () => {
    expect(welchT([2, 2], [1, 1]).t).toBe(Infinity);
    expect(welchT([1, 1], [2, 2]).t).toBe(-Infinity);
  });

  it('two-proportion z on a case worked by hand', () => {
    // 60/100 vs 40/100: pooled 0.5, se = √(0.25 · 0.02), z = 0.2 / se ≈ 2.828
    const r = twoProportionZ(60, 100, 40, 100);
    expect(r.pA).toBe(0.6);
    expect(r.pB).toBe(0.4);
    expect(r.z).toBeCloseTo(0.2 / Math.sqrt(0.005), 12);
    expect(twoProportionZ(40, 100, 60, 100).z).toBeCloseTo(-r.z, 12);
    expect(twoProportionZ(0, 10, 0, 20).z).toBe(0);
    expect(() => twoProportionZ(1, 0, 1, 1)).toThrow();
  });
});
