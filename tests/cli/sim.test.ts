/** `npm run sim`: the summary a classroom or a designer reads, as a child process. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSave } from '../../src/codec/save';
import { replaySave } from '../../src/engine/replay';
import { ENDING_IDS, INDICATOR_IDS } from '../../src/model/types';
import { runCli, tempDir, type CliResult } from './run';

const GAMES = 25;
const dir = tempDir();
const csv = join(dir, 'games.csv');
const save = join(dir, 'first.json');
let first: CliResult;
let again: CliResult;
let settled: CliResult;

beforeAll(async () => {
  [first, again, settled] = await Promise.all([
    runCli('sim', ['--games', String(GAMES), '--seed', '7', '--json', '--csv', csv, '--save', save, '--workers', '2']),
    runCli('sim', ['--games', String(GAMES), '--seed', '7', '--json', '--workers', '1']),
    runCli('sim', ['--games', String(GAMES), '--seed', '7', '--json', '--set', 'ukraine=settled']),
  ]);
});

const json = (r: CliResult) => {
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
};

describe('sim --json', () => {
  it('prints exactly the documented keys', () => {
    const out = json(first);
    expect(Object.keys(out).sort()).toEqual(
      ['elapsedMs', 'endings', 'games', 'gamesPerSecond', 'meanFinal', 'meanTurns', 'scores', 'seats', 'seed', 'workers'].sort(),
    );
    expect(out.games).toBe(GAMES);
    expect(out.seed).toBe(7);
    expect(out.seats).toEqual({ us: 'bot:dealmaker', dprk: 'bot:dealmaker', rok: 'bot:dealmaker' });
    const endings = out.endings as Record<string, number>;
    expect(Object.keys(endings).sort()).toEqual([...ENDING_IDS].sort());
    expect(Object.values(endings).reduce((a, b) => a + b, 0)).toBe(GAMES);
    expect(Object.keys(out.scores as object).sort()).toEqual(['dprk', 'rok', 'us']);
    expect(Object.keys(out.meanFinal as object).sort()).toEqual([...INDICATOR_IDS].sort());
    expect(typeof out.meanTurns).toBe('number');
    expect(typeof out.elapsedMs).toBe('number');
    expect(typeof out.gamesPerSecond).toBe('number');
  });

  it('is the same for the same seed on 1 or 2 worker threads, apart from the timing fields', () => {
    expect(json(first).workers).not.toBe(json(again).workers);
    const strip = (r: CliResult) => {
      const { elapsedMs: _e, gamesPerSecond: _g, workers: _w, ...rest } = json(r);
      return rest;
    };
    expect(strip(again)).toEqual(strip(first));
  });

  it('--set ukraine=settled changes the outcome', () => {
    const base = json(first);
    const what = json(settled);
    expect(what.meanFinal).not.toEqual(base.meanFinal);
    const ties = (out: Record<string, unknown>) => (out.meanFinal as Record<string, number>).russiaTies as number;
    expect(ties(what)).toBeLessThan(ties(base));
  });
});

describe('sim files', () => {
  it('--csv writes a header and one row per game', () => {
    expect(first.code).toBe(0);
    const lines = readFileSync(csv, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(GAMES + 1);
    const header = lines[0]!.split(',');
    expect(header.slice(0, 6)).toEqual(['seed', 'ending', 'turns', 'score_us', 'score_dprk', 'score_rok']);
    expect(header.slice(6)).toEqual([...INDICATOR_IDS]);
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows.map((r) => Number(r[0]))).toEqual(Array.from({ length: GAMES }, (_, i) => 7 + i));
    for (const r of rows) {
      expect(r).toHaveLength(header.length);
      expect(ENDING_IDS as readonly string[]).toContain(r[1]);
    }
    const endings = json(first).endings as Record<string, number>;
    for (const e of ENDING_IDS) expect(rows.filter((r) => r[1] === e)).toHaveLength(endings[e]!);
  });

  it('--save writes the first game as a valid save that replays', () => {
    expect(first.code).toBe(0);
    const parsed = parseSave(readFileSync(save, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.seed).toBe(7);
    expect(parsed.value.checkpoints.length).toBeGreaterThan(0);
    expect(replaySave(parsed.value, { verify: true }).ok).toBe(true);
  });
});

// Each case is its own process, so they run side by side.
describe.concurrent('sim usage errors', () => {
  it.for([['--bogus'], ['--games', 'many'], ['--us', 'kingmaker'], ['--set', 'trust=200'], ['--seed'], ['--workers', '0']])(
    '%j prints the usage and exits 2',
    async (args, { expect }) => {
      const r = await runCli('sim', args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^sim: /);
      expect(r.stderr).toContain('Usage: npm run sim');
    },
  );
});
