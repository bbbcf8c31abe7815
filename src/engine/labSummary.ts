/**
 * What the lab shows, computed from a (possibly partial) merged result: ending shares with Wilson
 * intervals, distributions of final indicators and scores, the measure per arm, and each arm's
 * paired difference from the first arm with its interval. The same JSON is printed by
 * `npm run lab -- SPEC --json` and returned by the browser's `quietChannel.lab.run(spec)`.
 */
import { ENDING_IDS, INDICATOR_IDS, SEATS, type EndingId, type IndicatorId, type Seat } from '../model/types';
import { MEASURE_SCALE, type LabPartial } from './lab';
import { histogramMoments, histogramQuantile, meanInterval, wilson, type Interval } from './labStats';
import type { LabSpec } from './labSpec';

export interface Distribution {
  mean: number;
  lo: number;
  hi: number;
  p10: number;
  median: number;
  p90: number;
}

export interface ArmResult {
  label: string;
  games: number;
  /** Counts, as `sim` prints them. */
  endings: Record<EndingId, number>;
  shares: Record<EndingId, Interval>;
  meanTurns: number;
  /** Mean final indicators and mean scores (two decimals), as `sim --json`. */
  meanFinal: Record<IndicatorId, number>;
  scores: Record<Seat, number>;
  finals: Record<IndicatorId, Distribution>;
  scoreDist: Record<Seat, Distribution>;
  measure: Interval;
  /** The lowest seed of each ending this arm reached: sample games to replay. */
  samples: Partial<Record<EndingId, number>>;
}

export interface ArmDifference {
  /** This arm's index; differences are taken against arm 0 on the same seeds. */
  arm: number;
  label: string;
  games: number;
  measure: Interval;
  endings: Record<EndingId, Interval>;
  finals: Record<IndicatorId, Interval>;
  scores: Record<Seat, Interval>;
}

export interface LabResult {
  scenarioVersion: number;
  seed: number;
  /** Games per arm the spec asks for, and how many are done. */
  gamesPerArm: number;
  done: number;
  commonSeeds: true;
  arms: ArmResult[];
  differences: ArmDifference[];
}

const round2 = (v: number) => Math.round(v * 100) / 100;
const round4 = (v: number) => Math.round(v * 10000) / 10000;
const r4 = (i: Interval): Interval => ({ value: round4(i.value), lo: round4(i.lo), hi: round4(i.hi) });

function distribution(hist: readonly number[]): Distribution {
  const m = meanInterval(histogramMoments(hist));
  return {
    mean: round2(m.value),
    lo: round2(m.lo),
    hi: round2(m.hi),
    p10: histogramQuantile(hist, 0.1),
    median: histogramQuantile(hist, 0.5),
    p90: histogramQuantile(hist, 0.9),
  };
}

const fromEndings = <T>(f: (e: EndingId) => T) => Object.fromEntries(ENDING_IDS.map((e) => [e, f(e)])) as Record<EndingId, T>;
const fromIndicators = <T>(f: (i: IndicatorId) => T) => Object.fromEntries(INDICATOR_IDS.map((i) => [i, f(i)])) as Record<IndicatorId, T>;
const fromSeats = <T>(f: (s: Seat) => T) => Object.fromEntries(SEATS.map((s) => [s, f(s)])) as Record<Seat, T>;

/** The measure's scale: averages over the game are kept in hundredths. */
export function measureScale(spec: LabSpec): number {
  return spec.measure.kind === 'share' ? MEASURE_SCALE.share : MEASURE_SCALE[spec.measure.over];
}

export function summarizeLab(spec: LabSpec, p: LabPartial): LabResult {
  const scale = measureScale(spec);
  const arms = p.arms.map((a, i): ArmResult => {
    const n = Math.max(1, a.games);
    return {
      label: spec.arms[i]?.label ?? String(i),
      games: a.games,
      endings: { ...a.endings },
      shares: fromEndings((e) => r4(wilson(a.endings[e], a.games))),
      meanTurns: round2(a.turns / n),
      meanFinal: fromIndicators((id) => round2(histogramMoments(a.finals[id]).sum / n)),
      scores: fromSeats((s) => round2(histogramMoments(a.scores[s]).sum / n)),
      finals: fromIndicators((id) => distribution(a.finals[id])),
      scoreDist: fromSeats((s) => distribution(a.scores[s])),
      measure: spec.measure.kind === 'share' ? r4(wilson(a.measure.sum, a.measure.n)) : r4(meanInterval(a.measure, scale)),
      samples: Object.fromEntries(ENDING_IDS.filter((e) => a.samples[e] !== undefined).map((e) => [e, a.samples[e]])),
    };
  });
  const differences = p.paired.map((d, i): ArmDifference => ({
    arm: i + 1,
    label: spec.arms[i + 1]?.label ?? String(i + 1),
    games: d.measure.n,
    measure: r4(meanInterval(d.measure, scale)),
    endings: fromEndings((e) => r4(meanInterval(d.endings[e]))),
    finals: fromIndicators((id) => r4(meanInterval(d.finals[id]))),
    scores: fromSeats((s) => r4(meanInterval(d.scores[s]))),
  }));
  const done = p.arms[0]?.games ?? 0;
  return { scenarioVersion: spec.scenarioVersion, seed: spec.seed, gamesPerArm: spec.games, done, commonSeeds: true, arms, differences };
}

/** The lab's result as CSV: one row per arm and ending, then one per arm and indicator, then the differences. */
export function labCsv(r: LabResult): string {
  const rows: (string | number)[][] = [['section', 'arm', 'item', 'count_or_mean', 'share_or_lo', 'lo', 'hi']];
  for (const a of r.arms) {
    for (const e of ENDING_IDS) rows.push(['ending', a.label, e, a.endings[e], a.shares[e].value, a.shares[e].lo, a.shares[e].hi]);
    for (const id of INDICATOR_IDS) rows.push(['final', a.label, id, a.finals[id].mean, '', a.finals[id].lo, a.finals[id].hi]);
    for (const s of SEATS) rows.push(['score', a.label, s, a.scoreDist[s].mean, '', a.scoreDist[s].lo, a.scoreDist[s].hi]);
    rows.push(['measure', a.label, 'measure', a.measure.value, '', a.measure.lo, a.measure.hi]);
  }
  for (const d of r.differences) {
    rows.push(['difference', d.label, 'measure', d.measure.value, '', d.measure.lo, d.measure.hi]);
    for (const e of ENDING_IDS) rows.push(['difference', d.label, e, d.endings[e].value, '', d.endings[e].lo, d.endings[e].hi]);
  }
  const cell = (c: string | number) => (typeof c === 'string' && /[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : String(c));
  return rows.map((row) => row.map(cell).join(',')).join('\n') + '\n';
}
