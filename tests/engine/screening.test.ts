/**
 * Screening the turning points: every alternative first with a few futures, then the full number
 * for the strongest points. Completed alternatives come out exactly as without screening, the
 * strongest points are complete, and the result is the same however the work is shared.
 */
import { describe, expect, it } from 'vitest';
import {
  assembleTurningPoints,
  counterfactualContext,
  counterfactualTurningPoints,
  jobsToComplete,
  planCounterfactual,
  playPlan,
} from '../../src/engine/counterfactual';
import { botSave } from '../helpers/botGames';

describe('screened turning points', () => {
  const save = botSave(3);
  const o = { futures: 12, turns: [2, 3, 4, 5], seats: ['us' as const] };
  const full = counterfactualTurningPoints(save, o);
  const screened = counterfactualTurningPoints(save, { ...o, screening: { screen: 3, keep: 2 } });
  if (!full.ok || !screened.ok) throw new Error('refused');

  it('plays the strongest points to the full number, and their outcomes are those of the unscreened run', () => {
    const top = screened.value.slice(0, 2).filter((p) => (p.alternatives[0]?.shift ?? 0) > 0);
    expect(top.length).toBeGreaterThan(0);
    for (const p of top) {
      expect(p.futures).toBe(12);
      expect(p.alternatives[0]!.futures).toBeUndefined();
      const same = full.value.find((q) => q.turn === p.turn && q.seat === p.seat)!;
      expect(p.playedEndings).toEqual(same.playedEndings);
      expect(same.alternatives).toContainEqual(p.alternatives[0]);
    }
    // The others kept their first pass: fewer futures, said on the alternative.
    const rest = screened.value.flatMap((p) => p.alternatives).filter((a) => a.futures !== undefined);
    expect(rest.length).toBeGreaterThan(0);
    for (const a of rest) expect(a.futures).toBe(3);
    expect(screened.value.map((p) => [p.turn, p.seat]).sort()).toEqual(full.value.map((p) => [p.turn, p.seat]).sort());
  });

  it('is the unscreened result when the first pass already has every future', () => {
    const same = counterfactualTurningPoints(save, { ...o, screening: { screen: 12, keep: 1 } });
    expect(same.ok && same.value).toEqual(full.value);
  });

  it('ends with nothing left to complete, and the same rounds give the same runs', () => {
    const ctx = counterfactualContext(save);
    if (!ctx.ok) throw new Error(ctx.error);
    const plan = planCounterfactual(ctx.value, o);
    if (!plan.ok) throw new Error(plan.error);
    const runs = playPlan(ctx.value, plan.value, { screen: 3, keep: 2 });
    expect(jobsToComplete(plan.value, runs, 2)).toEqual([]);
    expect(assembleTurningPoints(plan.value, runs)).toEqual(screened.value);
    expect(runs.every((r) => r.length === 3 || r.length === 12)).toBe(true);
  });
});
