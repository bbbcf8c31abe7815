/** The turning points' worker pool: screened rounds on any number of workers give the engine's result. */
import { describe, expect, it } from 'vitest';
import { startTurningPoints } from '../../src/app/turningPool';
import { WorkerPool } from '../../src/app/workerPool';
import type { TurningAsk } from '../../src/app/labWorker';
import {
  counterfactualContext,
  counterfactualTurningPoints,
  planCounterfactual,
  runCounterfactualJob,
  type CounterfactualContext,
} from '../../src/engine/counterfactual';
import { createGame } from '../../src/engine/runner';

/** A stand-in for labWorker.ts in this thread: answers each request on a later tick. */
function fakeWorker(): Worker {
  const listeners: ((e: { data: unknown }) => void)[] = [];
  let ctx: CounterfactualContext | null = null;
  const answer = (a: TurningAsk): unknown => {
    if (a.save) {
      const c = counterfactualContext(a.save, a.bot);
      if (!c.ok) throw new Error(c.error);
      ctx = c.value;
    }
    if (!ctx) throw new Error('no save');
    if (a.plan) {
      const p = planCounterfactual(ctx, a.plan);
      if (!p.ok) throw new Error(p.error);
      return { id: a.id, plan: p.value };
    }
    return { id: a.id, runs: runCounterfactualJob(ctx, a.job!, a.from ?? 0, a.to ?? 0) };
  };
  return {
    addEventListener: (type: string, fn: (e: { data: unknown }) => void) => {
      if (type === 'message') listeners.push(fn);
    },
    postMessage: (a: TurningAsk) => setTimeout(() => listeners.forEach((fn) => fn({ data: answer(a) })), 0),
    terminate: () => undefined,
  } as unknown as Worker;
}

describe('the turning points pool', () => {
  const g = createGame({ seed: 3, seats: { us: 'bot:dealmaker', dprk: 'bot:hawk', rok: 'bot:dove' } }, { checkpoints: true });
  g.runBots();
  const save = g.save();
  g.stop();
  const o = { futures: 8, turns: [2, 3, 4], seats: ['us' as const] };

  it.each([1, 3])('screens as the engine does on %i worker(s), with progress up to the futures played', async (workers) => {
    const screening = { screen: 2, keep: 2 };
    const expected = counterfactualTurningPoints(save, { ...o, screening });
    if (!expected.ok) throw new Error(expected.error);
    let last = [0, 0];
    const pool = new WorkerPool(fakeWorker, Infinity);
    const r = await startTurningPoints(save, {
      ...o,
      screening,
      workers,
      chunk: 3,
      pool,
      onProgress: (d, t) => (last = [d, t]),
    }).done;
    expect(r.points).toEqual(expected.value);
    expect(r.screening).toEqual(screening);
    expect(last[0]).toBe(r.played);
    expect(last[1]).toBeGreaterThanOrEqual(r.played);
    const unscreened = await startTurningPoints(save, { ...o, workers, pool }).done;
    expect(unscreened.screening).toBeNull();
    expect(unscreened.played).toBeGreaterThan(r.played);
    const direct = counterfactualTurningPoints(save, o);
    expect(direct.ok && direct.value).toEqual(unscreened.points);
    pool.close();
  });
});
