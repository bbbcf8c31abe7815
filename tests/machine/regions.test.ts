/**
 * Property: the statechart's regions and the model's mirror of them never disagree. After every
 * event of 100 seeded bot games (with random personalities, what-if starts and injected events),
 * each track region's state value equals `context.tracks`, and the game ends exactly when the
 * model has an ending.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseMove } from '../../src/bots/choose';
import { logReason } from '../../src/i18n/log';
import { FIXED_BOTS } from '../../src/bots/personalities';
import { EVENTS } from '../../src/model/data/events';
import { EXERCISE_STATUSES, SEATS, SEOUL_GOVERNMENTS, UKRAINE_STATUSES, type TrackId } from '../../src/model/types';
import { playerView } from '../../src/model/view';
import { TestGame, type GameSnapshot } from '../helpers/testGame';

const TRACKS: readonly TrackId[] = ['negotiation', 'seoul', 'ukraine', 'cabinet'];

function assertMirrored(snap: GameSnapshot, where: string): void {
  const c = snap.context;
  if (snap.status === 'active') {
    const value = snap.value as { playing: Record<string, string> };
    for (const t of TRACKS) expect(value.playing[t], `${where}: region ${t}`).toBe(c.tracks[t]);
    expect(value.playing.turn).toBe('planning');
    expect(c.ending).toBeNull();
  } else {
    expect(snap.status, where).toBe('done');
    expect(snap.value).toBe('ended');
    expect(c.ending, where).not.toBeNull();
    expect(c.endedOn).toBe(c.turn);
  }
}

describe('regions mirror context.tracks', () => {
  it('after every event of 100 bot games', () => {
    let checks = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.record({ us: fc.constantFrom(...FIXED_BOTS), dprk: fc.constantFrom(...FIXED_BOTS), rok: fc.constantFrom(...FIXED_BOTS) }),
        fc.record({
          seoulGovernment: fc.constantFrom(undefined, ...SEOUL_GOVERNMENTS),
          ukraine: fc.constantFrom(undefined, ...UKRAINE_STATUSES),
          exercises: fc.constantFrom(undefined, ...EXERCISE_STATUSES),
        }),
        fc.dictionary(fc.integer({ min: 1, max: 24 }).map(String), fc.constantFrom(...EVENTS.map((e) => e.id)), { maxKeys: 4 }),
        (seed, bots, statuses, injections) => {
          const overrides = Object.fromEntries(Object.entries(statuses).filter(([, v]) => v !== undefined));
          const g = new TestGame({ seed, overrides, seats: { us: `bot:${bots.us}`, dprk: `bot:${bots.dprk}`, rok: `bot:${bots.rok}` } });
          assertMirrored(g.snapshot, `seed ${seed} start`);
          while (g.snapshot.status === 'active') {
            const turn = g.state.turn;
            const inject = injections[String(turn)];
            if (inject) {
              g.inject(inject);
              assertMirrored(g.snapshot, `seed ${seed} month ${turn} inject ${inject}`);
            }
            for (const seat of SEATS) {
              const c = chooseMove(playerView(g.state, seat, { brief: true }), bots[seat]);
              g.play(seat, c.move, logReason(c.reason));
              assertMirrored(g.snapshot, `seed ${seed} month ${turn} after ${c.move}`);
              checks++;
            }
          }
          expect(g.state.endedOn).toBeLessThanOrEqual(g.state.settings.maxTurns);
        },
      ),
      { numRuns: 100 },
    );
    expect(checks).toBeGreaterThan(1000);
  });
});
