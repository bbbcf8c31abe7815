/**
 * `npm run sim -- --games N --seed S [--us BOT] [--dprk BOT] [--rok BOT] [--set ID=VALUE]… [--json]
 * [--csv FILE] [--save FILE] [--turns N] [--rules N] [--workers N]`: plays N bot games with seeds S, S+1, … on worker threads
 * and summarizes them. The summary is the same for any number of workers (exact sums of parts).
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { BOT_NAMES, isBotName } from '../bots/personalities';
import { makeSave } from '../codec/save';
import { createGame } from '../engine/runner';
import { addSimTotals, emptySimTotals, summarizeSim, type SimSummary, type SimTotals } from '../engine/simulate';
import { parseOverride, type Overrides } from '../model/overrides';
import { ENDING_IDS, INDICATOR_IDS, SEATS, type SeatControllers } from '../model/types';
import { intFlag, parseArgs, rulesFlag, RULES_USAGE, runCli, UsageError, type Parsed } from './args';
import { defaultWorkers, runJobs, splitGames } from './pool';
import { CSV_HEADER } from './work';

const USAGE = `Usage: npm run sim -- --games N --seed S [options]

Plays N bot games with seeds S, S+1, … and prints a summary.

Options:
  --games N         number of games (1 to 1000000, default 100)
  --seed S          first seed (0 to 4294967295, default 1)
  --us BOT          Washington's bot: ${BOT_NAMES.join(', ')} (default dealmaker)
  --dprk BOT        Pyongyang's bot (default dealmaker)
  --rok BOT         Seoul's bot (default dealmaker)
  --set ID=VALUE    start with an indicator or status changed, e.g. --set ukraine=settled (repeatable)
  --turns N         turn limit (1 to 200, default 24)
${RULES_USAGE}
  --json            print one JSON object instead of the summary
  --csv FILE        write one row per game to FILE
  --save FILE       write the first game as a save file
  --workers N       worker threads (1 to 256, default: every core, here ${defaultWorkers()})
  --help            show this help`;

const SPEC = {
  games: { kind: 'string' },
  seed: { kind: 'string' },
  us: { kind: 'string' },
  dprk: { kind: 'string' },
  rok: { kind: 'string' },
  set: { kind: 'list' },
  turns: { kind: 'string' },
  rules: { kind: 'string' },
  json: { kind: 'boolean' },
  csv: { kind: 'string' },
  save: { kind: 'string' },
  workers: { kind: 'string' },
  help: { kind: 'boolean' },
} as const;

function botFlag(p: Parsed, seat: string): `bot:${string}` {
  const raw = p.flags[seat];
  if (raw === undefined) return 'bot:dealmaker';
  if (typeof raw !== 'string' || !isBotName(raw))
    throw new UsageError(`--${seat} takes one of ${BOT_NAMES.join(', ')}, not "${String(raw)}"`);
  return `bot:${raw}`;
}

function pct(n: number, of: number): string {
  return `${((n / Math.max(1, of)) * 100).toFixed(1)}%`;
}

function printSummary(s: SimSummary, elapsedMs: number, workers: number): void {
  const lines = [
    `${s.games} games from seed ${s.seed}: Washington ${s.seats.us}, Pyongyang ${s.seats.dprk}, Seoul ${s.seats.rok}`,
    '',
    'Endings',
    ...ENDING_IDS.map((e) => `  ${e.padEnd(12)} ${String(s.endings[e]).padStart(7)}  ${pct(s.endings[e], s.games).padStart(6)}`),
    '',
    `Mean length   ${s.meanTurns} months`,
    `Mean score    Washington ${s.scores.us}  Pyongyang ${s.scores.dprk}  Seoul ${s.scores.rok}`,
    '',
    'Mean final indicators',
    ...INDICATOR_IDS.map((id) => `  ${id.padEnd(16)} ${s.meanFinal[id].toFixed(1).padStart(6)}`),
    '',
    `${(elapsedMs / 1000).toFixed(2)} s, ${Math.round((s.games / Math.max(elapsedMs, 1e-6)) * 1000)} games per second on ${workers} ${workers === 1 ? 'thread' : 'worker threads'}`,
  ];
  console.log(lines.join('\n'));
}

async function main(argv: string[]): Promise<number> {
  let p: Parsed;
  let games: number, seed: number, turns: number, workers: number, scenarioVersion: number;
  const seats = {} as SeatControllers;
  let overrides: Overrides = {};
  try {
    p = parseArgs(argv, SPEC);
    if (p.flags.help) {
      console.log(USAGE);
      return 0;
    }
    games = intFlag(p, 'games', 100, 1, 1_000_000);
    seed = intFlag(p, 'seed', 1, 0, 4294967295);
    turns = intFlag(p, 'turns', 24, 1, 200);
    workers = intFlag(p, 'workers', defaultWorkers(), 1, 256);
    scenarioVersion = rulesFlag(p);
    for (const seat of SEATS) seats[seat] = botFlag(p, seat);
    for (const pair of (p.flags.set as string[] | undefined) ?? []) {
      const r = parseOverride(pair, overrides);
      if (!r.ok) throw new UsageError(`--set: ${r.error}`);
      overrides = r.value;
    }
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`sim: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  const csvPath = p.flags.csv as string | undefined;
  const savePath = p.flags.save as string | undefined;
  const progress = process.stderr.isTTY && !p.flags.json;
  const started = performance.now();
  const ranges = splitGames(games, workers);
  const parts: SimTotals[] = [];
  const rows: string[][] = [];
  let done = 0;
  const options = { games, seed, seats, maxTurns: turns, overrides, scenarioVersion };
  await runJobs(
    ranges.map(([from, to]) => ({ kind: 'sim' as const, options, from, to, csv: csvPath !== undefined })),
    workers,
    (i, r) => {
      if (r.kind !== 'sim') return;
      parts[i] = r.totals;
      rows[i] = r.rows;
      done += r.totals.games;
      if (progress) process.stderr.write(`\r[${'#'.repeat(Math.round((done / games) * 30)).padEnd(30)}] ${done}/${games}`);
    },
  );
  const summary = summarizeSim(options, parts.reduce(addSimTotals, emptySimTotals()));
  if (savePath) {
    // The first game again through a checkpointing runner, so the save carries its hashes.
    const game = createGame({ seed, seats, maxTurns: turns, overrides, scenarioVersion }, { checkpoints: true });
    game.runBots();
    writeFileSync(savePath, makeSave(game.save({ app: 'quiet-channel-sim' })));
    game.stop();
  }
  const elapsedMs = performance.now() - started;
  if (progress) process.stderr.write('\n');
  if (csvPath) writeFileSync(csvPath, [CSV_HEADER, ...rows.flat()].join('\n') + '\n');
  if (p.flags.json) {
    console.log(
      JSON.stringify({
        ...summary,
        elapsedMs: Math.round(elapsedMs),
        gamesPerSecond: Math.round((games / Math.max(elapsedMs, 1e-6)) * 1000),
        workers,
      }),
    );
  } else printSummary(summary, elapsedMs, workers);
  return 0;
}

runCli('sim', main);
