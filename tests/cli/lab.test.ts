/** `npm run lab`: a spec run headless on worker threads, the same counts on 1 or 2 workers, clear refusals. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runLab } from '../../src/engine/lab';
import { parseLabSpec } from '../../src/engine/labSpec';
import { summarizeLab } from '../../src/engine/labSummary';
import { runCli, tempDir, type CliResult } from './run';

const dir = tempDir();
const specFile = join(dir, 'spec.json');
const SPEC = {
  games: 30,
  seed: 11,
  arms: [
    { label: 'War', set: { ukraine: 'war' } },
    { label: 'Settled', set: { ukraine: 'settled' } },
    { label: 'Leak', inject: { event: 'leak', when: ['negotiation.secretEnvoy', 'negotiation.exploratory'] } },
  ],
  measure: { kind: 'indicator', indicator: 'russiaTies', over: 'final' },
};
writeFileSync(specFile, JSON.stringify(SPEC));

let one: CliResult;
let two: CliResult;
let text: CliResult;

beforeAll(async () => {
  [one, two, text] = await Promise.all([
    runCli('lab', [specFile, '--json', '--workers', '1']),
    runCli('lab', [specFile, '--json', '--workers', '2']),
    runCli('lab', ['--preset', 'ukraine', '--games', '12', '--workers', '2']),
  ]);
});

const json = (r: CliResult) => {
  expect(r.code, r.stderr).toBe(0);
  const { elapsedMs, workers, ...rest } = JSON.parse(r.stdout) as Record<string, unknown>;
  expect(typeof elapsedMs).toBe('number');
  return { workers, rest };
};

describe('npm run lab', () => {
  it('gives identical counts, intervals and differences on 1 and 2 worker threads, equal to the core run in one piece', () => {
    const a = json(one);
    const b = json(two);
    expect(a.workers).toBe(1);
    expect(b.workers).toBe(2);
    expect(b.rest).toEqual(a.rest);
    const spec = parseLabSpec(SPEC);
    if (!spec.ok) throw new Error(spec.error);
    expect(a.rest).toEqual(JSON.parse(JSON.stringify(summarizeLab(spec.value, runLab(spec.value)))));
    const arms = a.rest.arms as { games: number; endings: Record<string, number>; meanFinal: object; scores: object }[];
    expect(arms.map((x) => x.games)).toEqual([30, 30, 30]);
    expect(arms.every((x) => Object.values(x.endings).reduce((s, n) => s + n, 0) === 30)).toBe(true);
  });

  it('prints a readable summary of a preset with the difference and its interval', () => {
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('every arm plays the same seeds');
    expect(text.stdout).toMatch(/Ukraine settled − Ukraine at war: [+-]?\d/);
    expect(text.stdout).toContain('on 2 worker threads');
  });
});

describe.concurrent('lab usage errors', () => {
  it.for([
    [[], /give a spec file/],
    [['--preset', 'astrology'], /--preset takes one of/],
    [['/nonexistent/spec.json'], /cannot read/],
    [['--workers', 'x', '--preset', 'leak'], /--workers takes a whole number/],
    [['--bogus'], /unknown flag --bogus/],
  ] as const)('%j exits 2 with a clear message', async ([args, message], { expect }) => {
    const r = await runCli('lab', args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^lab: /);
    expect(r.stderr).toMatch(message);
  });

  it('a spec that is not valid is refused with the field at fault', async ({ expect }) => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ arms: [{ set: { determination: 300 } }, {}] }));
    const r = await runCli('lab', [bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the spec is not valid: arms[0].set: determination takes a number from 0 to 100');
    const notJson = join(dir, 'broken.json');
    writeFileSync(notJson, '{ arms: ');
    const r2 = await runCli('lab', [notJson]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/is not JSON/);
  });
});
