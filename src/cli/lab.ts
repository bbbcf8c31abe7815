/**
 * `npm run lab -- SPEC.json [--json] [--csv FILE] [--workers N]` or `npm run lab -- --preset ID`:
 * runs a lab experiment headless on worker threads and prints what the browser's Lab shows (the
 * same JSON as `quietChannel.lab.run(spec)` with --json). Arms share seeds; results do not depend
 * on the number of workers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { emptyLabPartial, labChunks, mergeLabPartials, type LabPartial } from '../engine/lab';
import { parseLabSpec, type LabSpec } from '../engine/labSpec';
import { labCsv, summarizeLab, type LabResult } from '../engine/labSummary';
import { LAB_PRESETS } from '../model/data/labPresets';
import { ENDING_IDS } from '../model/types';
import { intFlag, parseArgs, runCli, UsageError } from './args';
import { defaultWorkers, runJobs } from './pool';

const USAGE = `Usage: npm run lab -- SPEC.json [options]
       npm run lab -- --preset ID [options]

Runs a lab experiment: two or more arms on the same seeds, differing only by their cause.

Options:
  --preset ID     one of the article's claims: ${LAB_PRESETS.map((p) => p.id).join(', ')}
  --games N       games per arm (overrides the spec)
  --json          print one JSON object (the browser's lab.run result)
  --csv FILE      write the result as CSV
  --workers N     worker threads (1 to 256, default: every core, here ${defaultWorkers()})
  --help          show this help

A spec is JSON: {"games": 500, "seed": 1, "months": 24, "seats": {"us": "hawk"},
  "measure": {"kind": "share", "endings": ["freeze"]} or {"kind": "indicator", "indicator": "trust", "over": "final"},
  "arms": [{"label": "Low", "set": {"determination": 35}}, {"label": "High", "set": {"determination": 80}}]}
An arm may also have "seats", "forbid": [move ids], "prefer": [move ids] and
"inject": {"event": "leak", "when": ["negotiation.exploratory"]}.`;

const FLAGS = {
  preset: { kind: 'string' },
  games: { kind: 'string' },
  json: { kind: 'boolean' },
  csv: { kind: 'string' },
  workers: { kind: 'string' },
  help: { kind: 'boolean' },
} as const;

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const signed = (x: number, f: (v: number) => string) => (x > 0 ? '+' : '') + f(x);

function measureText(spec: LabSpec, v: number): string {
  return spec.measure.kind === 'share' ? pct(v) : v.toFixed(1);
}

function printResult(spec: LabSpec, r: LabResult, elapsedMs: number, workers: number): void {
  const m = spec.measure;
  const what = m.kind === 'share' ? `share of games ending in ${[...m.endings, ...m.reached].join(' or ')}` : `${m.indicator} (${m.over})`;
  const lines = [
    `${r.gamesPerArm} games per arm from seed ${r.seed}, scenario version ${r.scenarioVersion}; every arm plays the same seeds`,
    '',
  ];
  for (const a of r.arms) {
    lines.push(`${a.label}`);
    for (const e of ENDING_IDS) {
      const s = a.shares[e];
      lines.push(`  ${e.padEnd(12)} ${String(a.endings[e]).padStart(7)}  ${pct(s.value).padStart(6)}  [${pct(s.lo)} – ${pct(s.hi)}]`);
    }
    lines.push(
      `  measure: ${measureText(spec, a.measure.value)} [${measureText(spec, a.measure.lo)} – ${measureText(spec, a.measure.hi)}]`,
      '',
    );
  }
  lines.push(`Measure: ${what}`);
  for (const d of r.differences) {
    const f = (v: number) => (spec.measure.kind === 'share' ? `${(v * 100).toFixed(1)} points` : v.toFixed(2));
    lines.push(
      `  ${d.label} − ${r.arms[0]?.label}: ${signed(d.measure.value, f)}  [${signed(d.measure.lo, f)} to ${signed(d.measure.hi, f)}] (95%, paired on ${d.games} seeds)`,
    );
  }
  lines.push('', `${(elapsedMs / 1000).toFixed(2)} s on ${workers} ${workers === 1 ? 'thread' : 'worker threads'}`);
  console.log(lines.join('\n'));
}

/** Runs a spec on `workers` threads; `onPart` sees the merged result after each part. */
export async function runLabOnWorkers(spec: LabSpec, workers: number, onPart?: (p: LabPartial) => void): Promise<LabPartial> {
  const size = Math.max(10, Math.ceil(spec.games / Math.max(1, workers * 8)));
  let merged = emptyLabPartial(spec);
  await runJobs(
    labChunks(spec.games, size).map(([from, to]) => ({ kind: 'lab' as const, spec, from, to })),
    workers,
    (_i, r) => {
      if (r.kind !== 'lab') return;
      merged = mergeLabPartials(merged, r.partial);
      onPart?.(merged);
    },
  );
  return merged;
}

async function main(argv: string[]): Promise<number> {
  let spec: LabSpec;
  let workers: number;
  let json: boolean;
  let csv: string | undefined;
  try {
    const p = parseArgs(argv, FLAGS, 1);
    if (p.flags.help) {
      console.log(USAGE);
      return 0;
    }
    workers = intFlag(p, 'workers', defaultWorkers(), 1, 256);
    json = p.flags.json === true;
    csv = p.flags.csv as string | undefined;
    const presetId = p.flags.preset as string | undefined;
    if (presetId !== undefined && p.positional.length > 0) throw new UsageError('give a spec file or --preset, not both');
    let raw: unknown;
    if (presetId !== undefined) {
      const preset = LAB_PRESETS.find((x) => x.id === presetId);
      if (!preset) throw new UsageError(`--preset takes one of ${LAB_PRESETS.map((x) => x.id).join(', ')}, not "${presetId}"`);
      raw = preset.spec;
    } else {
      const file = p.positional[0];
      if (!file) throw new UsageError('give a spec file (SPEC.json) or --preset ID');
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        throw new UsageError(`cannot read "${file}"`);
      }
      try {
        raw = JSON.parse(text);
      } catch (e) {
        throw new UsageError(`${file} is not JSON: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    if (p.flags.games !== undefined) raw = { ...(raw as object), games: intFlag(p, 'games', 0, 1, 1_000_000) };
    const r = parseLabSpec(raw);
    if (!r.ok) throw new UsageError(`the spec is not valid: ${r.error}`);
    spec = r.value;
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`lab: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  const progress = process.stderr.isTTY && !json;
  const started = performance.now();
  const merged = await runLabOnWorkers(spec, workers, (m) => {
    if (progress) process.stderr.write(`\r${m.arms[0]?.games ?? 0}/${spec.games} seeds`);
  });
  const elapsedMs = performance.now() - started;
  if (progress) process.stderr.write('\n');
  const result = summarizeLab(spec, merged);
  if (csv) writeFileSync(csv, labCsv(result));
  if (json) console.log(JSON.stringify({ ...result, elapsedMs: Math.round(elapsedMs), workers }));
  else printResult(spec, result, elapsedMs, workers);
  return 0;
}

runCli('lab', main);
