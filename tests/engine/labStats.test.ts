/** The lab's statistics against values computed by hand or published in tables. */
import { describe, expect, it } from 'vitest';
import {
  addMoment,
  emptyMoments,
  histogramMoments,
  histogramQuantile,
  meanInterval,
  mergeMoments,
  t95,
  varianceOf,
  wilson,
} from '../../src/engine/labStats';

describe('lab statistics', () => {
  it('Wilson intervals match published values', () => {
    // 50 of 100: 0.4038 to 0.5962 (Newcombe 1998, method 3).
    const half = wilson(50, 100);
    expect(half.lo).toBeCloseTo(0.4038, 4);
    expect(half.hi).toBeCloseTo(0.5962, 4);
    // 0 of 10: 0 to 0.2775; 10 of 10: 0.7225 to 1.
    expect(wilson(0, 10).lo).toBe(0);
    expect(wilson(0, 10).hi).toBeCloseTo(0.2775, 4);
    expect(wilson(10, 10).lo).toBeCloseTo(0.7225, 4);
    expect(wilson(10, 10).hi).toBe(1);
    // 81 of 263 (Newcombe's example): 0.2553 to 0.3662.
    expect(wilson(81, 263).lo).toBeCloseTo(0.2553, 4);
    expect(wilson(81, 263).hi).toBeCloseTo(0.3662, 4);
  });

  it('t intervals of a mean: 2, 4, 4, 4, 5, 5, 7, 9 has mean 5, s² = 32/7, half-width t(7)·s/√8', () => {
    const m = emptyMoments();
    for (const x of [2, 4, 4, 4, 5, 5, 7, 9]) addMoment(m, x);
    expect(varianceOf(m)).toBeCloseTo(32 / 7, 12);
    const i = meanInterval(m);
    expect(i.value).toBe(5);
    expect(i.hi - 5).toBeCloseTo(2.365 * Math.sqrt(32 / 7 / 8), 10);
    expect(t95(1)).toBe(12.706);
    expect(t95(1000)).toBeCloseTo(1.96, 2);
  });

  it('paired differences: the interval of the mean difference uses the differences’ own spread', () => {
    // Pairs (a, b): (10, 12), (20, 21), (30, 33), (40, 42): differences 2, 1, 3, 2, mean 2, s² = 2/3.
    const d = emptyMoments();
    for (const [a, b] of [
      [10, 12],
      [20, 21],
      [30, 33],
      [40, 42],
    ] as const)
      addMoment(d, b - a);
    const i = meanInterval(d);
    expect(i.value).toBe(2);
    expect(i.hi - i.value).toBeCloseTo(3.182 * Math.sqrt(2 / 3 / 4), 10);
    // Unpaired, the same samples would show no effect at all: the pairing removes the between-seed spread.
    expect(i.lo).toBeGreaterThan(0);
  });

  it('merging moments equals adding the values in one pass, in any order', () => {
    const all = emptyMoments();
    const a = emptyMoments();
    const b = emptyMoments();
    for (let x = 0; x < 100; x++) {
      addMoment(all, (x * 37) % 101);
      addMoment(x % 3 ? a : b, (x * 37) % 101);
    }
    expect(mergeMoments(a, b)).toEqual(all);
    expect(mergeMoments(b, a)).toEqual(all);
  });

  it('histogram quantiles and moments', () => {
    const h = [0, 2, 0, 5, 3]; // values 1,1,3,3,3,3,3,4,4,4
    expect(histogramQuantile(h, 0.1)).toBe(1);
    expect(histogramQuantile(h, 0.5)).toBe(3);
    expect(histogramQuantile(h, 0.9)).toBe(4);
    expect(histogramMoments(h)).toEqual({ n: 10, sum: 29, sumSq: 2 + 45 + 48 });
  });
});
