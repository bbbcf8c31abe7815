/**
 * `npm run bench [-- --json]`: the core's speed on one core, in one run.
 *  - full bot games per second (target ≥ 1,000);
 *  - one of our transitions (a sealed move) against a trivial XState machine's transition, the
 *    engine floor (target: within 3×), and a whole month's cost per event for context;
 *  - replay-verify of a 24-month save and of a 500-action save (target < 100 ms);
 *  - the strategist's decision time, median and 95th percentile (target: median ≤ 100 ms);
 *  - `sim --workers 2` against `--workers 1` (bench/workers.ts; target ≥ 1.8× on two cores).
 * Runs in plain Node with XState's production build; never inside Vitest.
 */
import { performance } from 'node:perf_hooks';
import { assign, createActor, setup } from 'xstate';
import { chooseMove } from '../src/bots/choose';
import { logReason } from '../src/i18n/log';
import { createGame, playBotGame } from '../src/engine/runner';
import { encodeLink } from '../src/codec/link';
import { replaySave } from '../src/engine/replay';
import { openLink } from '../src/engine/share';
import { gameMachine } from '../src/machine/gameMachine';
import { SEATS } from '../src/model/types';
import { playerView, type PlayerView } from '../src/model/view';
import { STRATEGIST_BUDGET } from '../src/bots/strategist';
import { benchWorkers, workersLine } from './workers';

const json = process.argv.includes('--json');

function time<T>(fn: () => T): [T, number] {
  const t = performance.now();
  const r = fn();
  return [r, performance.now() - t];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

// ── Full games per second ────────────────────────────────────────────────────────────────
for (let i = 0; i < 200; i++) playBotGame({ seed: 900000 + i }); // warm up the JIT
const GAMES = 2000;
let months = 0;
const [, gamesMs] = time(() => {
  for (let i = 0; i < GAMES; i++) months += playBotGame({ seed: i + 1 }).state.history.length;
});
const gamesPerSecond = (GAMES / gamesMs) * 1000;

// ── One transition against the floor ────────────────────────────────────────────────────
const trivial = setup({ types: { context: {} as { n: number }, events: {} as { type: 'inc' } } }).createMachine({
  context: { n: 0 },
  on: { inc: { actions: assign({ n: ({ context }) => context.n + 1 }) } },
});
const floorActor = createActor(trivial).start();
const FLOOR_N = 200000;
for (let i = 0; i < 20000; i++) floorActor.send({ type: 'inc' });
const [, floorMs] = time(() => {
  for (let i = 0; i < FLOOR_N; i++) floorActor.send({ type: 'inc' });
});
const floorUs = (floorMs / FLOOR_N) * 1000;

// The same shape with nothing in it: four regions of two states and a turn region, one counter.
// It shows what the statechart's parallel structure alone costs per event.
const region = (name: string) => ({ initial: 'a', states: { a: { on: { [`${name}.go`]: 'b' } }, b: {} } });
const skeleton = setup({ types: { context: {} as { n: number }, events: {} as { type: string } } }).createMachine({
  context: { n: 0 },
  type: 'parallel',
  states: {
    negotiation: region('n'),
    seoul: region('s'),
    ukraine: region('u'),
    cabinet: region('c'),
    turn: { initial: 'planning', states: { planning: { on: { inc: { actions: assign({ n: ({ context }) => context.n + 1 }) } } } } },
  },
});
const skeletonActor = createActor(skeleton).start();
for (let i = 0; i < 20000; i++) skeletonActor.send({ type: 'inc' });
const [, skeletonMs] = time(() => {
  for (let i = 0; i < FLOOR_N; i++) skeletonActor.send({ type: 'inc' });
});
const skeletonUs = (skeletonMs / FLOOR_N) * 1000;

// A sealed move that does not complete the month: the common transition of every game.
const moveSamples: number[] = [];
let monthEvents = 0;
let monthMs = 0;
for (let g = 0; g < 300; g++) {
  const actor = createActor(gameMachine, { input: { seed: 50000 + g } }).start();
  while (actor.getSnapshot().status === 'active') {
    const choices = SEATS.map((seat) => {
      const c = chooseMove(playerView(actor.getSnapshot().context, seat, { brief: true }), 'dealmaker');
      return { seat, move: c.move, reason: logReason(c.reason) };
    });
    for (const [i, c] of choices.entries()) {
      const [, ms] = time(() => actor.send({ type: 'move.play', seat: c.seat, move: c.move, reason: c.reason }));
      if (i < 2) moveSamples.push(ms * 1000);
      monthMs += ms;
      monthEvents++;
    }
  }
  actor.stop();
}
const moveUs = moveSamples.reduce((a, b) => a + b, 0) / moveSamples.length;
const perEventUs = (monthMs / monthEvents) * 1000;

// ── Replay-verify ────────────────────────────────────────────────────────────────────────
function recordedSave(seed: number, maxTurns: number) {
  const game = createGame({ seed, maxTurns, seats: { us: 'bot:hawk', dprk: 'bot:dove', rok: 'bot:dealmaker' } }, { checkpoints: true });
  game.runBots();
  const save = game.save();
  game.stop();
  return save;
}
let save24 = recordedSave(1, 24);
for (let s = 2; save24.actions.length < 72 && s < 500; s++) save24 = recordedSave(s, 24);
let save500 = recordedSave(1, 200);
for (let s = 2; save500.actions.length < 500 && s < 2000; s++) save500 = recordedSave(s, 200);
const replayRuns = (save: typeof save24) => {
  for (let i = 0; i < 5; i++) replaySave(save, { verify: true });
  const samples: number[] = [];
  for (let i = 0; i < 20; i++) {
    const [r, ms] = time(() => replaySave(save, { verify: true }));
    if (!r.ok) throw new Error(`bench save did not verify: ${r.divergence.message}`);
    samples.push(ms);
  }
  return median(samples);
};
const replay24Ms = replayRuns(save24);
const replay500Ms = replayRuns(save500);

// ── Share links: the worst time to refuse a hostile fragment ──────────────────────────────
const replayed24 = replaySave(save24);
const linkPayload = encodeLink(save24, replayed24.ok ? replayed24.hash : '');
let worstLinkMs = 0;
let seedState = 12345;
const nextRand = () => (seedState = (Math.imul(seedState, 1103515245) + 12345) >>> 0) / 4294967296;
if (linkPayload.ok) {
  const valid = linkPayload.value;
  for (let i = 0; i < 10000; i++) {
    const cut = valid.slice(0, Math.floor(nextRand() * valid.length));
    const pos = Math.floor(nextRand() * valid.length);
    const mutated = valid.slice(0, pos) + 'ABCxyz019+-$'.charAt(Math.floor(nextRand() * 12)) + valid.slice(pos + 1);
    for (const f of [cut, mutated]) {
      const [, ms] = time(() => openLink(f));
      worstLinkMs = Math.max(worstLinkMs, ms);
    }
  }
}

// ── The strategist: one decision, from seats and months of ordinary games ───────────────
const decisionViews: PlayerView[] = [];
for (let g = 0; decisionViews.length < 60; g++) {
  const game = createGame({ seed: 70000 + g, seats: { us: 'bot:hawk', dprk: 'bot:dealmaker', rok: 'bot:dove' } });
  for (let m = 0; m < g % 16 && !game.ended(); m++) game.stepBots();
  if (!game.ended()) decisionViews.push(playerView(game.state(), SEATS[g % 3] as (typeof SEATS)[number], { brief: true }));
  game.stop();
}
for (const v of decisionViews.slice(0, 10)) chooseMove(v, 'strategist'); // warm up
const decisionMs = decisionViews.map((v) => time(() => chooseMove(v, 'strategist'))[1]).sort((a, b) => a - b);
const decisionMedianMs = decisionMs[Math.floor(decisionMs.length / 2)] as number;
const decisionP95Ms = decisionMs[Math.floor(decisionMs.length * 0.95)] as number;

const workers = await benchWorkers();

const result = {
  workers,
  gamesPerSecond: Math.round(gamesPerSecond),
  meanMonths: Math.round((months / GAMES) * 10) / 10,
  floorTransitionUs: Math.round(floorUs * 100) / 100,
  moveTransitionUs: Math.round(moveUs * 100) / 100,
  moveVsFloor: Math.round((moveUs / floorUs) * 100) / 100,
  parallelSkeletonUs: Math.round(skeletonUs * 100) / 100,
  moveVsSkeleton: Math.round((moveUs / skeletonUs) * 100) / 100,
  perEventIncludingResolutionUs: Math.round(perEventUs * 100) / 100,
  replay24: { actions: save24.actions.length, checkpoints: save24.checkpoints.length, ms: Math.round(replay24Ms * 100) / 100 },
  replay500: { actions: save500.actions.length, checkpoints: save500.checkpoints.length, ms: Math.round(replay500Ms * 100) / 100 },
  worstLinkRefusalMs: Math.round(worstLinkMs * 100) / 100,
  strategist: {
    decisions: decisionMs.length,
    samples: STRATEGIST_BUDGET.samples,
    horizon: STRATEGIST_BUDGET.horizon,
    /** Up to this many worlds where the game's last months make rollouts short (a budget of months per decision). */
    maxSamples: STRATEGIST_BUDGET.maxSamples ?? STRATEGIST_BUDGET.samples,
    months: STRATEGIST_BUDGET.months ?? null,
    medianMs: Math.round(decisionMedianMs * 10) / 10,
    p95Ms: Math.round(decisionP95Ms * 10) / 10,
    /** The median decision in whole bot games of this run: comparable across machines and loads. */
    medianInGames: Math.round((decisionMedianMs / (gamesMs / GAMES)) * 10) / 10,
  },
  targets: {
    gamesPerSecond: { target: '>= 1000', met: gamesPerSecond >= 1000 },
    moveVsFloor: { target: '<= 3', met: moveUs / floorUs <= 3 },
    replay500Ms: { target: '< 100', met: replay500Ms < 100 },
    linkRefusalMs: { target: '< 100 each', met: worstLinkMs < 100 },
    strategistMedianMs: { target: '<= 100', met: decisionMedianMs <= 100 },
    workersRatio: { target: '>= 1.8', met: workers.ratio >= 1.8 },
  },
};

if (json) console.log(JSON.stringify(result, null, 2));
else {
  const mark = (b: boolean) => (b ? 'met' : 'NOT met');
  console.log(
    [
      `Full bot games:        ${result.gamesPerSecond} games/s on one core (${result.meanMonths} months each)   target ≥ 1000: ${mark(result.targets.gamesPerSecond.met)}`,
      `Engine floor:          ${result.floorTransitionUs} µs per transition of a trivial machine`,
      `Our sealed move:       ${result.moveTransitionUs} µs (${result.moveVsFloor}× the floor)                 target ≤ 3×: ${mark(result.targets.moveVsFloor.met)}`,
      `Parallel skeleton:     ${result.parallelSkeletonUs} µs per transition of an empty machine with our five regions (ours is ${result.moveVsSkeleton}× that)`,
      `Whole months:          ${result.perEventIncludingResolutionUs} µs per event including the month's resolution`,
      `Replay-verify 24 mo:   ${result.replay24.ms} ms (${result.replay24.actions} actions, ${result.replay24.checkpoints} checkpoints)`,
      `Replay-verify 500 act: ${result.replay500.ms} ms (${result.replay500.actions} actions, ${result.replay500.checkpoints} checkpoints)   target < 100 ms: ${mark(result.targets.replay500Ms.met)}`,
      `Share links:           worst refusal of 20,000 truncated or mutated fragments ${result.worstLinkRefusalMs} ms   target < 100 ms: ${mark(result.targets.linkRefusalMs.met)}`,
      workersLine(workers),
      `Strategist decision:   median ${result.strategist.medianMs} ms, p95 ${result.strategist.p95Ms} ms over ${result.strategist.decisions} decisions (${result.strategist.samples}–${result.strategist.maxSamples} worlds × up to ${result.strategist.horizon} months per card, ${result.strategist.months ?? 'no'} months a decision; the median is ${result.strategist.medianInGames} bot games' time)   target median ≤ 100 ms: ${mark(result.targets.strategistMedianMs.met)}`,
    ].join('\n'),
  );
}
