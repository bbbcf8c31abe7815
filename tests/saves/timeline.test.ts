/** The viewer's timeline: one replay, a state per month, the same hashes as the CLI's `replay --to N`. */
import { describe, expect, it } from 'vitest';
import { replaySave } from '../../src/engine/replay';
import { stateHash } from '../../src/engine/hash';
import { buildTimeline } from '../../src/app/saves/timeline';
import { ReplayController, MONTH_MS } from '../../src/app/saves/replayController';
import { rulesFor } from '../../src/model/ruleset';
import { playerView } from '../../src/model/view';
import { botSave, humanGame } from './helpers';

describe('buildTimeline', () => {
  it('gives, for every month, the state and hash that replaySave({ to }) gives', () => {
    for (const seed of [3, 8]) {
      const { save, hash } = botSave(seed);
      const r = buildTimeline(save);
      if (!r.ok) throw new Error(r.error);
      const t = r.value;
      expect(t.last).toBe(save.result!.turn);
      expect(t.hashes[t.last]).toBe(hash);
      for (let n = 0; n <= t.last; n++) {
        const ref = replaySave(save, { to: n });
        if (!ref.ok) throw new Error(ref.divergence.message);
        expect(t.hashes[n], `month ${n}`).toBe(ref.hash);
        // Kept states were not changed by later months (the model copies what it changes).
        expect(stateHash(t.states[n]!), `state ${n} after the whole replay`).toBe(ref.hash);
      }
    }
  });

  it('replays injected events in their month', () => {
    const { save, hash } = botSave(43, { inject: { month: 2, event: 'leak' } });
    expect(save.injections).toEqual([{ turn: 2, event: 'leak' }]);
    const r = buildTimeline(save);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.hashes[r.value.last]).toBe(hash);
    const ref = replaySave(save, { to: 3 });
    expect(ref.ok && ref.hash).toBe(r.value.hashes[3]);
  });

  it('covers an unfinished game up to its last resolved month', () => {
    const game = humanGame(5, 'dprk', 4);
    const save = game.save();
    const r = buildTimeline(save);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.last).toBe(4);
    expect(r.value.ending).toBeNull();
    const ref = replaySave(save, { to: 4 });
    expect(ref.ok && ref.hash).toBe(r.value.hashes[4]);
    // The bots have already sealed month 5: the end hash is the live game's, and the CLI's without --to.
    expect(Object.keys(game.state().pending).length).toBeGreaterThan(0);
    expect(r.value.endHash).toBe(game.hash());
    const all = replaySave(save);
    expect(all.ok && all.hash).toBe(game.hash());
    game.stop();
  });

  it('refuses a save whose checkpoint was altered, naming the month', () => {
    const { save } = botSave(9);
    const bad = structuredClone(save);
    bad.checkpoints[4] = { turn: 5, hash: 'f'.repeat(64) };
    const r = buildTimeline(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/Month 5.*altered/);
  });
});

describe('ReplayController', () => {
  const { save } = botSave(12);
  const timeline = (() => {
    const r = buildTimeline(save);
    if (!r.ok) throw new Error(r.error);
    return r.value;
  })();

  it('seeks by lookup, clamps to the game, and reports the hash at the cursor', () => {
    const c = new ReplayController({ timeline, meta: null });
    expect(c.cursor).toBe(0);
    expect(c.perspective).toBe('all');
    const seen: string[] = [];
    c.subscribe((w) => seen.push(w));
    expect(c.seek(6)).toBe(6);
    expect(c.hash()).toBe(timeline.hashes[6]);
    expect(c.seek(999)).toBe(timeline.last);
    expect(c.seek(-3)).toBe(0);
    expect(c.seek(Number.NaN)).toBe(0);
    expect(c.step(1)).toBe(1);
    expect(c.toEnd()).toBe(timeline.last);
    expect(seen.filter((w) => w === 'cursor').length).toBe(5);
  });

  it('shows the game as a seat saw it: secret moves of others hidden until they came out', () => {
    const c = new ReplayController({ timeline, meta: null, perspective: 'us' });
    for (let t = 1; t < timeline.last; t++) {
      c.seek(t);
      const view = c.view();
      expect(view).toEqual(playerView(timeline.states[t]!, 'us'));
      // Hidden unless leaked, or unless Washington was in the move's audience (Seoul's consultations).
      const state = timeline.states[t]!;
      const told = (i: number) => rulesFor(state.scenario).movesById[state.moves[i]!.move]?.audience?.includes('us') ?? false;
      view.moves.forEach((m, i) => {
        if (m.seat !== 'us' && m.secret && m.revealedOn === undefined && !told(i)) expect(m.move).toBeNull();
      });
    }
    c.setPerspective('all');
    expect(c.view().moves.every((m) => m.move !== null)).toBe(true);
  });

  it('plays at the chosen speed and stops at the end', () => {
    const c = new ReplayController({ timeline, meta: null });
    c.play();
    expect(c.playing).toBe(true);
    c.tick(MONTH_MS - 1);
    expect(c.cursor).toBe(0);
    c.tick(1);
    expect(c.cursor).toBe(1);
    c.setSpeed(4);
    c.tick(MONTH_MS / 4);
    expect(c.cursor).toBe(2);
    c.setSpeed(0.5);
    c.tick(MONTH_MS);
    expect(c.cursor).toBe(2);
    c.tick(MONTH_MS);
    expect(c.cursor).toBe(3);
    for (let i = 0; i < 200; i++) c.tick(MONTH_MS * 2);
    expect(c.cursor).toBe(timeline.last);
    expect(c.playing).toBe(false);
    // Play from the end starts over.
    c.play();
    expect(c.cursor).toBe(0);
    c.pause();
    expect(c.playing).toBe(false);
  });

  it('opens as the seat a person played', () => {
    const game = humanGame(2, 'rok', 3);
    const r = buildTimeline(game.save());
    if (!r.ok) throw new Error(r.error);
    expect(new ReplayController({ timeline: r.value, meta: null }).perspective).toBe('rok');
    game.stop();
  });
});
