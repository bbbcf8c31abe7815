/**
 * The lab's statistics, from sufficient statistics only (counts, sums, sums of squares and
 * histograms of whole numbers), so partial results of any split of the seeds add up exactly and
 * the intervals do not depend on how the work was divided. All intervals are two-sided 95%.
 */

/** The normal distribution's 97.5th percentile. */
export const Z95 = 1.959963984540054;

/** Student's t 97.5th percentiles for 1 to 30 degrees of freedom (beyond 30, Z95 is used). */
const T95 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086,
  2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** The two-sided 95% critical value of Student's t with `df` degrees of freedom (normal above 30). */
export function t95(df: number): number {
  if (df < 1) return Infinity;
  return df <= 30 ? (T95[Math.floor(df) - 1] as number) : Z95;
}

export interface Interval {
  /** The estimate. */
  value: number;
  lo: number;
  hi: number;
}

/**
 * The Wilson score interval for a proportion of `x` successes in `n` trials: it stays inside
 * [0, 1] and behaves at 0 and n, where the normal approximation collapses to a point.
 */
export function wilson(x: number, n: number): Interval {
  if (n <= 0) return { value: 0, lo: 0, hi: 1 };
  const p = x / n;
  const z2 = Z95 * Z95;
  const denom = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denom;
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  // At 0 and n the bounds are exactly 0 and 1; floating point would miss them by an ulp.
  return { value: p, lo: x <= 0 ? 0 : Math.max(0, center - half), hi: x >= n ? 1 : Math.min(1, center + half) };
}

/** Running sums of a sample: n, Σx and Σx² (whole numbers, so merging is exact). */
export interface Moments {
  n: number;
  sum: number;
  sumSq: number;
}

export const emptyMoments = (): Moments => ({ n: 0, sum: 0, sumSq: 0 });

export function addMoment(m: Moments, x: number): void {
  m.n++;
  m.sum += x;
  m.sumSq += x * x;
}

export function mergeMoments(a: Moments, b: Moments): Moments {
  return { n: a.n + b.n, sum: a.sum + b.sum, sumSq: a.sumSq + b.sumSq };
}

/** Sample variance (n − 1) from the sums; 0 for fewer than two values. */
export function varianceOf(m: Moments): number {
  if (m.n < 2) return 0;
  return Math.max(0, (m.sumSq - (m.sum * m.sum) / m.n) / (m.n - 1));
}

/**
 * The mean with its t interval. For paired differences pass the moments of the differences:
 * the interval of the mean difference is then the paired one.
 */
export function meanInterval(m: Moments, scale = 1): Interval {
  if (m.n === 0) return { value: 0, lo: 0, hi: 0 };
  const mean = m.sum / m.n / scale;
  if (m.n < 2) return { value: mean, lo: -Infinity, hi: Infinity };
  const half = (t95(m.n - 1) * Math.sqrt(varianceOf(m) / m.n)) / scale;
  return { value: mean, lo: mean - half, hi: mean + half };
}

/** A histogram of whole numbers from 0 to `bins − 1`. */
export function emptyHistogram(bins: number): number[] {
  return new Array<number>(bins).fill(0);
}

export function mergeHistograms(a: readonly number[], b: readonly number[]): number[] {
  return a.map((x, i) => x + (b[i] ?? 0));
}

/** The smallest value whose cumulative count reaches the fraction `q` of the whole. */
export function histogramQuantile(hist: readonly number[], q: number): number {
  const total = hist.reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  const need = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (let v = 0; v < hist.length; v++) {
    seen += hist[v] as number;
    if (seen >= need) return v;
  }
  return hist.length - 1;
}

/** The moments of a histogram's values. */
export function histogramMoments(hist: readonly number[]): Moments {
  const m = emptyMoments();
  hist.forEach((count, v) => {
    m.n += count;
    m.sum += count * v;
    m.sumSq += count * v * v;
  });
  return m;
}

/** Whether an interval excludes zero (the difference is unlikely to be chance alone). */
export function excludesZero(i: Interval): boolean {
  return i.lo > 0 || i.hi < 0;
}
