/**
 * foldSave, the one fold of a save's log: where it stops (`to`), what it checks (`verify`), what it
 * reports on the way (`onMonth`), the game it hands back, and each typed refusal.
 */
import { describe, expect, it } from 'vitest';
import type { SaveFile } from '../../src/codec/save';
import { describeRefusal, foldSave, refusalReason, type FoldOptions, type FoldRefusal } from '../../src/engine/fold';
import { stateHash } from '../../src/engine/hash';
import { createGame } from '../../src/engine/runner';
import { rulesetFor } from '../../src/engine/rulesets';
import { SCENARIO } from '../../src/model/data/scenario';
import { SUPPORTED_VERSIONS } from '../../src/model/ruleset';
import { createInitialState } from '../../src/model/state';
import type { GameState } from '../../src/model/types';

const BOTS = { us: 'bot:dealmaker', dprk: 'bot:hawk', rok: 'bot:dove' } as const;

/** A finished game of bots with a checkpoint after every month; `inject` queues an event at the start of a month. */
function finished(seed: number, inject?: { month: number; event: string }): { save: SaveFile; hash: string } {
  const game = createGame({ seed, seats: { ...BOTS } }, { checkpoints: true });
  while (!game.ended()) {
    if (
      inject &&
      game.state().turn === inject.month &&
      game.state().injected.length === 0 &&
      Object.keys(game.state().pending).length === 0
    ) {
      expect(game.inject(inject.event).ok).toBe(true);
    }
    game.stepBots();
  }
  const out = { save: game.save(), hash: game.hash() };
  game.stop();
  return out;
}

/** A game a person plays in `us` (always the first legal card), `months` months long, the bots' moves of the next month sealed. */
function unfinished(seed: number, months: number): { save: SaveFile; live: GameState } {
  const game = createGame({ seed, seats: { ...BOTS, us: 'human' } }, { checkpoints: true });
  game.runBots();
  while (game.turnsResolved() < months) {
    expect(game.play('us', game.view('us').legal[0]!.id, 'player').ok).toBe(true);
    game.runBots();
  }
  const out = { save: game.save(), live: game.state() };
  game.stop();
  return out;
}

function refusal(save: SaveFile, options: FoldOptions = { verify: true }): FoldRefusal {
  const r = foldSave(save, options);
  if (r.ok) {
    r.value.game.stop();
    throw new Error('expected a refusal');
  }
  return r.refusal;
}

const { save, hash } = finished(61);
const months = save.result!.turn;

describe('foldSave', () => {
  it('folds a whole save to its final state and hash, and hands back the game, still running', () => {
    const r = foldSave(save, { verify: true });
    if (!r.ok) throw new Error(describeRefusal(r.refusal));
    const { game } = r.value;
    expect(r.value.hash).toBe(hash);
    expect(r.value.checked).toBe(months);
    expect(r.value.stoppedAt).toBeNull();
    expect(stateHash(game.state())).toBe(hash);
    expect(game.state().ending).toBe(save.result!.ending);
    // The game's own log is the save's.
    expect(game.actions()).toEqual(save.actions);
    game.stop();
  });

  it('to: stops after month N with the state the save had then; 0 is the starting position', () => {
    for (const n of [0, 1, 4]) {
      const r = foldSave(save, { to: n });
      if (!r.ok) throw new Error(describeRefusal(r.refusal));
      expect(r.value.stoppedAt).toBe(n);
      expect(r.value.game.turnsResolved()).toBe(n);
      expect(r.value.hash).toBe(n === 0 ? stateHash(createInitialState({ seed: 61, seats: { ...BOTS } })) : save.checkpoints[n - 1]!.hash);
      // Only the actions of the months folded are in the game's log.
      expect(r.value.game.actions()).toEqual(save.actions.filter((a) => a.turn <= n));
      r.value.game.stop();
    }
    const past = foldSave(save, { to: months + 10 });
    expect(past.ok && past.value.stoppedAt === null && past.value.hash).toBe(hash);
    if (past.ok) past.value.game.stop();
  });

  it('onMonth: the starting position and every month resolved, each with its hash', () => {
    const seen: { month: number; hash: string; state: GameState }[] = [];
    const r = foldSave(save, { onMonth: (month, state, h) => seen.push({ month, state, hash: h }) });
    if (!r.ok) throw new Error(describeRefusal(r.refusal));
    r.value.game.stop();
    expect(seen.map((s) => s.month)).toEqual(Array.from({ length: months + 1 }, (_, i) => i));
    expect(seen.slice(1).map((s) => s.hash)).toEqual(save.checkpoints.map((c) => c.hash));
    for (const s of seen) expect(stateHash(s.state), `month ${s.month}`).toBe(s.hash);
    // With `to`, no further month is reported.
    const until: number[] = [];
    const short = foldSave(save, { to: 3, onMonth: (m) => until.push(m) });
    if (short.ok) short.value.game.stop();
    expect(until).toEqual([0, 1, 2, 3]);
  });

  it('replays injected events at the start of their month, and an unfinished game’s pending ones at the end', () => {
    const withLeak = finished(62, { month: 2, event: 'leak' });
    expect(withLeak.save.injections).toEqual([{ turn: 2, event: 'leak' }]);
    const r = foldSave(withLeak.save, { verify: true });
    expect(r.ok && r.value.hash).toBe(withLeak.hash);
    if (r.ok) {
      expect(r.value.game.save().injections).toEqual(withLeak.save.injections);
      r.value.game.stop();
    }

    const { save: open, live } = unfinished(63, 3);
    const next = { ...open, injections: [{ turn: 4, event: 'leak' }] };
    const whole = foldSave(next, {});
    if (!whole.ok) throw new Error(describeRefusal(whole.refusal));
    expect(whole.value.game.state().injected).toEqual(['leak']);
    expect({ ...whole.value.game.state(), injected: [] }).toEqual(live);
    whole.value.game.stop();
    // Stopped after month 3, the event of month 4 is not queued yet.
    const upTo = foldSave(next, { to: 3 });
    expect(upTo.ok && upTo.value.game.state().injected).toEqual([]);
    expect(upTo.ok && upTo.value.hash).toBe(open.checkpoints[2]!.hash);
    if (upTo.ok) upTo.value.game.stop();
  });

  it('checkpoints: the runner keeps a checkpoint a month, so the game saves as the original did', () => {
    const { save: open } = unfinished(64, 4);
    const r = foldSave(open, { verify: true, checkpoints: true });
    if (!r.ok) throw new Error(describeRefusal(r.refusal));
    expect(r.value.game.save()).toEqual(open);
    r.value.game.stop();
  });

  it('seats: the same game with other controllers, whose state is the save’s but for the seats', () => {
    const seats = { us: 'human', dprk: 'human', rok: 'bot:dove' } as const;
    const r = foldSave(save, { to: 5, seats });
    const ref = foldSave(save, { to: 5 });
    if (!r.ok || !ref.ok) throw new Error('expected both to fold');
    expect(r.value.game.state().seats).toEqual(seats);
    expect({ ...r.value.game.state(), seats: ref.value.game.state().seats }).toEqual(ref.value.game.state());
    expect(r.value.hash).not.toBe(ref.value.hash);
    r.value.game.stop();
    ref.value.game.stop();
    expect(() => foldSave(save, { seats, verify: true })).toThrow(/cannot verify/);
  });

  it('botReasons: a bot move saved without its reason gets the reason the bot gave', () => {
    const bare = { ...save, actions: save.actions.map((a) => ({ ...a, reason: '' })) };
    const r = foldSave(bare, { botReasons: true });
    if (!r.ok) throw new Error(describeRefusal(r.refusal));
    expect(r.value.hash).toBe(hash);
    r.value.game.stop();
    const without = foldSave(bare, {});
    expect(without.ok && without.value.hash).not.toBe(hash);
    if (without.ok) without.value.game.stop();
  });
});

describe('foldSave refuses, with a typed reason and the month', () => {
  const edit = (f: (s: SaveFile) => void): SaveFile => {
    const s = structuredClone(save);
    f(s);
    return s;
  };

  it('a scenario or a version of the rules this build does not have', () => {
    expect(rulesetFor(SCENARIO)).not.toBeNull();
    const future = Math.max(...SUPPORTED_VERSIONS) + 1;
    const unknown = edit((s) => (s.scenario = { id: SCENARIO.id, version: future }));
    const r = refusal(unknown, {});
    expect(r).toEqual({ kind: 'unknownScenario', turn: 0, scenario: { id: SCENARIO.id, version: future } });
    expect(describeRefusal(r)).toContain(`${SCENARIO.id} v${future}`);
    expect(
      refusal(
        edit((s) => (s.scenario = { id: 'elsewhere', version: 1 })),
        {},
      ),
    ).toMatchObject({ kind: 'unknownScenario' });
  });

  it('an action after the ending', () => {
    const extra = edit((s) => s.actions.push({ turn: months + 1, seat: 'us', move: 'us.hold', reason: '' }));
    expect(refusal(extra, {})).toEqual({ kind: 'afterEnding', turn: months + 1, seat: 'us', move: 'us.hold' });
  });

  it('an action for a month the game is not in', () => {
    const skipped = edit((s) => (s.actions = s.actions.filter((a) => a.turn !== 1 || a.seat !== 'dprk')));
    expect(refusal(skipped, {})).toMatchObject({ kind: 'wrongMonth', turn: 2, gameTurn: 1 });
  });

  it('an illegal move, with the model’s reason', () => {
    const i = save.actions.findIndex((a) => a.turn === 2 && a.seat === 'rok');
    const bad = edit((s) => (s.actions[i] = { ...s.actions[i]!, move: 'us.hold' }));
    const r = refusal(bad, {});
    expect(r).toEqual({ kind: 'illegalMove', turn: 2, seat: 'rok', move: 'us.hold', why: 'us.hold belongs to us, not rok' });
    expect(describeRefusal(r)).toBe('Month 2: rok cannot play us.hold: us.hold belongs to us, not rok.');
  });

  it('an injected event for a month already past, and one the scenario does not have', () => {
    const late = edit((s) => {
      s.injections = [
        { turn: 3, event: 'leak' },
        { turn: 2, event: 'leak' },
      ];
    });
    expect(refusal(late, {})).toEqual({ kind: 'lateInjection', turn: 2, event: 'leak', gameTurn: 3 });
    expect(
      refusal(
        edit((s) => (s.injections = [{ turn: 2, event: 'meteor' }])),
        {},
      ),
    ).toEqual({ kind: 'unknownEvent', turn: 2, event: 'meteor' });
  });

  it('with verify: a checkpoint that differs, one the game never reached, a result it does not end in', () => {
    const wrong = edit((s) => (s.checkpoints[3] = { turn: 4, hash: '0'.repeat(64) }));
    expect(refusal(wrong)).toEqual({ kind: 'checkpointDiffers', turn: 4 });
    // Without verify the same save folds.
    const lax = foldSave(wrong, {});
    expect(lax.ok).toBe(true);
    if (lax.ok) lax.value.game.stop();

    const beyond = edit((s) => {
      s.checkpoints.push({ turn: months + 1, hash: 'a'.repeat(64) });
      delete s.result;
    });
    expect(refusal(beyond)).toEqual({ kind: 'checkpointUnreached', turn: months + 1 });
    // Stopped early by `to`, the end is not checked.
    const early = foldSave(beyond, { verify: true, to: 2 });
    expect(early.ok).toBe(true);
    if (early.ok) early.value.game.stop();

    const other = save.result!.ending === 'collapse' ? 'freeze' : 'collapse';
    const result = edit((s) => (s.result = { ...s.result!, ending: other }));
    expect(refusal(result)).toEqual({ kind: 'resultDiffers', turn: months, saved: other, reached: save.result!.ending });
    expect(describeRefusal(refusal(result))).toMatch(/altered or is damaged/);
  });

  it('hands back the state where it stopped', () => {
    const bad = edit((s) => (s.checkpoints[2] = { turn: 3, hash: '0'.repeat(64) }));
    const r = foldSave(bad, { verify: true });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.state.history.length).toBe(3);
  });

  it('words every refusal', () => {
    const kinds: FoldRefusal[] = [
      { kind: 'unknownScenario', turn: 0, scenario: { id: 'x', version: 9 } },
      { kind: 'afterEnding', turn: 5, seat: 'us', move: 'us.hold' },
      { kind: 'wrongMonth', turn: 5, seat: 'us', move: 'us.hold', gameTurn: 4 },
      { kind: 'illegalMove', turn: 5, seat: 'us', move: 'us.hold', why: 'the situation does not allow us.hold now' },
      { kind: 'lateInjection', turn: 5, event: 'leak', gameTurn: 6 },
      { kind: 'unknownEvent', turn: 5, event: 'meteor' },
      { kind: 'checkpointDiffers', turn: 5 },
      { kind: 'checkpointUnreached', turn: 5 },
      { kind: 'resultDiffers', turn: 5, saved: null, reached: 'freeze' },
    ];
    expect(new Set(kinds.map(refusalReason)).size).toBe(kinds.length);
    for (const k of kinds) {
      if ('event' in k) expect(refusalReason(k), k.kind).toContain(k.event);
      expect(describeRefusal(k), k.kind).toMatch(k.kind === 'unknownScenario' ? /^This game is for scenario x v9/ : /^Month 5: .+\.$/);
    }
  });
});
