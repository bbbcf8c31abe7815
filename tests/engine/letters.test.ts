/**
 * Letters between seats through the engine: they live beside the game state (a game's hashes are
 * the same with or without them), each seat reads only its own, those addressed to it, public ones
 * and leaked ones, a leak of a channel exposes the secret letters on it, and a save carries them
 * and replays them.
 */
import { describe, expect, it } from 'vitest';
import { makeSave, parseSave } from '../../src/codec/save';
import { foldSave } from '../../src/engine/fold';
import { replaySave } from '../../src/engine/replay';
import { createGame, type GameRunner } from '../../src/engine/runner';
import { LETTERS_PER_MONTH, MAX_LETTER } from '../../src/model/letters';
import type { TableAction } from '../../src/model/table';

const people = { seed: 11, seats: { us: 'human', dprk: 'human', rok: 'human' }, scenarioVersion: 2 } as const;

/** Two months: Washington's secret envoy, then a leak of the backchannel injected in month 2. */
function play(game: GameRunner, withLetters: boolean): void {
  if (withLetters) {
    expect(game.sendLetter('us', { to: 'dprk', line: 'secret', text: 'Dear Chairman, a quiet word.' }).ok).toBe(true);
    expect(game.sendLetter('rok', { to: 'dprk', line: 'secret', text: 'From Seoul, on our own line.' }).ok).toBe(true);
    expect(game.sendLetter('dprk', { to: 'both', line: 'public', text: 'To the world: we are ready.' }).ok).toBe(true);
  }
  expect(game.play('us', 'us.sendEnvoy').ok).toBe(true);
  expect(game.play('dprk', 'dprk.hold').ok).toBe(true);
  expect(game.play('rok', 'rok.hold').ok).toBe(true);
  expect(game.inject('leak').ok).toBe(true);
  if (withLetters) expect(game.sendLetter('us', { to: 'rok', line: 'secret', text: 'Seoul, keep this between us.' }).ok).toBe(true);
  for (const seat of ['us', 'dprk', 'rok'] as const) expect(game.play(seat, `${seat}.hold`).ok).toBe(true);
}

describe('letters', () => {
  it('do not change the game: the same moves give the same hashes with and without letters', () => {
    const plain = createGame(people, { checkpoints: true });
    const lettered = createGame(people, { checkpoints: true });
    play(plain, false);
    play(lettered, true);
    expect(lettered.turnsResolved()).toBe(2);
    expect(lettered.checkpoints()).toEqual(plain.checkpoints());
    expect(lettered.hash()).toBe(plain.hash());
    expect(plain.save().letters).toBeUndefined();
    expect(lettered.save().letters).toHaveLength(4);
  });

  it('reach only their recipients until their channel leaks', () => {
    const game = createGame(people);
    play(game, true);
    const texts = (seat: 'us' | 'dprk' | 'rok' | 'all') => (game.view(seat).letters ?? []).map((l) => l.id);
    // 1: us → dprk, secret (backchannel, leaked in month 2); 2: rok → dprk, secret (inter-Korean, never leaked);
    // 3: dprk → both, public; 4: us → rok, secret (the alliance channel; version 2's leak exposes only the backchannel).
    expect(texts('us')).toEqual([1, 3, 4]);
    expect(texts('dprk')).toEqual([1, 2, 3]);
    expect(texts('rok')).toEqual([1, 2, 3, 4]);
    expect(texts('all')).toEqual([1, 2, 3, 4]);
    const seen = game.view('rok').letters?.find((l) => l.id === 1);
    expect(seen).toMatchObject({ from: 'us', to: 'dprk', line: 'secret', leakedOn: 2, text: 'Dear Chairman, a quiet word.' });
    expect(game.view('rok').news.filter((n) => n.id === 'note.letterLeaked')).toEqual([
      expect.objectContaining({ turn: 2, params: { letter: 1, from: 'us', to: 'dprk' } }),
    ]);
    // Bots decide from the brief view, which has no letters.
    expect(game.view('dprk', { brief: true }).letters).toBeUndefined();
  });

  it('are refused with a reason when malformed, too long, too many or from a finished game', () => {
    const game = createGame(people);
    const refused = (r: { ok: boolean; error?: string }) => (r.ok ? '' : (r.error ?? ''));
    expect(refused(game.sendLetter('us', { to: 'us', line: 'public', text: 'hi' }))).toContain('cannot write to itself');
    expect(refused(game.sendLetter('us', { to: 'dprk', line: 'public', text: ' \u0007 ' }))).toContain('the letter is empty');
    expect(refused(game.sendLetter('us', { to: 'dprk', line: 'public', text: 'x'.repeat(MAX_LETTER + 1) }))).toContain(
      `at most ${MAX_LETTER} characters`,
    );
    expect(refused(game.sendLetter('us', { to: 'dprk', line: 'public', text: 'x', offer: 1 }))).toContain('negotiation table');
    for (let i = 0; i < LETTERS_PER_MONTH; i++) expect(game.sendLetter('us', { to: 'rok', line: 'public', text: `n${i}` }).ok).toBe(true);
    expect(refused(game.sendLetter('us', { to: 'rok', line: 'public', text: 'one more' }))).toContain(
      `${LETTERS_PER_MONTH} letters a month`,
    );
    expect(game.letters()).toHaveLength(LETTERS_PER_MONTH);
    expect(refused(game.hideLetter(99))).toContain('no letter 99');
  });

  it('a hidden letter is gone from every seat, the teacher still reads it', () => {
    const game = createGame(people);
    expect(game.sendLetter('dprk', { to: 'both', line: 'public', text: 'Something unkind.' }).ok).toBe(true);
    expect(game.hideLetter(1).ok).toBe(true);
    for (const seat of ['us', 'dprk', 'rok'] as const) expect(game.view(seat).letters).toEqual([]);
    expect(game.view('all').letters).toEqual([expect.objectContaining({ id: 1, hidden: true })]);
  });

  it('carry an offer of the sender in version 3', () => {
    const game = createGame({
      seed: 7,
      seats: { us: 'human', dprk: 'human', rok: 'bot:dealmaker' },
      scenarioVersion: 3,
      overrides: { determination: 80 },
    });
    const offer: TableAction = { kind: 'propose', to: 'dprk', gives: ['partialRelief'], asks: ['roadmap', 'freeze'], line: 'public' };
    expect(game.play('us', 'us.sendEnvoy', '', offer).ok).toBe(true);
    expect(game.play('dprk', 'dprk.hold').ok).toBe(true);
    game.runBots();
    expect(game.turnsResolved()).toBe(1);
    expect(game.sendLetter('dprk', { to: 'us', line: 'secret', text: 'Not ours.', offer: 1 })).toMatchObject({ ok: false });
    expect(game.sendLetter('us', { to: 'rok', line: 'secret', text: 'Wrong reader.', offer: 1 })).toMatchObject({ ok: false });
    expect(game.sendLetter('us', { to: 'dprk', line: 'secret', text: 'Our terms, in words.', offer: 1 }).ok).toBe(true);
    expect(game.view('dprk').letters?.[0]?.offer).toEqual({
      id: 1,
      to: 'dprk',
      gives: ['partialRelief'],
      asks: ['freeze', 'roadmap'],
      line: 'public',
      status: 'open',
    });
    const back = parseSave(makeSave(game.save()));
    expect(back.ok && back.value.letters?.[0]?.offer).toBe(1);
  });

  it('round-trip through a save file and replay with it', () => {
    const game = createGame(people, { checkpoints: true });
    play(game, true);
    game.hideLetter(2);
    const text = makeSave(game.save());
    const parsed = parseSave(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.value).toEqual(game.save());
    expect(parsed.value.letters?.[1]).toEqual({
      id: 2,
      turn: 1,
      from: 'rok',
      to: 'dprk',
      line: 'secret',
      text: 'From Seoul, on our own line.',
      hidden: true,
    });
    expect(replaySave(parsed.value, { verify: true })).toMatchObject({ ok: true, hash: game.hash() });
    const folded = foldSave(parsed.value);
    if (!folded.ok) throw new Error('does not fold');
    expect(folded.value.game.letters()).toEqual(game.letters());
    expect(folded.value.game.view('rok').letters).toEqual(game.view('rok').letters);
  });

  it('refuses a save whose letters are out of order or cannot be sent', () => {
    const game = createGame(people, { checkpoints: true });
    play(game, true);
    const save = game.save();
    const swapped = { ...save, letters: [save.letters![1]!, save.letters![0]!, ...save.letters!.slice(2)] };
    const bad = parseSave(JSON.stringify(swapped));
    expect(!bad.ok && bad.error).toMatch(/letters\[0\]\.id: letters are numbered 1, 2, 3 … in order \(expected 1, found 2\)/);
    const late = {
      ...save,
      letters: [{ id: 1, turn: 9, from: 'us' as const, to: 'dprk' as const, line: 'public' as const, text: 'later' }],
    };
    const r = replaySave(late);
    expect(!r.ok && r.divergence.message).toBe('letter 1 cannot be sent: the game never reached its month');
    const long = parseSave(JSON.stringify({ ...save, letters: [{ ...late.letters[0], turn: 1, text: 'x'.repeat(MAX_LETTER + 1) }] }));
    expect(!long.ok && long.error).toContain('letters[0].text');
  });
});
