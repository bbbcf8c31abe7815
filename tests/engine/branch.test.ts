/** "Take over from here": a branch shares its parent's first months exactly, then goes its own way. */
import { describe, expect, it } from 'vitest';
import type { SaveFile } from '../../src/codec/save';
import { branchFrom } from '../../src/engine/branch';
import { replaySave } from '../../src/engine/replay';
import { createGame } from '../../src/engine/runner';

function parent(seed: number, inject?: { month: number; event: string }): SaveFile {
  const game = createGame({ seed }, { checkpoints: true });
  while (!game.ended()) {
    if (inject && game.state().turn === inject.month) expect(game.inject(inject.event).ok).toBe(true);
    game.stepBots();
  }
  const save = game.save({ title: 'parent' });
  game.stop();
  return save;
}

describe('branchFrom', () => {
  it('starts from the parent’s position after month N, with the new controllers', () => {
    const save = parent(41);
    const r = branchFrom(save, 3, { us: 'human', dprk: 'bot:hawk', rok: 'bot:dove' });
    if (!r.ok) throw new Error(r.error);
    const upTo = replaySave(save, { to: 3 });
    if (!upTo.ok) throw new Error(upTo.divergence.message);
    const { game, parent: link } = r.value;
    // The same game in every respect but who sits where.
    expect({ ...game.state(), seats: upTo.state.seats }).toEqual(upTo.state);
    expect(link).toEqual({ hash: upTo.hash, branchTurn: 3, title: 'parent' });
    expect(game.state().seats).toEqual({ us: 'human', dprk: 'bot:hawk', rok: 'bot:dove' });
    expect(game.state().turn).toBe(4);
    game.runBots();
    expect(game.state().pending.us).toBeUndefined();
    expect(Object.keys(game.state().pending).sort()).toEqual(['dprk', 'rok']);
    game.stop();
  });

  it('refuses a month after the parent ended, and a parent that does not replay', () => {
    const save = parent(42);
    const end = save.result!.turn;
    const late = branchFrom(save, end, { us: 'human', dprk: 'human', rok: 'human' });
    expect(late.ok).toBe(false);
    const broken = structuredClone(save);
    broken.actions[0] = { ...broken.actions[0]!, move: 'us.proposeSummit' };
    expect(branchFrom(broken, 2, { us: 'human', dprk: 'human', rok: 'human' }).ok).toBe(false);
  });

  // A parent in which a teacher injected an event: the branch must replay the injection too,
  // or its "shared" months are not the parent's.
  it('replays the parent’s injected events in the months it shares', () => {
    const save = parent(43, { month: 2, event: 'leak' });
    expect(save.injections).toEqual([{ turn: 2, event: 'leak' }]);
    const r = branchFrom(save, 3, { us: 'human', dprk: 'human', rok: 'human' });
    if (!r.ok) throw new Error(r.error);
    const upTo = replaySave(save, { to: 3 });
    if (!upTo.ok) throw new Error(upTo.divergence.message);
    expect(r.value.game.state().news.filter((n) => n.id === 'event.leak')).toEqual(upTo.state.news.filter((n) => n.id === 'event.leak'));
    expect({ ...r.value.game.state(), seats: upTo.state.seats }).toEqual(upTo.state);
    expect(r.value.game.save().injections).toEqual([{ turn: 2, event: 'leak' }]);
    r.value.game.stop();
  });
});
