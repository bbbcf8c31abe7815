/**
 * Hot-seat over the shared local-client machinery: the device goes from seat to seat in the fixed
 * order within a month, each view is that seat's own, and a saved hot-seat game comes back as a
 * hot-seat game (through the same checked rebuild as a one-person save) with the move due from
 * the same seat.
 */
import { describe, expect, it } from 'vitest';
import { parseSave } from '../../src/codec/save';
import { createGame } from '../../src/engine/runner';
import { createHotSeatClient, isHotSeat, type HotSeatUpdate } from '../../src/app/hotseat';
import { resumeSave } from '../../src/app/saves/liveGame';

const SEATS3 = { us: 'human', dprk: 'bot:dealmaker', rok: 'human' } as const;

function firstLegal(c: { getView(): { legal: { id: string }[] } }, i = 0): string {
  const legal = c.getView().legal;
  return legal[i % legal.length]!.id;
}

describe('hot-seat client', () => {
  it('hands the device from Washington to Seoul within a month and back to Washington after it resolves', () => {
    const r = createHotSeatClient({ seed: 11, seats: { ...SEATS3 } });
    if (!r.ok) throw new Error(r.error);
    const c = r.value;
    const updates: HotSeatUpdate[] = [];
    c.subscribe((u) => updates.push(u as HotSeatUpdate));
    expect(c.seat).toBe('us');
    expect(c.getView().seat).toBe('us');
    expect(c.send({ type: 'move.play', move: firstLegal(c), reason: 'test' }).ok).toBe(true);
    expect(c.seat).toBe('rok');
    expect(c.getView().seat).toBe('rok');
    expect(updates[0]).toMatchObject({ from: 'us', to: 'rok', resolvedTurn: null });
    expect(c.send({ type: 'move.play', move: firstLegal(c), reason: 'test' }).ok).toBe(true);
    expect(updates[1]).toMatchObject({ from: 'rok', to: 'us', resolvedTurn: 1 });
    expect(c.seat).toBe('us');
    expect(c.getView().turn).toBe(2);
    expect(c.turnsResolved()).toBe(1);
    c.dispose();
  });

  it('refuses a move that is not legal for the seat holding the device, and keeps the seat', () => {
    const r = createHotSeatClient({ seed: 12, seats: { ...SEATS3 } });
    if (!r.ok) throw new Error(r.error);
    const c = r.value;
    const rokMove = 'rok.' + firstLegal(c).split('.')[1];
    expect(c.send({ type: 'move.play', move: rokMove, reason: 'test' }).ok).toBe(false);
    expect(c.seat).toBe('us');
    c.dispose();
  });

  it('a saved hot-seat game resumes as hot-seat, with the same hash and Seoul still to move', () => {
    const r = createHotSeatClient({ seed: 13, seats: { ...SEATS3 } });
    if (!r.ok) throw new Error(r.error);
    const c = r.value;
    for (let i = 0; i < 5; i++) c.send({ type: 'move.play', move: firstLegal(c, i * 3), reason: 'test' });
    // Five sealed moves: two whole months and Washington's move of the third.
    expect(c.seat).toBe('rok');
    const text = JSON.stringify(c.saveFile());
    const save = parseSave(text);
    if (!save.ok) throw new Error(save.error);
    const resumed = resumeSave(save.value);
    if (!resumed.ok) throw new Error(resumed.error);
    expect(isHotSeat(resumed.value)).toBe(true);
    expect(resumed.value.seat).toBe('rok');
    expect(resumed.value.hash()).toBe(c.hash());
    if (isHotSeat(resumed.value)) expect(resumed.value.seenTurn('rok')).toBe(2);
    c.dispose();
    resumed.value.dispose();
  });

  it('a hot-seat save whose checkpoint does not match is refused on resume', () => {
    const game = createGame({ seed: 14, seats: { ...SEATS3 } }, { checkpoints: true });
    for (let i = 0; i < 4; i++) {
      const seat = game.view('us').pending === null ? 'us' : 'rok';
      const legal = game.view(seat).legal;
      game.play(seat, legal[0]!.id, 'test');
      game.runBots();
    }
    const save = game.save({ app: 'test' });
    game.stop();
    const tampered = { ...save, checkpoints: save.checkpoints.map((cp) => ({ ...cp, hash: '0'.repeat(64) })) };
    expect(tampered.checkpoints.length).toBeGreaterThan(0);
    const resumed = resumeSave(tampered);
    expect(resumed.ok).toBe(false);
  });
});
