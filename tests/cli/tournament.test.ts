/** `npm run tournament`: the balance report as a user runs it, in a child process. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BOT_NAMES } from '../../src/bots/personalities';
import { CURRENT_VERSION } from '../../src/model/ruleset';
import type { TournamentResult } from '../../src/engine/tournament';
import { formatTournament } from '../../src/engine/tournamentFormat';
import { runCli, tempDir, type CliResult } from './run';

// Small: two games of at most three months per profile, under the classic rules (version 2), whose
// strategist decides fastest; the fourth run plays the default rules (version 4, the table).
const SMALL = ['--games', '2', '--seed', '5', '--turns', '3', '--rules', '2'];
const dir = tempDir();
const md = join(dir, 'balance.md');
let json: CliResult;
let jsonAgain: CliResult;
let text: CliResult;
let fewer: CliResult;

beforeAll(async () => {
  [json, jsonAgain, text, fewer] = await Promise.all([
    runCli('tournament', [...SMALL, '--json', '--out', md, '--workers', '2']),
    runCli('tournament', [...SMALL, '--json', '--workers', '1']),
    runCli('tournament', [...SMALL, '--workers', '1']),
    runCli('tournament', ['--games', '2', '--seed', '5', '--turns', '2', '--games-for', 'dealmaker=1', '--json', '--workers', '1']),
  ]);
}, 400_000);

const parse = (r: CliResult) => {
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as TournamentResult;
};

describe('tournament', () => {
  it("plays every profile of the registry's bots with the flags given", () => {
    const r = parse(json);
    expect(r.personalities).toEqual([...BOT_NAMES]);
    expect(r.profiles).toHaveLength(BOT_NAMES.length ** 3);
    expect(r.seed).toBe(5);
    expect(r.games).toBe(2);
    expect(r.maxTurns).toBe(3);
    expect(r.scenarioVersion).toBe(2);
    for (const p of r.profiles) expect(p.meanTurns).toBeLessThanOrEqual(3);
    expect(r.targets.map((t) => t.id)).toContain('us-dealmaker-vs-hawk');
  });

  it('prints the same for the same flags on two worker threads as on one, and times itself on stderr only', () => {
    expect(jsonAgain.stdout).toBe(json.stdout);
    // Not a terminal: no progress bar, only the closing timing line.
    expect(json.stderr).toMatch(/^tournament: \d+ games in [\d.]+ s \(\d+ games per second on 2 threads\)\n$/);
    expect(jsonAgain.stderr).toMatch(/on 1 thread\)\n$/);
  });

  it('prints the text report, and --out writes the Markdown report of the same result', () => {
    const r = parse(json);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toBe(`${formatTournament(r, 'text')}\n`);
    expect(readFileSync(md, 'utf8')).toBe(formatTournament(r, 'md'));
    expect(readFileSync(md, 'utf8')).toMatch(/^# Balance/);
  });

  it('--games-for caps the games of the profiles that include a bot', () => {
    const r = parse(fewer);
    for (const p of r.profiles) {
      const withDealmaker = Object.values(p.profile).includes('dealmaker');
      expect(p.games).toBe(withDealmaker ? 1 : 2);
    }
    expect(r.gamesFor.dealmaker).toBe(1);
    // Without --rules the tournament plays the default rules.
    expect(r.scenarioVersion).toBe(CURRENT_VERSION);
  });
});

describe.concurrent('tournament usage errors', () => {
  it.for([
    ['--bogus'],
    ['--games', '0'],
    ['--games', 'lots'],
    ['--seed'],
    ['--games-for', 'kingmaker=3'],
    ['--games-for', 'hawk'],
    ['--games-for', 'hawk=0'],
    ['--out', '/nonexistent-folder/balance.md'],
    ['--workers', '0'],
    ['--workers', 'all'],
    ['extra'],
  ])('%j prints the usage and exits 2', async (args, { expect }) => {
    const r = await runCli('tournament', args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^tournament: /);
    expect(r.stderr).toContain('Usage: npm run tournament');
  });

  it('--help prints the usage and exits 0', async ({ expect }) => {
    const r = await runCli('tournament', ['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: npm run tournament');
    expect(r.stdout).toContain('--games-for BOT=N');
  });
});
