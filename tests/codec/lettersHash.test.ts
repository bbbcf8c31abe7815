/**
 * The letters' hash (src/codec/lettersHash.ts): a save file with letters carries `lettersHash`, so
 * a letter edited, added, removed, hidden or unhidden, or moved in from another game is refused
 * when the file is read; a save without letters is written, read and hashed exactly as before.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lettersHash } from '../../src/codec/lettersHash';
import { makeSave, parseSave, type SaveFile } from '../../src/codec/save';
import { replaySave } from '../../src/engine/replay';
import { createGame } from '../../src/engine/runner';
import { refusalVM } from '../../src/app/saves/viewModels';

const people = { seed: 11, seats: { us: 'human', dprk: 'human', rok: 'human' }, scenarioVersion: 2 } as const;

/** A month of three people with two letters (the second hidden by the teacher), as a save. */
function letteredSave(seed = 11): SaveFile {
  const game = createGame({ ...people, seed }, { checkpoints: true });
  expect(game.sendLetter('us', { to: 'dprk', line: 'secret', text: 'Dear Chairman, a quiet word.' }).ok).toBe(true);
  expect(game.sendLetter('rok', { to: 'both', line: 'public', text: 'Seoul wants talks.' }).ok).toBe(true);
  for (const seat of ['us', 'dprk', 'rok'] as const) expect(game.play(seat, `${seat}.hold`).ok).toBe(true);
  expect(game.sendLetter('dprk', { to: 'us', line: 'secret', text: 'We read it.' }).ok).toBe(true);
  expect(game.hideLetter(2).ok).toBe(true);
  const save = game.save();
  game.stop();
  return save;
}

type Json = Record<string, unknown> & { letters: Record<string, unknown>[] };
const asJson = (text: string) => JSON.parse(text) as Json;
const refusal = (text: string) => {
  const r = parseSave(text);
  return r.ok ? null : r.error;
};
const ALTERED = 'This save was refused: its letters do not match its "lettersHash"; the file has been altered or is damaged.';

describe('letters hash', () => {
  const save = letteredSave();
  const text = makeSave(save);

  it('is written right after the letters and dropped when read: the save in memory is the game’s', () => {
    const keys = Object.keys(asJson(text));
    expect(keys.indexOf('lettersHash')).toBe(keys.indexOf('letters') + 1);
    expect(asJson(text).lettersHash).toBe(lettersHash(save));
    expect(parseSave(text)).toEqual({ ok: true, value: save });
  });

  it('refuses a save whose letter text was edited, with a message the import screen calls altered', () => {
    const edited = asJson(text);
    edited.letters[0]!.text = 'Dear Chairman, we surrender.';
    const error = refusal(JSON.stringify(edited));
    expect(error).toBe(ALTERED);
    expect(refusalVM('en', error!).problem).toBe('Its letters have been altered: they are not the letters written in the game.');
  });

  it('refuses a letter added, removed, redirected, made public, unhidden or moved in from another game', () => {
    const variants: ((j: Json) => void)[] = [
      (j) => j.letters.push({ id: 4, turn: 2, from: 'rok', to: 'us', line: 'public', text: 'An extra one.' }),
      (j) => void j.letters.pop(),
      (j) => void (j.letters[0]!.to = 'rok'),
      (j) => void (j.letters[0]!.line = 'public'),
      (j) => void delete j.letters[1]!.hidden,
      (j) => void (j.seed = 12),
    ];
    for (const change of variants) {
      const j = asJson(text);
      change(j);
      expect(refusal(JSON.stringify(j))).toBe(ALTERED);
    }
    // The letters and their hash of another game (same seats, another seed) are refused too.
    const other = asJson(makeSave(letteredSave(12)));
    const moved = asJson(text);
    moved.lettersHash = other.lettersHash;
    expect(refusal(JSON.stringify(moved))).toBe(ALTERED);
  });

  it('refuses letters without their hash, a hash without letters, and a hash that is not one', () => {
    const { lettersHash: _h, ...bare } = asJson(text);
    expect(refusal(JSON.stringify(bare))).toMatch(
      /^This save was refused: it has letters but no "lettersHash" to check them against; the file has been altered/,
    );
    const { letters: _l, ...orphan } = asJson(text);
    expect(refusal(JSON.stringify(orphan))).toBe(
      'This save was refused: it has a "lettersHash" but no letters; the file has been altered or is damaged.',
    );
    expect(refusal(JSON.stringify({ ...asJson(text), lettersHash: 'ABC' }))).toBe(
      'This save is not valid: lettersHash: expected a SHA-256 hash (64 lowercase hex digits).',
    );
    // Problems of the letters themselves are named first.
    const unnumbered = asJson(text);
    unnumbered.letters[0]!.id = 7;
    expect(refusal(JSON.stringify(unnumbered))).toMatch(/letters\[0\]\.id: letters are numbered/);
  });

  it('leaves the state hashes alone: an intact save with letters verifies to the same hashes as the game without them', () => {
    const parsed = parseSave(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const { letters: _l, ...plain } = save;
    const withLetters = replaySave(parsed.value, { verify: true });
    const without = replaySave(plain, { verify: true });
    expect(withLetters).toMatchObject({ ok: true });
    expect(without).toMatchObject({ ok: true });
    expect(withLetters.ok && without.ok && withLetters.hash === without.hash).toBe(true);
  });

  it('is not written for a save without letters: every fixture reads and is written without it', () => {
    const root = join(__dirname, '../fixtures');
    for (const dir of readdirSync(root)) {
      for (const name of readdirSync(join(root, dir))) {
        const parsed = parseSave(readFileSync(join(root, dir, name), 'utf8'));
        if (!parsed.ok) throw new Error(`${dir}/${name}: ${parsed.error}`);
        expect(parsed.value.letters).toBeUndefined();
        expect(makeSave(parsed.value)).not.toContain('lettersHash');
      }
    }
  });
});
