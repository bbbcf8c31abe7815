/** The turn region: sealed moves, the month's resolution, and what the machine refuses. */
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import type { GameEvent } from '../../src/machine/events';
import { SIGNAL_TYPES } from '../../src/model/signals';
import { gameMachine } from '../../src/machine/gameMachine';
import { SEATS } from '../../src/model/types';
import { testGame } from '../helpers/testGame';

const play = (seat: 'us' | 'dprk' | 'rok', move: string): GameEvent => ({ type: 'move.play', seat, move, reason: '' });

describe('a month', () => {
  it('starts in planning with every track at its starting stage', () => {
    const [s] = initialTransition(gameMachine, { seed: 1 });
    expect(s.value).toEqual({ playing: { negotiation: 'noContact', seoul: 'trial', ukraine: 'war', cabinet: 'loyal', turn: 'planning' } });
    expect(s.status).toBe('active');
  });

  it('resolves when all three seats have sealed a move, in any order', () => {
    for (const order of [
      ['us', 'dprk', 'rok'],
      ['rok', 'us', 'dprk'],
      ['dprk', 'rok', 'us'],
    ] as const) {
      const g = testGame({ seed: 9 });
      g.play(order[0], `${order[0]}.hold`).play(order[1], `${order[1]}.hold`);
      expect(g.state.turn).toBe(1);
      expect(g.snapshot.matches({ playing: { turn: 'planning' } })).toBe(true);
      g.play(order[2], `${order[2]}.hold`);
      expect(g.state.turn).toBe(2);
      expect(g.state.history).toHaveLength(1);
      expect(g.state.pending).toEqual({});
      expect(g.snapshot.matches({ playing: { turn: 'planning' } })).toBe(true);
    }
  });

  it('the resulting state does not depend on the order the moves were sealed in', () => {
    const a = testGame({ seed: 9 }).play('us', 'us.sendEnvoy').play('dprk', 'dprk.testMissile').play('rok', 'rok.debateNukes');
    const b = testGame({ seed: 9 }).play('rok', 'rok.debateNukes').play('dprk', 'dprk.testMissile').play('us', 'us.sendEnvoy');
    expect(b.state).toEqual(a.state);
    expect(b.snapshot.value).toEqual(a.snapshot.value);
  });

  it('emits the accepted move, and at the end of the month the stages entered and the turn', () => {
    let [s] = initialTransition(gameMachine, { seed: 1 });
    const [s1, a1] = transition(gameMachine, s, play('us', 'us.sendEnvoy'));
    expect(a1).toContainEqual(
      expect.objectContaining({
        type: 'xstate.emit',
        params: expect.objectContaining({ event: { type: 'move.accepted', seat: 'us', move: 'us.sendEnvoy' } }),
      }),
    );
    s = transition(gameMachine, s1, play('dprk', 'dprk.hold'))[0];
    const [, actions] = transition(gameMachine, s, play('rok', 'rok.hold'));
    // Emitted events come back as executable `xstate.emit` actions, which the action union does not name.
    const emitted = actions.filter((a) => (a.type as string) === 'xstate.emit').map((a) => (a.params as { event: { type: string } }).event);
    expect(emitted).toContainEqual({ type: 'stage.entered', track: 'negotiation', stage: 'secretEnvoy' });
    expect(emitted).toContainEqual({ type: 'turn.resolved', turn: 1 });
  });
});

describe('what the machine refuses', () => {
  it('an illegal move leaves the snapshot unchanged', () => {
    const g = testGame({ seed: 1 });
    for (const e of [play('us', 'us.proposeSummit'), play('us', 'dprk.hold'), play('dprk', 'dprk.nuke'), play('rok', 'rok.mediate')]) {
      const [next, actions] = transition(gameMachine, g.snapshot, e);
      expect(next).toBe(g.snapshot);
      expect(actions).toEqual([]);
    }
  });

  it('a seat cannot play twice in a month', () => {
    const g = testGame({ seed: 1 }).play('us', 'us.hold');
    const before = g.snapshot;
    g.send(play('us', 'us.tightenSanctions'));
    expect(g.snapshot).toBe(before);
    expect(g.state.pending.us?.move).toBe('us.hold');
    g.expectLegal('us', 'us.tightenSanctions', false);
  });

  it('an unknown event id is not queued', () => {
    const g = testGame({ seed: 1 });
    const before = g.snapshot;
    g.send({ type: 'event.inject', event: 'alienInvasion' });
    expect(g.snapshot).toBe(before);
  });

  it('signals and turn.resolved sent from outside change nothing: only a month’s resolution raises them', () => {
    const g = testGame({ seed: 1 }).month({ us: 'us.sendEnvoy' });
    const before = g.snapshot;
    g.send({ type: 'turn.resolved' });
    for (const type of SIGNAL_TYPES) g.send({ type, deal: 'recognition', upheld: true, winner: 'liberal' });
    expect(g.snapshot.value).toEqual(before.value);
    expect(g.state).toEqual(before.context);
  });

  it('after the end, nothing is accepted', () => {
    const g = testGame({ seed: 1, maxTurns: 1 }).month().expectEnding('statusQuo');
    expect(g.snapshot.value).toBe('ended');
    const before = g.snapshot;
    for (const seat of SEATS) g.send(play(seat, `${seat}.hold`));
    g.send({ type: 'event.inject', event: 'leak' });
    expect(g.snapshot).toBe(before);
  });
});

describe('the pure transition', () => {
  it('is deterministic: the same snapshot and event give equal snapshots', () => {
    const g = testGame({ seed: 77 }).month({ us: 'us.sendEnvoy' }).play('us', 'us.tightenSanctions').play('dprk', 'dprk.respondChannel');
    const a = g.fork().play('rok', 'rok.backEngagement');
    const b = g.fork().play('rok', 'rok.backEngagement');
    expect(a.snapshot.value).toEqual(b.snapshot.value);
    expect(a.state).toEqual(b.state);
    // The fork did not move the original.
    expect(g.state.pending.rok).toBeUndefined();
  });
});
