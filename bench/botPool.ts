/**
 * The bot pool against the event loop (`npm run bench:pool`): a classroom server where one session's
 * strategists keep deciding while another session's team looks up its lobby and plays. With the
 * strategists in a worker (the default) and on the event loop (`botWorkers: 0`), it reports the event
 * loop's longest stall and the other session's slowest request. Target: with the pool both are
 * shorter than without it, and the longest stall is under 100 ms (a decision takes far longer).
 */
import { underStrategists } from '../tests/server/strategistLoad';

const moves = Number(process.argv[process.argv.indexOf('--moves') + 1]) || 6;
const pooled = await underStrategists(1, moves);
const inline = await underStrategists(0, moves);
const line = (what: string, r: typeof pooled) =>
  `${what}: event loop max ${r.loopMaxMs.toFixed(1)} ms, slowest of ${r.requests} requests ${r.requestMaxMs.toFixed(1)} ms`;
console.log(line('strategists in a worker', pooled));
console.log(line('strategists on the event loop', inline));
const targets: [string, boolean][] = [
  ['with the pool the longest stall is shorter than without it', pooled.loopMaxMs < inline.loopMaxMs],
  ['with the pool the slowest request is faster than without it', pooled.requestMaxMs < inline.requestMaxMs],
  ['with the pool no stall of the event loop reaches 100 ms', pooled.loopMaxMs < 100],
];
for (const [what, met] of targets) console.log(`${met ? 'OK       ' : 'NOT met  '} ${what}`);
const missed = targets.filter(([, met]) => !met).length;
console.log(missed === 0 ? 'OK: every target met.' : `NOT met: ${missed} of ${targets.length} targets missed.`);
process.exit(missed === 0 ? 0 : 1);
