/**
 * Slow bots think elsewhere: with a thinker installed (the page's Web Worker), the local client
 * asks it for the strategist's moves and publishes the month when they come, and the game is the
 * same game as one whose bots decided in place.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { chooseMove } from '../../src/bots/choose';
import { createLocalClient, type ClientUpdate } from '../../src/app/client';
import { setThinker, type Think, type Thinking } from '../../src/app/thinker';
import { thinkingVM } from '../../src/app/screens/board';
import { botName } from '../../src/app/text';
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

  it('says which bot is thinking while it decides, and stops saying so once it has moved', async () => {
    const answers: (() => void)[] = [];
    setThinker((view, bot) => new Promise((done) => answers.push(() => done(chooseMove(view, bot)))));
    const client = createLocalClient(input, 'us');
    const told: (Thinking | null)[] = [];
    client.onThinking((t) => told.push(t));
    expect(client.thinking()).toBeNull(); // Washington moves first: nobody thinks before the person
    let resolved: number | null = null;
    client.subscribe((u) => (resolved = u.resolvedTurn));
    client.send({ type: 'move.play', move: client.getView().legal[0]!.id });
    await expect.poll(() => answers.length).toBe(1);
    expect(client.thinking()).toEqual({ seat: 'dprk', bot: 'strategist' });
    expect(told).toEqual([{ seat: 'dprk', bot: 'strategist' }]);
    // Words for the board's chip and the screen reader.
    const vm = thinkingVM('en', client.thinking());
    expect(vm).toEqual({
      text: 'Pyongyang is thinking…',
      spoken: `Pyongyang (${botName('en', 'strategist')}) is thinking about its move.`,
    });
    expect(thinkingVM('ko', client.thinking())!.text).toContain('평양');
    answers.shift()!();
    // The month resolves, and Pyongyang at once thinks about the next one (moves are simultaneous).
    await expect.poll(() => answers.length, { timeout: 30_000 }).toBe(1);
    expect(told).toEqual([{ seat: 'dprk', bot: 'strategist' }, null, { seat: 'dprk', bot: 'strategist' }]);
    expect(resolved).toBeNull(); // the month is shown once the bots are done
    answers.shift()!();
    await expect.poll(() => resolved, { timeout: 30_000 }).toBe(1);
    expect(client.thinking()).toBeNull();
    expect(told[told.length - 1]).toBeNull();
    expect(thinkingVM('en', null)).toBeNull();
    client.dispose();
  });
});
