/** The lab's core: specs are checked, arms share seeds, and any split of the seeds merges to the same result. */
import { describe, expect, it } from 'vitest';
import { labChunks, mergeLabPartials, runLab, runLabRange, playArmGame, emptyLabPartial } from '../../src/engine/lab';
import { parseLabSpec, labSpecJson, type LabSpec } from '../../src/engine/labSpec';
import { labCsv, summarizeLab } from '../../src/engine/labSummary';
import { CURRENT_RULESET } from '../../src/engine/rulesets';
import { simulate } from '../../src/engine/simulate';
import { LAB_PRESETS } from '../../src/model/data/labPresets';

function spec(x: unknown): LabSpec {
  const r = parseLabSpec(x);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

const TWO = spec({
  games: 24,
  seed: 77,
  months: 24,
  arms: [
    { label: 'Low', set: { determination: 35 } },
    { label: 'High', set: { determination: 80 } },
  ],
});

describe('lab specs', () => {
  it('fills defaults from the current ruleset and reads its own JSON back', () => {
    const s = spec({ arms: [{}, { set: { ukraine: 'settled' } }] });
    expect(s.scenarioVersion).toBe(CURRENT_RULESET.scenario.version);
    expect(s.games).toBe(500);
    expect(s.arms.map((a) => a.label)).toEqual(['A', 'B']);
    expect(spec(JSON.parse(JSON.stringify(labSpecJson(TWO))))).toEqual(TWO);
  });

  it.each([
    [{ arms: [{}] }, /2 to 6 arms/],
    [{ games: 0, arms: [{}, {}] }, /games takes a whole number/],
    [{ games: 1.5, arms: [{}, {}] }, /games takes a whole number/],
    [{ scenarioVersion: 99, arms: [{}, {}] }, /scenarioVersion takes one of/],
    [{ arms: [{ set: { determination: 140 } }, {}] }, /arms\[0\]\.set: determination takes a number from 0 to 100/],
    [{ arms: [{ set: { nonsense: 1 } }, {}] }, /unknown id "nonsense"/],
    [{ arms: [{}, { seats: { us: 'genius' } }] }, /arms\[1\]\.seats\.us takes one of/],
    [{ arms: [{}, { forbid: ['us.teleport'] }] }, /"us.teleport" is not a move/],
    [{ arms: [{}, { inject: { event: 'meteor', when: [] } }] }, /"meteor" is not an event/],
    [{ arms: [{}, { color: 'red' }] }, /unknown field "color"/],
    [{ measure: { kind: 'indicator', indicator: 'luck' }, arms: [{}, {}] }, /measure.indicator takes one of/],
    [{ extra: 1, arms: [{}, {}] }, /unknown field "extra"/],
    ['not an object', /JSON object/],
  ])('refuses %j with a clear message', (x, message) => {
    const r = parseLabSpec(x);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('every preset of the article’s claims is a valid spec under the rules it names (the current ones unless it pins a version), with its claim and source', () => {
    expect(LAB_PRESETS.map((p) => p.claim).sort()).toEqual(['10', '11', '3', '6a', '8', '9']);
    for (const p of LAB_PRESETS) {
      const r = parseLabSpec(p.spec);
      expect(r.ok, `${p.id}: ${r.ok ? '' : r.error}`).toBe(true);
      expect(p.text.length).toBeGreaterThan(20);
      expect(p.source).toMatch(/The Diplomat/);
    }
  });
});

describe('the lab runner', () => {
  it('an arm without interventions plays exactly the games `sim` plays on the same seeds', () => {
    const r = summarizeLab(TWO, runLab(TWO));
    const sim = simulate({ games: 24, seed: 77, seats: TWO.arms[1]!.seats, overrides: { determination: 80 } });
    expect(r.arms[1]!.endings).toEqual(sim.endings);
    expect(r.arms[1]!.meanFinal).toEqual(sim.meanFinal);
    expect(r.arms[1]!.scores).toEqual(sim.scores);
    expect(r.arms[1]!.meanTurns).toBe(sim.meanTurns);
  });

  it('any split of the seeds, merged in any order, gives the identical partial and summary', () => {
    const whole = runLab(TWO);
    for (const size of [1, 7, 24]) {
      const parts = labChunks(TWO.games, size).map(([f, t]) => runLabRange(TWO, f, t));
      const forward = parts.reduce(mergeLabPartials, emptyLabPartial(TWO));
      const backward = [...parts].reverse().reduce(mergeLabPartials, emptyLabPartial(TWO));
      expect(forward).toEqual(whole);
      expect(backward).toEqual(whole);
      expect(JSON.stringify(summarizeLab(TWO, backward))).toBe(JSON.stringify(summarizeLab(TWO, whole)));
    }
    expect(whole.ranges).toEqual([[0, 24]]);
    expect(() => mergeLabPartials(runLabRange(TWO, 0, 10), runLabRange(TWO, 5, 15))).toThrow(/overlap/);
  });

  it('arms share seeds: two identical arms differ by exactly zero, game by game', () => {
    const same = spec({ games: 30, seed: 5, arms: [{ set: { ukraine: 'settled' } }, { set: { ukraine: 'settled' } }] });
    const r = summarizeLab(same, runLab(same));
    expect(r.arms[0]!.endings).toEqual(r.arms[1]!.endings);
    expect(r.differences[0]!.measure).toEqual({ value: 0, lo: 0, hi: 0 });
    expect(r.commonSeeds).toBe(true);
  });

  it('the paired difference equals the difference of the arms’ shares, and its interval is the paired one', () => {
    const r = summarizeLab(TWO, runLab(TWO));
    const d = r.differences[0]!;
    expect(d.measure.value).toBeCloseTo(r.arms[1]!.measure.value - r.arms[0]!.measure.value, 4);
    expect(d.measure.lo).toBeLessThan(d.measure.value);
    expect(d.measure.hi).toBeGreaterThan(d.measure.value);
    // Shares with Wilson intervals sum to one over the endings.
    const total = Object.values(r.arms[0]!.shares).reduce((a, s) => a + s.value, 0);
    expect(total).toBeCloseTo(1, 3);
    // Sample seeds are seeds of the range, one per ending reached.
    for (const seed of Object.values(r.arms[0]!.samples)) expect(seed).toBeGreaterThanOrEqual(77);
    expect(labCsv(r).split('\n')[0]).toBe('section,arm,item,count_or_mean,share_or_lo,lo,hi');
  });

  it('interventions act: a forbidden move is never played, a preferred one is played when legal, an injected leak happens', () => {
    const rec = spec(LAB_PRESETS.find((p) => p.id === 'recognition')!.spec);
    const leak = spec(LAB_PRESETS.find((p) => p.id === 'leak')!.spec);
    let preferred = 0;
    let leaks = 0;
    let natural = 0;
    const leaked = (st: { news: { id: string }[] }) => st.news.some((n) => n.id === 'event.leak');
    for (let seed = 1; seed <= 20; seed++) {
      expect(playArmGame(rec, rec.arms[0]!, seed).used).not.toContain('us.recognizeNuclearStatus');
      if (playArmGame(rec, rec.arms[1]!, seed).used.includes('us.recognizeNuclearStatus')) preferred++;
      if (leaked(playArmGame(leak, leak.arms[1]!, seed))) leaks++;
      if (leaked(playArmGame(leak, leak.arms[0]!, seed))) natural++;
    }
    expect(preferred).toBeGreaterThan(0);
    expect(leaks).toBeGreaterThan(10);
    expect(leaks).toBeGreaterThan(natural);
  });

  it('the determination preset shows the article’s direction on a few hundred games', () => {
    const p = LAB_PRESETS.find((x) => x.id === 'determination')!;
    const s = spec({ ...p.spec, games: 200 });
    const r = summarizeLab(s, runLab(s));
    expect(r.differences[0]!.measure.lo).toBeGreaterThan(0);
  });
});
