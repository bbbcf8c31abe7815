/** Counterfactual turning points: each move against every alternative its seat had, on shared fresh futures. */
import { describe, expect, it } from 'vitest';
import {
  assembleTurningPoints,
  counterfactualContext,
  counterfactualTurningPoints,
  planCounterfactual,
  runCounterfactualJob,
} from '../../src/engine/counterfactual';
import { foldSave } from '../../src/engine/fold';
import { botSave } from '../helpers/botGames';
import { ENDING_IDS } from '../../src/model/types';

describe('counterfactual turning points', () => {
  const save = botSave(3);
  const run = () => counterfactualTurningPoints(save, { futures: 4, turns: [2] });

  it('examines every move of the month against every other legal move, deterministically', () => {
    const a = run();
    const b = run();
    if (!a.ok || !b.ok) throw new Error('refused');
    expect(a.value).toEqual(b.value);
    expect(a.value.map((p) => p.seat).sort()).toEqual(['dprk', 'rok', 'us']);
    const folded = foldSave(save, { to: 1, seats: { us: 'bot:dealmaker', dprk: 'bot:dealmaker', rok: 'bot:dealmaker' } });
    if (!folded.ok) throw new Error('fold');
    for (const p of a.value) {
      const legal = folded.value.game.view(p.seat, { brief: true }).legal.map((m) => m.id);
      expect(p.alternatives.map((x) => x.move).sort()).toEqual(legal.filter((m) => m !== p.played).sort());
      expect(Object.values(p.playedEndings).reduce((s, n) => s + n, 0)).toBe(4);
      for (const alt of p.alternatives) {
        expect(Object.values(alt.endings).reduce((s, n) => s + n, 0)).toBe(4);
        const tv = ENDING_IDS.reduce((s, e) => s + Math.abs(alt.endings[e] - p.playedEndings[e]), 0) / 8;
        expect(alt.shift).toBeCloseTo(tv, 10);
        expect(alt.change.value).toBeCloseTo((alt.endings[alt.ending] - p.playedEndings[alt.ending]) / 4, 10);
      }
      // Strongest alternative first.
      const shifts = p.alternatives.map((x) => x.shift);
      expect(shifts).toEqual([...shifts].sort((x, y) => y - x));
    }
    folded.value.game.stop();
  });

  it('swapping Washington’s move changes the ending of some futures', () => {
    const r = counterfactualTurningPoints(save, { futures: 8, turns: [2], seats: ['us'] });
    if (!r.ok) throw new Error('refused');
    const p = r.value[0]!;
    expect(Object.values(p.playedEndings).filter((n) => n > 0).length + p.alternatives.length).toBeGreaterThan(1);
    expect(p.alternatives.some((x) => x.shift > 0)).toBe(true);
  });

  it('gives the same points however the futures are cut into ranges and in whichever order they are played', () => {
    const whole = counterfactualTurningPoints(save, { futures: 5, turns: [2, 3], seats: ['us'] });
    const ctx = counterfactualContext(save);
    if (!whole.ok || !ctx.ok) throw new Error('refused');
    const plan = planCounterfactual(ctx.value, { futures: 5, turns: [2, 3], seats: ['us'] });
    if (!plan.ok) throw new Error('plan');
    expect(plan.value.jobs[0]).toEqual({ turn: 2, seat: null, move: null });
    expect(plan.value.jobs.length).toBe(2 + plan.value.points.reduce((s, p) => s + p.alternatives.length, 0));
    // A fresh context (another worker) plays the jobs backwards, each in two ranges.
    const other = counterfactualContext(save);
    if (!other.ok) throw new Error('refused');
    const runs: number[][] = [];
    for (let i = plan.value.jobs.length - 1; i >= 0; i--) {
      const job = plan.value.jobs[i]!;
      runs[i] = [...runCounterfactualJob(other.value, job, 0, 2), ...runCounterfactualJob(ctx.value, job, 2, 5)];
    }
    expect(assembleTurningPoints(plan.value, runs)).toEqual(whole.value);
  });

  it('refuses a save of a scenario this build does not have', () => {
    const r = counterfactualTurningPoints({ ...save, scenario: { ...save.scenario, version: 99 } }, { futures: 1 });
    expect(r.ok).toBe(false);
  });
});
