/**
 * `npm run tournament -- [--games N] [--seed S] [--games-for BOT=N]… [--turns N] [--rules N] [--bots A,B,…] [--json] [--out FILE]`:
 * plays every profile of bot personalities and prints the balance report (docs/balance.md).
 */
import { statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BOT_NAMES, isBotName } from '../bots/personalities';
import { runTournament } from '../engine/tournament';
import { formatTournament } from '../engine/tournamentFormat';
import { intFlag, parseArgs, rulesFlag, RULES_USAGE, runCli, UsageError, type Parsed } from './args';

/** Games per profile by default: the full run of 64 profiles takes about a minute and a half on one core. */
export const DEFAULT_GAMES = 200;
/** Fewer games for personalities that search (a strategist thinks with the engine at every move). */
const DEFAULT_GAMES_FOR: Record<string, number> = { strategist: 10 };

const USAGE = `Usage: npm run tournament -- [options]

Plays every profile of bot personalities (each seat × each of ${BOT_NAMES.join(', ')}) on the
same seeds and prints the balance report: mean scores with 95% intervals, best responses, the
equilibrium of the empirical game, endings, most played moves and the design targets.

Options:
  --games N         games per profile (1 to 100000, default ${DEFAULT_GAMES})
  --seed S          first seed of every profile (0 to 4294967295, default 1)
  --games-for BOT=N at most N games for the profiles that include BOT (repeatable; default ${Object.entries(DEFAULT_GAMES_FOR)
    .map(([b, n]) => `${b}=${n}`)
    .join(', ')})
  --turns N         turn limit (1 to 200, default: the scenario's)
${RULES_USAGE}
  --bots A,B,…      only these personalities take part (default: all of them)
  --json            print the result as one JSON object instead of the report
  --out FILE        also write the report as Markdown to FILE (e.g. docs/balance.md)
  --help            show this help`;

const SPEC = {
  games: { kind: 'string' },
  seed: { kind: 'string' },
  'games-for': { kind: 'list' },
  turns: { kind: 'string' },
  rules: { kind: 'string' },
  bots: { kind: 'string' },
  json: { kind: 'boolean' },
  out: { kind: 'string' },
  help: { kind: 'boolean' },
} as const;

function gamesForFlag(p: Parsed): Record<string, number> {
  const out = { ...DEFAULT_GAMES_FOR };
  for (const pair of (p.flags['games-for'] as string[] | undefined) ?? []) {
    const m = /^([^=]+)=(\d+)$/.exec(pair);
    if (!m) throw new UsageError(`--games-for takes BOT=N, not "${pair}"`);
    const [, bot, n] = m as unknown as [string, string, string];
    if (!isBotName(bot)) throw new UsageError(`--games-for: unknown bot "${bot}"; the bots are ${BOT_NAMES.join(', ')}`);
    const v = Number(n);
    if (!Number.isSafeInteger(v) || v < 1 || v > 100_000)
      throw new UsageError(`--games-for ${bot} takes a whole number from 1 to 100000, not "${n}"`);
    out[bot] = v;
  }
  return out;
}

function botsFlag(p: Parsed): string[] {
  const raw = p.flags.bots as string | undefined;
  if (raw === undefined) return [...BOT_NAMES];
  const names = raw.split(',').map((x) => x.trim());
  for (const n of names) if (!isBotName(n)) throw new UsageError(`--bots: unknown bot "${n}"; the bots are ${BOT_NAMES.join(', ')}`);
  if (new Set(names).size !== names.length) throw new UsageError('--bots: each personality may take part once');
  return names;
}

function outFlag(p: Parsed): string | undefined {
  const raw = p.flags.out as string | undefined;
  if (raw === undefined) return undefined;
  const dir = dirname(resolve(raw));
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    /* missing: reported below */
  }
  // Checked before hours of games, not after.
  if (!isDir) throw new UsageError(`--out: folder "${dir}" does not exist`);
  return raw;
}

function main(argv: string[]): number {
  let p: Parsed;
  let scenarioVersion: number;
  let personalities: string[];
  let games: number, seed: number, turns: number | undefined, gamesFor: Record<string, number>, out: string | undefined;
  try {
    p = parseArgs(argv, SPEC);
    if (p.flags.help) {
      console.log(USAGE);
      return 0;
    }
    games = intFlag(p, 'games', DEFAULT_GAMES, 1, 100_000);
    seed = intFlag(p, 'seed', 1, 0, 4294967295);
    turns = p.flags.turns === undefined ? undefined : intFlag(p, 'turns', 24, 1, 200);
    gamesFor = gamesForFlag(p);
    scenarioVersion = rulesFlag(p);
    personalities = botsFlag(p);
    out = outFlag(p);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`tournament: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  const progress = process.stderr.isTTY === true;
  const started = performance.now();
  const result = runTournament({
    games,
    seed,
    gamesFor,
    maxTurns: turns,
    scenarioVersion,
    personalities,
    onProfile: ({ index, total, profile }) => {
      if (!progress) return;
      const width = 30;
      const done = (index + 1) / total;
      const label = `${profile.us}/${profile.dprk}/${profile.rok}`;
      process.stderr.write(`\r[${'#'.repeat(Math.round(done * width)).padEnd(width)}] ${index + 1}/${total} ${label.padEnd(36)}`);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  if (progress) process.stderr.write('\n');
  console.log(p.flags.json ? JSON.stringify(result) : formatTournament(result, 'text'));
  // Timing goes to stderr, so the report itself is the same on every run with the same flags.
  console.error(
    `tournament: ${result.totalGames} games in ${seconds.toFixed(1)} s (${Math.round(result.totalGames / Math.max(seconds, 1e-6))} games per second)`,
  );
  if (out) {
    try {
      writeFileSync(out, formatTournament(result, 'md'));
    } catch (e) {
      console.error(`tournament: could not write ${out}: ${(e as Error).message}`);
      return 1;
    }
  }
  return 0;
}

runCli('tournament', main);
