/**
 * Property: random legal play. fast-check picks the seed, the turn limit, what-if starting values,
 * injected events, the order seats seal their moves in and each move among the legal ones; the game
 * must never throw, keep every indicator a whole number within 0–100, end within its turn limit,
 * and replay from its save (through the save text) to the same hash.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSave, parseSave } from '../../src/codec/save';
import { replaySave } from '../../src/engine/replay';
import { createGame } from '../../src/engine/runner';
import { EVENTS } from '../../src/model/data/events';
import { legalMoves } from '../../src/model/legal';
import {
  EXERCISE_STATUSES,
  INDICATOR_IDS,
  SEATS,
  SEOUL_GOVERNMENTS,
  UKRAINE_STATUSES,
  type GameState,
  type Seat,
} from '../../src/model/types';

const ORDERS: readonly (readonly Seat[])[] = [
  ['us', 'dprk', 'rok'],
  ['us', 'rok', 'dprk'],
  ['dprk', 'us', 'rok'],
  ['dprk', 'rok', 'us'],
  ['rok', 'us', 'dprk'],
  ['rok', 'dprk', 'us'],
];

const overridesArb = fc.record(
  {
    ...Object.fromEntries(INDICATOR_IDS.map((id) => [id, fc.integer({ min: 0, max: 100 })])),
    seoulGovernment: fc.constantFrom(...SEOUL_GOVERNMENTS),
    ukraine: fc.constantFrom(...UKRAINE_STATUSES),
    exercises: fc.constantFrom(...EXERCISE_STATUSES),
    troops: fc.integer({ min: 0, max: 40000 }),
  },
  { requiredKeys: [] },
);

function assertIndicators(s: GameState): void {
  for (const id of INDICATOR_IDS) {
    const v = s.indicators[id];
    expect(Number.isInteger(v), `${id} = ${v} in month ${s.turn}`).toBe(true);
    expect(v).toBeGreaterThanOrEqual(0);
    expect(v).toBeLessThanOrEqual(100);
  }
  for (const seat of SEATS) expect(s.capital[seat]).toBeGreaterThanOrEqual(0);
  expect(s.statuses.troops).toBeGreaterThanOrEqual(0);
}

describe('random legal play', () => {
  it('never throws, keeps indicators whole and in range, ends in time and replays to the same hash', () => {
    const endings = new Set<string>();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.option(fc.integer({ min: 1, max: 36 }), { nil: undefined }),
        overridesArb,
        fc.array(fc.nat(), { minLength: 4 * 36, maxLength: 4 * 36 }),
        fc.dictionary(fc.integer({ min: 1, max: 36 }).map(String), fc.constantFrom(...EVENTS.map((e) => e.id)), { maxKeys: 3 }),
        (seed, maxTurns, overrides, picks, injections) => {
          const game = createGame(
            { seed, maxTurns, overrides, seats: { us: 'human', dprk: 'human', rok: 'human' } },
            { checkpoints: true },
          );
          const limit = game.state().settings.maxTurns;
          let p = 0;
          const pick = (n: number) => (picks[p++ % picks.length] as number) % n;
          assertIndicators(game.state());
          for (let month = 1; !game.ended(); month++) {
            expect(month, 'the game outlived its turn limit').toBeLessThanOrEqual(limit);
            const inject = injections[String(month)];
            if (inject) expect(game.inject(inject).ok).toBe(true);
            for (const seat of ORDERS[pick(ORDERS.length)]!) {
              const hand = legalMoves(game.state(), seat);
              expect(hand.length, `${seat} has a move in month ${month}`).toBeGreaterThan(0);
              const r = game.play(seat, hand[pick(hand.length)]!.id, `pick ${p}`);
              expect(r.ok).toBe(true);
            }
            assertIndicators(game.state());
            expect(game.state().history).toHaveLength(month);
          }
          const final = game.state();
          expect(final.endedOn).not.toBeNull();
          expect(final.endedOn!).toBeLessThanOrEqual(limit);
          endings.add(final.ending!);
          const text = makeSave(game.save());
          const parsed = parseSave(text);
          if (!parsed.ok) throw new Error(parsed.error);
          const r = replaySave(parsed.value, { verify: true });
          if (!r.ok) throw new Error(`seed ${seed}: ${r.divergence.message}`);
          expect(r.hash).toBe(game.hash());
          expect(r.state).toEqual(final);
          game.stop();
        },
      ),
      { numRuns: 150 },
    );
    // Random play with random starts should see several different endings.
    expect(endings.size).toBeGreaterThanOrEqual(3);
  });
});
