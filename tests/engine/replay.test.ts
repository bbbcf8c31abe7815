/** The log is the save file and replay is a fold: round trips, `--to`, and every kind of divergence. */
import { describe, expect, it } from 'vitest';
import { makeSave, parseSave, type SaveFile } from '../../src/codec/save';
import { stateHash } from '../../src/engine/hash';
import { replaySave } from '../../src/engine/replay';
import { inputOf } from '../../src/engine/saveFile';
import { createGame } from '../../src/engine/runner';
import { MOVES_BY_ID } from '../../src/model/data/moves';
import { createInitialState, type NewGameInput } from '../../src/model/state';

/** A finished bot game recorded with a checkpoint after every month. */
function recorded(input: NewGameInput): { save: SaveFile; hash: string; months: number } {
  const game = createGame(input, { checkpoints: true });
  game.runBots();
  const out = { save: game.save({ title: `seed ${input.seed}` }), hash: game.hash(), months: game.turnsResolved() };
  game.stop();
  return out;
}

const clone = (s: SaveFile): SaveFile => structuredClone(s);
function divergence(save: SaveFile, options: Parameters<typeof replaySave>[1] = { verify: true }) {
  const r = replaySave(save, options);
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('expected a divergence');
  return r.divergence;
}

describe('round trip', () => {
  it.each([11, 12, 13])('a recorded game (seed %i) replays, through the save text, to the same hash', (seed) => {
    const { save, hash, months } = recorded({ seed, overrides: seed === 13 ? { ukraine: 'settled', trust: 35 } : {} });
    const parsed = parseSave(makeSave(save));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value).toEqual(save);
    const r = replaySave(parsed.value, { verify: true });
    if (!r.ok) throw new Error(r.divergence.message);
    expect(r.hash).toBe(hash);
    expect(r.checked).toBe(months);
    expect(r.state.ending).toBe(save.result?.ending);
    expect(stateHash(r.state)).toBe(hash);
  });

  it('a game with injected events replays to the same hash', () => {
    const game = createGame({ seed: 21 }, { checkpoints: true });
    game.inject('chinaPressure');
    game.stepBots();
    game.inject('leak');
    game.runBots();
    const save = game.save();
    expect(save.injections).toEqual([
      { turn: 1, event: 'chinaPressure' },
      { turn: 2, event: 'leak' },
    ]);
    const r = replaySave(save, { verify: true });
    if (!r.ok) throw new Error(r.divergence.message);
    expect(r.hash).toBe(game.hash());
    // Without the injections the same moves do not lead to the same game.
    const { injections: _dropped, ...without } = save;
    expect(replaySave(without, { verify: true }).ok).toBe(false);
    game.stop();
  });
});

describe('--to N', () => {
  const { save } = recorded({ seed: 14 });

  it('gives the state after month N, equal to a fresh game stopped there', () => {
    for (const n of [1, 5, 9]) {
      const r = replaySave(save, { to: n });
      if (!r.ok) throw new Error(r.divergence.message);
      expect(r.state.history).toHaveLength(n);
      expect(r.state.turn).toBe(n + 1);
      const fresh = createGame(inputOf(save));
      for (const a of save.actions.filter((x) => x.turn <= n)) expect(fresh.play(a.seat, a.move, a.reason, a.table).ok).toBe(true);
      expect(r.state).toEqual(fresh.state());
      expect(r.hash).toBe(fresh.hash());
      expect(r.hash).toBe(save.checkpoints.find((c) => c.turn === n)?.hash);
      fresh.stop();
    }
  });

  it('0 gives the starting position, and a month past the end gives the final state', () => {
    const start = replaySave(save, { to: 0 });
    if (!start.ok) throw new Error(start.divergence.message);
    expect(start.state).toEqual(createInitialState(inputOf(save)));
    const past = replaySave(save, { to: 60 });
    if (!past.ok) throw new Error(past.divergence.message);
    expect(past.hash).toBe(save.result?.hash);
  });
});

describe('divergence', () => {
  const { save } = recorded({ seed: 15 });

  it('a tampered action that is illegal names the month, the seat and the move', () => {
    const bad = clone(save);
    const i = bad.actions.findIndex((a) => a.turn === 2 && a.seat === 'dprk');
    bad.actions[i] = { ...bad.actions[i]!, move: 'dprk.walkOut' };
    expect(divergence(bad)).toEqual({
      turn: 2,
      seat: 'dprk',
      move: 'dprk.walkOut',
      message: 'the situation does not allow dprk.walkOut now',
    });
  });

  it('a tampered table action that is illegal names the month, the seat and the move, and why', () => {
    const v3 = recorded({ seed: 15, scenarioVersion: 3 }).save;
    const bad = clone(v3);
    const i = bad.actions.findIndex((a) => a.turn === 2 && a.seat === 'rok');
    bad.actions[i] = { ...bad.actions[i]!, table: { kind: 'accept', offer: 99 } };
    expect(divergence(bad)).toEqual({ turn: 2, seat: 'rok', move: bad.actions[i].move, message: 'there is no offer 99' });
    // In a version without the table, any table action is refused as such.
    const old = clone(recorded({ seed: 15, scenarioVersion: 2 }).save);
    const j = old.actions.findIndex((a) => a.turn === 2 && a.seat === 'rok');
    old.actions[j] = { ...old.actions[j]!, table: { kind: 'accept', offer: 1 } };
    expect(divergence(old)).toMatchObject({ turn: 2, seat: 'rok', message: expect.stringMatching(/no negotiation table/) });
  });

  it('a tampered action that is legal is caught by that month’s checkpoint', () => {
    const bad = clone(save);
    const i = bad.actions.findIndex((a) => a.turn === 3 && a.seat === 'rok' && a.move !== 'rok.hold');
    expect(i, 'seed 15 has a Seoul move other than hold in month 3').toBeGreaterThanOrEqual(0);
    bad.actions[i] = { ...bad.actions[i]!, move: 'rok.hold' };
    expect(MOVES_BY_ID['rok.hold']!.requires).toBeUndefined();
    expect(divergence(bad)).toEqual({ turn: 3, message: "the state after month 3 differs from the save's checkpoint" });
    // Without --verify the same save replays, to another game.
    const r = replaySave(bad);
    expect(r.ok && r.hash).not.toBe(save.result?.hash);
  });

  it('a changed reason is a changed game', () => {
    const bad = clone(save);
    bad.actions[4] = { ...bad.actions[4]!, reason: 'edited' };
    expect(divergence(bad).turn).toBe(bad.actions[4].turn);
  });

  it('a wrong checkpoint diverges at its month', () => {
    const bad = clone(save);
    bad.checkpoints[6] = { turn: bad.checkpoints[6]!.turn, hash: '0'.repeat(64) };
    expect(divergence(bad)).toEqual({ turn: 7, message: "the state after month 7 differs from the save's checkpoint" });
  });

  it('a checkpoint beyond the end of the game diverges', () => {
    const bad = clone(save);
    const end = bad.result!.turn;
    bad.checkpoints.push({ turn: end + 1, hash: 'a'.repeat(64) });
    bad.result = undefined;
    expect(divergence(bad)).toEqual({
      turn: end + 1,
      message: `the save has a checkpoint for month ${end + 1}, which the replay never reached`,
    });
  });

  it('a wrong recorded result diverges at the last month', () => {
    const bad = clone(save);
    bad.result = { ...bad.result!, ending: bad.result!.ending === 'collapse' ? 'freeze' : 'collapse' };
    expect(divergence(bad).message).toMatch(/^the replay ends in \w+, not the save's recorded result/);
  });

  it('actions for the wrong month, after the end, or for another scenario are refused', () => {
    const skipped = clone(save);
    skipped.actions = skipped.actions.filter((a) => a.turn !== 1 || a.seat !== 'us');
    expect(divergence(skipped)).toMatchObject({ turn: 2, message: 'the action is for month 2 but the game is in month 1' });

    const extra = clone(save);
    const end = extra.result!.turn;
    extra.actions.push({ turn: end + 1, seat: 'us', move: 'us.hold', reason: '' });
    expect(divergence(extra, {})).toEqual({ turn: end + 1, seat: 'us', move: 'us.hold', message: 'the game had already ended' });

    const other = clone(save);
    other.scenario = { id: 'another-scenario', version: 1 };
    expect(divergence(other, {})).toMatchObject({ turn: 0 });
  });

  it('an injected event for a month already past or unknown to the scenario is refused', () => {
    const late = clone(save);
    late.injections = [{ turn: 1, event: 'leak' }];
    expect(replaySave(late, { verify: true }).ok).toBe(false);
    const unknown = clone(save);
    unknown.injections = [{ turn: 2, event: 'meteor' }];
    expect(divergence(unknown, {})).toEqual({ turn: 2, message: 'the injected event "meteor" does not exist in this scenario' });
  });
});
