/**
 * `npm run tournament -- [--games N] [--seed S] [--games-for BOT=N]… [--turns N] [--rules N] [--bots A,B,…] [--workers N] [--json] [--out FILE]`:
 * plays every profile of bot personalities and prints the balance report (docs/balance.md). The
 * profiles are shared out to worker threads; the report is the same for any number of them.
 */
import { statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { BOT_NAMES, isBotName } from '../bots/personalities';
import { analyse, tournamentPlan, type ProfileResult } from '../engine/tournament';
import { formatTournament } from '../engine/tournamentFormat';
import { defaultWorkers, runJobs } from './pool';
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
  --workers N       worker threads (1 to 256, default: every core, here ${defaultWorkers()}); the report is the same for any number
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
  workers: { kind: 'string' },
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

async function main(argv: string[]): Promise<number> {
  let p: Parsed;
  let scenarioVersion: number;
  let personalities: string[];
  let games: number, seed: number, turns: number | undefined, gamesFor: Record<string, number>, out: string | undefined, workers: number;
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
    workers = intFlag(p, 'workers', defaultWorkers(), 1, 256);
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
  const o = { games, seed, gamesFor, maxTurns: turns, scenarioVersion, personalities };
  const plan = tournamentPlan(o);
  const options = { seed, maxTurns: turns, scenarioVersion };
  // The slow profiles (those with a personality given fewer games) go out first, so no thread is left with one at the end.
  const slow = (j: (typeof plan.jobs)[number]) => Object.values(j.profile).filter((b) => gamesFor[b] !== undefined).length;
  const order = plan.jobs.map((_, i) => i).sort((a, b) => slow(plan.jobs[b]!) - slow(plan.jobs[a]!) || a - b);
  const profiles: ProfileResult[] = [];
  let done = 0;
  await runJobs(
    order.map((i) => ({ kind: 'profile' as const, profile: plan.jobs[i]!.profile, games: plan.jobs[i]!.games, options })),
    workers,
    (k, r) => {
      if (r.kind !== 'profile') return;
      profiles[order[k]!] = r.result;
      done++;
      if (!progress) return;
      const width = 30;
      const { profile } = r.result;
      const label = `${profile.us}/${profile.dprk}/${profile.rok}`;
      process.stderr.write(
        `\r[${'#'.repeat(Math.round((done / order.length) * width)).padEnd(width)}] ${done}/${order.length} ${label.padEnd(36)}`,
      );
    },
  );
  const result = analyse(plan.names, profiles, o, plan.gamesFor);
  const seconds = (performance.now() - started) / 1000;
  if (progress) process.stderr.write('\n');
  console.log(p.flags.json ? JSON.stringify(result) : formatTournament(result, 'text'));
  // Timing goes to stderr, so the report itself is the same on every run with the same flags.
  console.error(
    `tournament: ${result.totalGames} games in ${seconds.toFixed(1)} s (${Math.round(result.totalGames / Math.max(seconds, 1e-6))} games per second on ${workers} ${workers === 1 ? 'thread' : 'threads'})`,
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
