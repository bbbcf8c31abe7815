/**
 * A seat's view does not depend on another seat's secrets: take a real game state, change only
 * what another seat keeps secret (its sealed move and reason this month, and which secret moves
 * it played, with what reasons, that have not leaked), and the seat's view, as the server sends
 * it (encoded), stays byte-for-byte the same.
 */
import { Packr } from '@colyseus/msgpackr';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseMove } from '../../src/bots/choose';
import { logReason } from '../../src/i18n/log';
import { createGame } from '../../src/engine/runner';
import { MOVES } from '../../src/model/data/moves';
import { SEATS, type GameState, type Seat } from '../../src/model/types';
import { playerView } from '../../src/model/view';

const BOTS = ['hawk', 'dove', 'dealmaker', 'random'];

/** A state after `months` months of bot play, possibly with moves sealed in the month after. */
function stateAfter(seed: number, months: number, sealed: Seat[], bots: string[]): GameState {
  const game = createGame({ seed, seats: { us: 'human', dprk: 'human', rok: 'human' } });
  const playSeat = (seat: Seat, i: number) => {
    const view = playerView(game.state(), seat, { brief: true });
    if (view.legal.length === 0) return;
    const c = chooseMove(view, bots[i % bots.length]!);
    game.play(seat, c.move, `reason ${seat} ${view.turn} ${logReason(c.reason)}`);
  };
  for (let m = 0; m < months && !game.ended(); m++) SEATS.forEach(playSeat);
  if (!game.ended()) sealed.forEach((s) => playSeat(s, SEATS.indexOf(s)));
  const s = structuredClone(game.state());
  game.stop();
  return s;
}

/** Changes only `owner`'s secrets that `viewer` must not see (a secret move's audience sees it). */
function withOtherSecrets(s: GameState, owner: Seat, salt: number, viewer: Seat): GameState {
  const v = structuredClone(s);
  // Moves that put a position on the table are left as they are (only their reasons change): which
  // position is known is public once the table has one, so swapping them would not be a real state.
  const setsPosition = (id: string) =>
    MOVES.some((m) => m.id === id && (m.effect.usPosition !== undefined || m.effect.dprkPosition !== undefined));
  const keptFrom = (id: string) => !MOVES.find((m) => m.id === id)?.audience?.includes(viewer);
  const secretIds = MOVES.filter((m) => m.seat === owner && m.visibility === 'secret' && !setsPosition(m.id) && keptFrom(m.id)).map(
    (m) => m.id,
  );
  const ownIds = MOVES.filter((m) => m.seat === owner).map((m) => m.id);
  const pending = v.pending[owner];
  if (pending) v.pending[owner] = { move: ownIds[(salt + 3) % ownIds.length]!, reason: `changed pending ${salt}` };
  if (v.ending === null) {
    v.moves.forEach((m, i) => {
      if (m.seat !== owner || !m.secret || m.revealedOn !== undefined || !keptFrom(m.move)) return;
      const replacement = setsPosition(m.move) ? m.move : secretIds[(salt + i) % secretIds.length]!;
      for (const c of v.changes) if (c.seat === owner && c.turn === m.turn && c.cause === m.move) c.cause = replacement;
      m.move = replacement;
      m.reason = `changed secret ${salt} ${i}`;
    });
  }
  return v;
}

describe('views do not depend on other seats’ secrets', () => {
  it('a seat’s encoded view is identical when only another seat’s secrets differ', () => {
    const packr = new Packr();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 24 }),
        fc.subarray([...SEATS]),
        fc.shuffledSubarray(BOTS, { minLength: 1 }),
        fc.constantFrom(...SEATS),
        fc.constantFrom(...SEATS),
        fc.nat(),
        (seed, months, sealed, bots, viewer, owner, salt) => {
          fc.pre(viewer !== owner);
          const s = stateAfter(seed, months, sealed, bots);
          const changed = withOtherSecrets(s, owner, salt, viewer);
          const a = playerView(s, viewer);
          const b = playerView(changed, viewer);
          expect(b).toEqual(a);
          expect(Buffer.from(packr.pack(b)).equals(Buffer.from(packr.pack(a)))).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the property is not vacuous: the owner’s own view and the teacher’s do change', () => {
    const s = stateAfter(4242, 6, ['us', 'dprk'], ['random', 'dealmaker']);
    const changed = withOtherSecrets(s, 'us', 1, 'rok');
    expect(playerView(changed, 'us')).not.toEqual(playerView(s, 'us'));
    const secretsChanged = changed.moves.filter((m, i) => m.move !== s.moves[i]!.move).length;
    expect(secretsChanged + (changed.pending.us ? 1 : 0)).toBeGreaterThan(0);
  });
});
