/**
 * Slow bots think elsewhere: with a thinker installed (the page's Web Worker), the local client
 * asks it for the strategist's moves and publishes the month when they come, and the game is the
 * same game as one whose bots decided in place.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { chooseMove } from '../../src/bots/choose';
import { createLocalClient, type ClientUpdate } from '../../src/app/client';
import { setThinker, type Think } from '../../src/app/thinker';
import type { PlayerView } from '../../src/model/view';

const input = { seed: 21, seats: { us: 'human', dprk: 'bot:strategist', rok: 'bot:dove' } } as const;

afterEach(() => setThinker(null));

describe('a thinker for slow bots', () => {
  it('is asked for the strategist’s moves only, with a brief view, and the game is the same as in place', async () => {
    const asked: { seat: string; bot: string; moves: number }[] = [];
    const think: Think = (view: PlayerView, bot: string) => {
      asked.push({ seat: String(view.seat), bot, moves: view.moves.length });
      // Structured like a worker's message: the worker gets a copy, never the page's objects.
      return Promise.resolve(chooseMove(structuredClone(view), bot));
    };
    setThinker(think);
    const client = createLocalClient(input, 'us');
    const updates: ClientUpdate[] = [];
    client.subscribe((u) => updates.push(u));
    for (let month = 1; month <= 2; month++) {
      const hand = client.getView().legal;
      const sent = client.send({ type: 'move.play', move: hand[month % hand.length]!.id });
      expect(sent.ok).toBe(true);
      expect(updates.length).toBe(month - 1); // the month waits for the thinker
      await new Promise((done) => setTimeout(done, 0));
      await expect.poll(() => updates.length, { timeout: 30_000 }).toBe(month);
      expect(updates[month - 1]!.resolvedTurn).toBe(month);
    }
    expect(asked.length).toBeGreaterThanOrEqual(2);
    expect(asked.every((a) => a.seat === 'dprk' && a.bot === 'strategist')).toBe(true);
    const actions = client.saveFile().actions;
    client.dispose();

    // The same person's moves with the bots deciding in place give the same game.
    setThinker(null);
    const inPlace = createLocalClient(input, 'us');
    for (let month = 1; month <= 2; month++) {
      const hand = inPlace.getView().legal;
      inPlace.send({ type: 'move.play', move: hand[month % hand.length]!.id });
    }
    const sorted = (xs: typeof actions) => [...xs].sort((a, b) => a.turn - b.turn || a.seat.localeCompare(b.seat));
    expect(sorted(inPlace.saveFile().actions)).toEqual(sorted(actions));
    inPlace.dispose();
  });

  it('a failing thinker falls back to deciding in place', async () => {
    setThinker(() => Promise.reject(new Error('worker gone')));
    const client = createLocalClient(input, 'us');
    let resolved: number | null = null;
    client.subscribe((u) => (resolved = u.resolvedTurn));
    client.send({ type: 'move.play', move: client.getView().legal[0]!.id });
    await expect.poll(() => resolved, { timeout: 30_000 }).toBe(1);
    client.dispose();
  });
});
