/**
 * The Web Worker of the browser's lab (labPool.ts): plays one seed range of a spec and answers with
 * its partial result. It also plays counterfactual turning points (turningPool.ts): it plans a
 * save's jobs, or plays a range of one job's futures, keeping the save's replayed months between jobs.
 */
import { counterfactualContext, planCounterfactual, runCounterfactualJob, type CounterfactualContext } from '../engine/counterfactual';
import type { CounterfactualJob, CounterfactualOptions } from '../engine/counterfactual';
import { runLabRange } from '../engine/lab';
import type { LabSpec } from '../engine/labSpec';
import type { SaveFile } from '../codec/save';

interface LabAsk {
  kind?: 'lab';
  id: number;
  spec: LabSpec;
  from: number;
  to: number;
}

/** A turning-points request: `save` comes with a worker's first request of a run. */
export interface TurningAsk {
  kind: 'turning';
  id: number;
  run: number;
  save?: SaveFile;
  bot: string;
  plan?: CounterfactualOptions;
  job?: CounterfactualJob;
  from?: number;
  to?: number;
}

let current: { run: number; ctx: CounterfactualContext } | null = null;

function turning(a: TurningAsk): unknown {
  if (a.save && current?.run !== a.run) {
    const ctx = counterfactualContext(a.save, a.bot);
    if (!ctx.ok) throw new Error(ctx.error);
    current = { run: a.run, ctx: ctx.value };
  }
  if (!current || current.run !== a.run) throw new Error('a turning-points worker was asked for a job before its save');
  if (a.plan) {
    const plan = planCounterfactual(current.ctx, a.plan);
    if (!plan.ok) throw new Error(plan.error);
    return { id: a.id, plan: plan.value };
  }
  if (!a.job) throw new Error('a turning-points request without a job');
  return { id: a.id, runs: runCounterfactualJob(current.ctx, a.job, a.from ?? 0, a.to ?? 0) };
}

self.addEventListener('message', (e: MessageEvent<LabAsk | TurningAsk>) => {
  const ask = e.data;
  try {
    if (ask.kind === 'turning') self.postMessage(turning(ask));
    else self.postMessage({ id: ask.id, partial: runLabRange(ask.spec, ask.from, ask.to) });
  } catch (err) {
    self.postMessage({ id: ask.id, error: err instanceof Error ? err.message : String(err) });
  }
});
