/**
 * The few statistics the causal-claim tests need. Samples are plain number arrays; every function
 * is pure and exact enough for samples of thousands (two-pass variance).
 */

export function mean(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error('mean of an empty sample');
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

/** Sample variance (n − 1 in the denominator). */
export function variance(xs: readonly number[]): number {
  if (xs.length < 2) throw new Error('variance needs at least two values');
  const m = mean(xs);
  let s = 0;
  for (const x of xs) s += (x - m) ** 2;
  return s / (xs.length - 1);
}

export interface WelchResult {
  meanA: number;
  meanB: number;
  /** meanA − meanB */
  diff: number;
  t: number;
  /** Welch–Satterthwaite degrees of freedom. */
  df: number;
}

/** Welch's unequal-variance t statistic for meanA − meanB. */
export function welchT(a: readonly number[], b: readonly number[]): WelchResult {
  const ma = mean(a);
  const mb = mean(b);
  const va = variance(a) / a.length;
  const vb = variance(b) / b.length;
  const se = Math.sqrt(va + vb);
  const diff = ma - mb;
  const t = se === 0 ? (diff === 0 ? 0 : Math.sign(diff) * Infinity) : diff / se;
  const df = va + vb === 0 ? Infinity : (va + vb) ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1));
  return { meanA: ma, meanB: mb, diff, t, df };
}

export interface ProportionsResult {
  pA: number;
  pB: number;
  /** pA − pB */
  diff: number;
  z: number;
}

/** Two-proportion z statistic (pooled standard error) for pA − pB, with successes out of trials. */
export function twoProportionZ(successesA: number, trialsA: number, successesB: number, trialsB: number): ProportionsResult {
  if (trialsA <= 0 || trialsB <= 0) throw new Error('each arm needs at least one trial');
  const pA = successesA / trialsA;
  const pB = successesB / trialsB;
  const pooled = (successesA + successesB) / (trialsA + trialsB);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / trialsA + 1 / trialsB));
  const diff = pA - pB;
  return { pA, pB, diff, z: se === 0 ? 0 : diff / se };
}
