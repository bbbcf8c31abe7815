/**
 * The negotiation table through the engine (scenario version 3): the runner seals a table action
 * with the card or refuses both, the log and the save carry it, a save and a share link replay it,
 * and bot games with the default table policy reach deals made of terms.
 */
import { describe, expect, it } from 'vitest';
import { makeSave, parseSave } from '../../src/codec/save';
import { decodeLink, encodeLink } from '../../src/codec/link';
import { replaySave } from '../../src/engine/replay';
import { createGame, playBotGame } from '../../src/engine/runner';

const talks = { seed: 7, seats: { us: 'human', dprk: 'human', rok: 'bot:dealmaker' }, scenarioVersion: 3 } as const;

describe('the runner and the table', () => {
  it('seals a table action with the card, or refuses both and changes nothing', () => {
    const game = createGame({ ...talks, overrides: { determination: 80 } });
    const before = game.state();
    const bad = game.play('us', 'us.hold', '', { kind: 'accept', offer: 1 });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toContain('there is no offer 1');
    expect(game.state()).toBe(before);
    expect(game.whyIllegal('us', 'us.hold', { kind: 'propose', to: 'dprk', gives: [], asks: ['freeze'], line: 'secret' })).toMatch(
      /secret offer/,
    );
    // The envoy opens the backchannel: next month a secret offer may travel on it.
    expect(
      game.play('us', 'us.sendEnvoy', '', {
        kind: 'propose',
        to: 'dprk',
        gives: ['partialRelief'],
        asks: ['roadmap', 'freeze'],
        line: 'public',
      }).ok,
    ).toBe(true);
    expect(game.state().pending.us?.table).toEqual({
      kind: 'propose',
      to: 'dprk',
      gives: ['partialRelief'],
      asks: ['freeze', 'roadmap'],
      line: 'public',
    });
    expect(game.actions()[0]?.table?.kind).toBe('propose');
    expect(game.play('dprk', 'dprk.hold').ok).toBe(true);
    expect(game.stepBots()).toBe(1);
    expect(game.turnsResolved()).toBe(1);
    expect(game.state().table?.offers.filter((o) => o.from === 'us')).toMatchObject([
      { id: 1, from: 'us', line: 'public', status: 'open' },
    ]);
    game.stop();
  });

  it('a v3 save and share link carry the table actions and replay to the same hash', () => {
    const game = createGame({ seed: 5, scenarioVersion: 3 }, { checkpoints: true });
    game.runBots();
    const save = game.save();
    expect(save.version).toBe(2);
    expect(save.actions.some((a) => a.table)).toBe(true);
    const parsed = parseSave(makeSave(save));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value.actions.filter((a) => a.table)).toEqual(save.actions.filter((a) => a.table));
    const replayed = replaySave(parsed.value, { verify: true });
    expect(replayed.ok && replayed.hash).toBe(game.hash());
    const link = encodeLink(save, game.hash());
    if (!link.ok) throw new Error(link.error);
    const decoded = decodeLink(link.value);
    if (!decoded.ok) throw new Error(decoded.error);
    expect(decoded.value.save.actions.map((a) => a.table ?? null)).toEqual(save.actions.map((a) => a.table ?? null));
    const fromLink = replaySave(decoded.value.save, { botReasons: true });
    expect(fromLink.ok && fromLink.hash).toBe(game.hash());
    // Without its table actions the same link does not reach the game's hash.
    const stripped = { ...decoded.value.save, actions: decoded.value.save.actions.map(({ table: _table, ...a }) => a) };
    const r = replaySave(stripped);
    expect(r.ok && r.hash).not.toBe(game.hash());
    game.stop();
  });
});

describe('bots at the table (the bargaining bots)', () => {
  it('bot games under version 3 reach deals, signed from packages of terms and carried out term by term', () => {
    // The bargaining bots close few deals yet (docs/balance.md): one in 30 games or more is what holds.
    const games = Array.from({ length: 30 }, (_, i) => playBotGame({ seed: 100 + i, scenarioVersion: 3 }).state);
    const deals = games.filter((s) => s.ending === 'freeze' || s.ending === 'roadmap' || s.ending === 'recognition');
    expect(deals.length).toBeGreaterThanOrEqual(1);
    for (const s of deals) {
      expect(s.scenario.version).toBe(3);
      const steps = s.news.filter((n) => n.id === 'note.dealStep');
      expect(steps.length).toBeGreaterThanOrEqual(2);
      expect(s.moves.some((m) => ['us.offerFreeze', 'dprk.freezeTesting'].includes(m.move))).toBe(false);
    }
  });
});
