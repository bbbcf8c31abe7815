/**
 * `npm run whatif -- SAVE.json [--futures N] [--screen N] [--keep N] [--top N] [--bot BOT] [--turns 1,2,…] [--json]`: the
 * counterfactual turning points of a finished game — for each move, the alternatives its seat had,
 * each played on into N futures (bots, fresh chance) and compared with the futures of the move
 * actually played. Prints the moves that shift the ending most, with their uncertainty.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { BOT_NAMES, isBotName } from '../bots/personalities';
import { parseSave } from '../codec/save';
import { counterfactualTurningPoints } from '../engine/counterfactual';
import { intFlag, parseArgs, runCli, UsageError } from './args';

const USAGE = `Usage: npm run whatif -- SAVE.json [options]

The game's counterfactual turning points: each move swapped for every alternative, N futures each.

Options:
  --futures N   futures per move (1 to 10000, default 200)
  --screen N    screen first: every alternative with N futures, then all of them for the
                strongest points only (see --keep); default: no screening
  --keep N      with --screen, the strongest points played to the full number (1 to 100, default 3)
  --top N       turning points to print (1 to 100, default 5)
  --bot BOT     the bot in every seat of the futures: ${BOT_NAMES.join(', ')} (default dealmaker)
  --turns LIST  only these months, e.g. 1,2,3
  --json        print the points as JSON
  --help        show this help`;

const FLAGS = {
  futures: { kind: 'string' },
  screen: { kind: 'string' },
  keep: { kind: 'string' },
  top: { kind: 'string' },
  bot: { kind: 'string' },
  turns: { kind: 'string' },
  json: { kind: 'boolean' },
  help: { kind: 'boolean' },
} as const;

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;

function main(argv: string[]): number {
  let file: string, futures: number, top: number, bot: string;
  let turns: number[] | undefined;
  let json: boolean;
  let screening: { screen: number; keep: number } | undefined;
  try {
    const p = parseArgs(argv, FLAGS, 1);
    if (p.flags.help) {
      console.log(USAGE);
      return 0;
    }
    file = p.positional[0] ?? '';
    if (!file) throw new UsageError('give a save file');
    futures = intFlag(p, 'futures', 200, 1, 10000);
    top = intFlag(p, 'top', 5, 1, 100);
    if (p.flags.screen !== undefined) screening = { screen: intFlag(p, 'screen', 10, 1, 10000), keep: intFlag(p, 'keep', 3, 1, 100) };
    else if (p.flags.keep !== undefined) throw new UsageError('--keep goes with --screen');
    bot = (p.flags.bot as string | undefined) ?? 'dealmaker';
    if (!isBotName(bot)) throw new UsageError(`--bot takes one of ${BOT_NAMES.join(', ')}, not "${bot}"`);
    const list = p.flags.turns as string | undefined;
    if (list !== undefined) {
      if (!/^\d+(,\d+)*$/.test(list)) throw new UsageError(`--turns takes months like 1,2,3, not "${list}"`);
      turns = list.split(',').map(Number);
    }
    json = p.flags.json === true;
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`whatif: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    console.error(`whatif: cannot read "${file}"`);
    return 2;
  }
  const save = parseSave(text);
  if (!save.ok) {
    console.error(`whatif: ${save.error}`);
    return 1;
  }
  const t0 = performance.now();
  const r = counterfactualTurningPoints(save.value, { futures, bot, turns, ...(screening ? { screening } : {}) });
  const elapsedMs = Math.round(performance.now() - t0);
  if (!r.ok) {
    console.error(`whatif: ${r.error}`);
    return 1;
  }
  const points = r.value.slice(0, top);
  if (json) {
    console.log(JSON.stringify({ points, elapsedMs }));
    return 0;
  }
  for (const p of points) {
    const alt = p.alternatives[0];
    if (!alt) continue;
    console.log(
      `Month ${p.turn}, ${p.seat} played ${p.played}. Had it played ${alt.move}, ${alt.ending} would have followed in ${pct(alt.endings[alt.ending] / p.futures)} of ${p.futures} futures instead of ${pct(p.playedEndings[alt.ending] / p.futures)} (difference ${pct(alt.change.value)}, 95% ${pct(alt.change.lo)} to ${pct(alt.change.hi)}; shift ${alt.shift.toFixed(2)}).`,
    );
  }
  const how = screening
    ? `, screened: every alternative with ${screening.screen} futures, the ${screening.keep} strongest moves with all ${futures}`
    : '';
  console.log(`\n${r.value.length} moves examined in ${(elapsedMs / 1000).toFixed(1)} s${how}`);
  return 0;
}

runCli('whatif', main);
