/**
 * The statistics of a bot tournament, as pure functions over plain numbers: means with 95%
 * confidence intervals, best responses, shares, and the equilibrium of the empirical game found by
 * replicator dynamics. No game is played here; `tournament.ts` feeds these from played games.
 */

/** The normal quantile for a two-sided 95% interval (samples are large; the report says so). */
export const Z95 = 1.959964;

/** A mean with the half-width of its 95% confidence interval: the interval is mean ± half. */
export interface Estimate {
  mean: number;
  half: number;
  /** Games behind the estimate. */
  games: number;
}

/** A sample reduced to what the estimates need. */
export interface SampleSummary {
  n: number;
  mean: number;
  /** Sample variance (n − 1 in the denominator); 0 for a single value. */
  variance: number;
}

export function summarize(xs: readonly number[]): SampleSummary {
  if (xs.length === 0) throw new Error('cannot summarize an empty sample');
  let s = 0;
  for (const x of xs) s += x;
  const mean = s / xs.length;
  let ss = 0;
  for (const x of xs) ss += (x - mean) ** 2;
  return { n: xs.length, mean, variance: xs.length > 1 ? ss / (xs.length - 1) : 0 };
}

/**
 * The unweighted average of several profiles' mean scores (each profile of the other seats counts
 * once, however many games it had), with the 95% interval of that average. Game i of every profile
 * was played from the same seed, so profiles are not independent: the average is taken seed by seed,
 * Σᵢ zᵢ with zᵢ = Σₖ xₖᵢ / (K·nₖ) over the profiles k that played seed i, and its variance is the sum
 * of the zᵢ's variances, estimated within each run of seeds played by the same profiles.
 * `samples[k][i]` is profile k's score from its i-th seed.
 */
export function pairedAverage(samples: readonly (readonly number[])[]): Estimate {
  if (samples.length === 0 || samples.some((x) => x.length === 0)) throw new Error('cannot average empty samples');
  const k = samples.length;
  const most = Math.max(...samples.map((x) => x.length));
  const z = new Array<number>(most).fill(0);
  let mean = 0;
  let games = 0;
  for (const x of samples) {
    for (let i = 0; i < x.length; i++) z[i]! += (x[i] as number) / (k * x.length);
    mean += summarize(x).mean / k;
    games += x.length;
  }
  // Runs of seeds [from, to) played by the same profiles: the set changes where a sample ends.
  const ends = [...new Set(samples.map((x) => x.length))].sort((a, b) => a - b);
  let variance = 0;
  let from = 0;
  for (const to of ends) {
    const run = z.slice(from, to);
    variance += run.length * summarize(run).variance;
    from = to;
  }
  return { mean, half: Z95 * Math.sqrt(variance), games };
}

/**
 * How far one personality's scores lie above another's on the same seeds: for each profile of the
 * other seats a pair of samples (`[mine, theirs]`, the i-th score of each from the i-th seed), their
 * differences over the seeds both played, averaged as `pairedAverage` does. Common seeds cancel
 * most of the chance the two share, so the interval is the lead's own, not the two means' apart.
 */
export function pairedLead(pairs: readonly (readonly [readonly number[], readonly number[]])[]): Estimate {
  return pairedAverage(
    pairs.map(([mine, theirs]) =>
      Array.from({ length: Math.min(mine.length, theirs.length) }, (_, i) => (mine[i] as number) - (theirs[i] as number)),
    ),
  );
}

/** The index of the largest value; the first one on a tie, so the answer never depends on chance. */
export function argMax(values: readonly number[]): number {
  if (values.length === 0) throw new Error('argMax of nothing');
  let best = 0;
  for (let i = 1; i < values.length; i++) if ((values[i] as number) > (values[best] as number)) best = i;
  return best;
}

/** Counts as shares of their total, largest first (ties by name). */
export function sharesOf(counts: Readonly<Record<string, number>>): { id: string; share: number }[] {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return Object.entries(counts)
    .map(([id, n]) => ({ id, share: total > 0 ? n / total : 0 }))
    .sort((a, b) => b.share - a.share || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * A game in normal form for any number of populations (seats): `sizes[s]` strategies for seat s,
 * and `payoff[p][s]` seat s's payoff in pure profile p. Profiles are numbered in row-major order:
 * the first seat's strategy changes slowest.
 */
export interface NormalFormGame {
  sizes: readonly number[];
  payoff: readonly (readonly number[])[];
}

/** The strategies of pure profile number `index`. */
export function profileAt(sizes: readonly number[], index: number): number[] {
  const out = new Array<number>(sizes.length);
  for (let s = sizes.length - 1; s >= 0; s--) {
    const k = sizes[s] as number;
    out[s] = index % k;
    index = Math.floor(index / k);
  }
  return out;
}

export function profileCount(sizes: readonly number[]): number {
  return sizes.reduce((a, b) => a * b, 1);
}

function checkGame(g: NormalFormGame): void {
  if (g.sizes.length === 0 || g.sizes.some((k) => !Number.isInteger(k) || k < 1)) throw new Error('every seat needs at least one strategy');
  if (g.payoff.length !== profileCount(g.sizes)) throw new Error(`expected ${profileCount(g.sizes)} profiles, got ${g.payoff.length}`);
  for (const row of g.payoff) if (row.length !== g.sizes.length) throw new Error('every profile needs a payoff for every seat');
}

/** Each seat's expected payoff for each of its pure strategies when the other seats play `mix`. */
export function purePayoffs(g: NormalFormGame, mix: readonly (readonly number[])[]): number[][] {
  const n = g.sizes.length;
  const out = g.sizes.map((k) => new Array<number>(k).fill(0));
  for (let p = 0; p < g.payoff.length; p++) {
    const pr = profileAt(g.sizes, p);
    const row = g.payoff[p] as readonly number[];
    for (let s = 0; s < n; s++) {
      let w = 1;
      for (let o = 0; o < n && w !== 0; o++) if (o !== s) w *= (mix[o] as readonly number[])[pr[o] as number] as number;
      (out[s] as number[])[pr[s] as number]! += w * (row[s] as number);
    }
  }
  return out;
}

/** How much each seat would gain by leaving `mix` for its best pure strategy (0 everywhere: a Nash equilibrium). */
export function regrets(g: NormalFormGame, mix: readonly (readonly number[])[]): number[] {
  const u = purePayoffs(g, mix);
  return u.map((us, s) => {
    const x = mix[s] as readonly number[];
    const value = us.reduce((a, v, i) => a + v * (x[i] as number), 0);
    return Math.max(0, Math.max(...us) - value);
  });
}

export interface Equilibrium {
  /** Each seat's mixed strategy (probabilities over its strategies). */
  mix: number[][];
  /** Each seat's expected payoff at the mix. */
  value: number[];
  /** Each seat's gain from its best deviation at the mix (the equilibrium is exact when all are 0). */
  regret: number[];
  /** Which point of the dynamics was kept: the last one, or the average of the path (the centre of a cycle). */
  point: 'last' | 'average';
  iterations: number;
}

/**
 * Multi-population replicator dynamics in their exponential (discrete-time) form: each seat's share
 * of a strategy grows with the exponential of its accumulated payoff against the others' current
 * mixes, with a step shrinking as 1/√t, from the uniform mix. Where the dynamics settle, their last
 * point is the equilibrium; where they cycle (as in matching pennies) the average of the path is its
 * centre. Of the two, the one with the smaller largest regret is kept, and its regrets are reported,
 * so a reader sees how close to an equilibrium it is.
 */
export function replicatorEquilibrium(g: NormalFormGame, iterations = 20000): Equilibrium {
  checkGame(g);
  let lo = Infinity;
  let hi = -Infinity;
  for (const row of g.payoff)
    for (const v of row) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  const range = hi > lo ? hi - lo : 1;
  const cumulative = g.sizes.map((k) => new Array<number>(k).fill(0));
  const sum = g.sizes.map((k) => new Array<number>(k).fill(0));
  const mixFor = (step: number) => {
    const eta = 1 / Math.sqrt(step);
    return cumulative.map((u) => {
      const top = Math.max(...u);
      const w = u.map((v) => Math.exp((eta * (v - top)) / range));
      const total = w.reduce((a, b) => a + b, 0);
      return w.map((v) => v / total);
    });
  };
  for (let t = 1; t <= iterations; t++) {
    const mix = mixFor(t);
    mix.forEach((x, s) =>
      x.forEach((v, i) => {
        (sum[s] as number[])[i]! += v;
      }),
    );
    const u = purePayoffs(g, mix);
    u.forEach((us, s) =>
      us.forEach((v, i) => {
        (cumulative[s] as number[])[i]! += v;
      }),
    );
  }
  const last = mixFor(iterations + 1);
  const average = sum.map((x) => x.map((v) => v / iterations));
  const worst = (m: number[][]) => Math.max(...regrets(g, m));
  const point = worst(last) < worst(average) ? 'last' : 'average';
  const chosen = point === 'last' ? last : average;
  const u = purePayoffs(g, chosen);
  return {
    mix: chosen,
    value: u.map((us, s) => us.reduce((a, v, i) => a + v * ((chosen[s] as number[])[i] as number), 0)),
    regret: regrets(g, chosen),
    point,
    iterations,
  };
}

/** The probability of each pure profile when every seat plays its mix independently. */
export function profileWeights(sizes: readonly number[], mix: readonly (readonly number[])[]): number[] {
  const out: number[] = [];
  for (let p = 0; p < profileCount(sizes); p++) {
    const pr = profileAt(sizes, p);
    out.push(pr.reduce((w, i, s) => w * ((mix[s] as readonly number[])[i] as number), 1));
  }
  return out;
}
