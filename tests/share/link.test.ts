import fc from 'fast-check';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink, MAX_LINK_LENGTH } from '../../src/codec/link';
import { makeSave, parseSave, type SaveFile } from '../../src/codec/save';
import { branchFrom } from '../../src/engine/branch';
import { replaySave } from '../../src/engine/replay';
import { createGame } from '../../src/engine/runner';
import { openLink } from '../../src/engine/share';

function recorded(seed: number, maxTurns = 24): { save: SaveFile; hash: string } {
  const game = createGame({ seed, maxTurns, seats: { us: 'bot:dealmaker', dprk: 'bot:hawk', rok: 'bot:dove' } }, { checkpoints: true });
  game.runBots();
  const out = { save: game.save(), hash: game.hash() };
  game.stop();
  return out;
}

describe('share links', () => {
  it('round-trips whole games: same final hash, the bots’ reasons restored, checkpoints rebuilt', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { save, hash } = recorded(seed);
      const payload = encodeLink(save, hash, 'http://127.0.0.1:4173/#g=');
      expect(payload.ok).toBe(true);
      if (!payload.ok) continue;
      const opened = openLink(payload.value);
      expect(opened.ok).toBe(true);
      if (!opened.ok) continue;
      expect(opened.value.hash).toBe(hash);
      expect(opened.value.save.actions).toEqual(save.actions);
      expect(opened.value.save.checkpoints).toEqual(save.checkpoints);
      // The rebuilt save is a valid save file that verifies.
      const again = parseSave(makeSave(opened.value.save));
      expect(again.ok).toBe(true);
      if (again.ok) expect(replaySave(again.value, { verify: true }).ok).toBe(true);
    }
  });

  it('carries the scenario version: a version-1 game opens under version 1; a link without one (made before version 2) is version 1', () => {
    const game = createGame(
      { seed: 3, scenarioVersion: 1, seats: { us: 'bot:dealmaker', dprk: 'bot:hawk', rok: 'bot:dove' } },
      { checkpoints: true },
    );
    game.runBots();
    const save = game.save();
    const hash = game.hash();
    game.stop();
    const payload = encodeLink(save, hash);
    if (!payload.ok) throw new Error(payload.error);
    const opened = openLink(payload.value);
    expect(opened.ok && opened.value.save.scenario.version).toBe(1);
    expect(opened.ok && opened.value.hash).toBe(hash);
    const { sv: _sv, ...old } = JSON.parse(decompressFromEncodedURIComponent(payload.value)) as Record<string, unknown>;
    const legacy = decodeLink(compressToEncodedURIComponent(JSON.stringify(old)));
    expect(legacy.ok && legacy.value.save.scenario.version).toBe(1);
  });

  it('keeps a full 24-month game well under the link limit', () => {
    let longest = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const { save, hash } = recorded(seed);
      const payload = encodeLink(save, hash);
      expect(payload.ok).toBe(true);
      if (payload.ok) longest = Math.max(longest, payload.value.length);
    }
    expect(longest).toBeLessThan(MAX_LINK_LENGTH / 2);
  });

  it('refuses a link that would be too long and says to share the file', () => {
    const { save, hash } = recorded(7);
    const r = encodeLink(save, hash, 'x'.repeat(MAX_LINK_LENGTH));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/share the save file/);
  });

  it('refuses a tampered link: a changed move no longer reaches the promised state', () => {
    const { save, hash } = recorded(3);
    // Swap a Seoul move for another legal-looking one in an early month.
    const i = save.actions.findIndex((a) => a.seat === 'rok' && a.move !== 'rok.hold');
    const tampered = { ...save, actions: save.actions.map((a, j) => (j === i ? { ...a, move: 'rok.hold' } : a)) };
    const payload = encodeLink(tampered, hash);
    expect(payload.ok).toBe(true);
    if (!payload.ok) return;
    const opened = openLink(payload.value);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error).toMatch(/altered|damaged/);
  });

  it('refuses prototype keys, future versions and garbage with a message, never throwing', () => {
    const pack = (o: unknown) => compressToEncodedURIComponent(JSON.stringify(o));
    const proto = decodeLink(compressToEncodedURIComponent('{"v":1,"__proto__":{"x":1},"s":1}'));
    expect(proto).toMatchObject({ ok: false });
    if (!proto.ok) expect(proto.error).toMatch(/__proto__/);
    const future = decodeLink(pack({ v: 9 }));
    expect(future).toMatchObject({ ok: false });
    if (!future.ok) expect(future.error).toMatch(/newer version/);
    for (const bad of [
      '',
      '!!!',
      'A'.repeat(5000),
      pack([1, 2]),
      pack({ v: 1 }),
      pack({ v: 1, s: 1, t: 24, p: ['human', 'bot:x', 'bot:y'], o: {}, m: '?', k: [1], i: [], h: '0'.repeat(16) }),
    ]) {
      const r = decodeLink(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.length).toBeGreaterThan(10);
    }
  });

  it('fuzz: 10,000 random, truncated and mutated fragments are all refused without throwing', () => {
    const { save, hash } = recorded(11);
    const good = encodeLink(save, hash);
    if (!good.ok) throw new Error(good.error);
    const valid = good.value;
    const fragment = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$'), maxLength: 400 }),
      fc.integer({ min: 0, max: valid.length - 1 }).map((n) => valid.slice(0, n)),
      fc
        .tuple(fc.integer({ min: 0, max: valid.length - 1 }), fc.constantFrom(...'ABCxyz019+-$'))
        .map(([i, c]) => (valid[i] === c ? `${valid}A` : valid.slice(0, i) + c + valid.slice(i + 1))),
    );
    let refused = 0;
    fc.assert(
      fc.property(fragment, (f) => {
        const r = openLink(f);
        if (!r.ok) {
          refused++;
          return true;
        }
        // Only a fragment that still describes the same game may open.
        return r.value.hash === hash;
      }),
      { numRuns: 10_000, seed: 42 },
    );
    expect(refused).toBeGreaterThan(9_000);
  });
});

describe('take over from here', () => {
  it('a branch shares its parent up to the month and then plays on with new seats', () => {
    const { save } = recorded(21);
    const parentAt6 = replaySave(save, { to: 6 });
    expect(parentAt6.ok).toBe(true);
    const r = branchFrom(save, 6, { us: 'human', dprk: 'bot:dealmaker', rok: 'bot:dealmaker' });
    expect(r.ok).toBe(true);
    if (!r.ok || !parentAt6.ok) return;
    const { game, parent } = r.value;
    expect(parent.branchTurn).toBe(6);
    expect(parent.hash).toBe(parentAt6.hash);
    expect(game.state().history.slice(0, 6)).toEqual(parentAt6.state.history);
    expect(game.state().turn).toBe(7);
    // The human seat now chooses; the bots wait for it.
    game.runBots();
    expect(game.state().pending.us).toBeUndefined();
    const move = game.view('us').legal[0];
    expect(move).toBeDefined();
    expect(game.play('us', move!.id, 'my own choice').ok).toBe(true);
    game.runBots();
    expect(game.state().history.length).toBe(7);
    const branchSave = game.save({ parent });
    expect(branchSave.meta?.parent?.branchTurn).toBe(6);
    expect(replaySave(branchSave, { verify: true }).ok).toBe(true);
    game.stop();
  });

  it('refuses a month after the game ended', () => {
    const { save } = recorded(5, 6);
    const r = branchFrom(save, 6, { us: 'human', dprk: 'human', rok: 'human' });
    expect(r.ok).toBe(false);
  });
});
