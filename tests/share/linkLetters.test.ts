/**
 * Share links keep a game's letters (issue 11): they round-trip through a link and replay, a link
 * without letters is packed as before, letters a teacher hid stay out, and a link whose letters
 * were changed is refused.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink } from '../../src/codec/link';
import { makeSave, parseSave, type SaveFile } from '../../src/codec/save';
import { replaySave } from '../../src/engine/replay';
import { createGame } from '../../src/engine/runner';
import { openLink } from '../../src/engine/share';

const SEATS = { us: 'bot:dealmaker', dprk: 'bot:hawk', rok: 'bot:dove' } as const;

/** A six-month bot game with letters in months 1 and 2 (the third hidden by the teacher), and its final hash. */
function lettered(): { save: SaveFile; hash: string } {
  const game = createGame({ seed: 5, maxTurns: 6, seats: SEATS }, { checkpoints: true });
  const send = (from: 'us' | 'dprk' | 'rok', draft: Parameters<typeof game.sendLetter>[1]) => {
    const r = game.sendLetter(from, draft);
    if (!r.ok) throw new Error(r.error);
  };
  send('us', { to: 'dprk', line: 'secret', text: 'Dear Chairman — a quiet word before anything public. 안녕하세요.' });
  game.stepBots();
  send('rok', { to: 'both', line: 'public', text: 'Seoul speaks openly: talk, do not test.' });
  send('dprk', { to: 'rok', line: 'secret', text: 'Something unkind.' });
  expect(game.hideLetter(3).ok).toBe(true);
  send('dprk', { to: 'us', line: 'secret', text: 'We read your letter.\nNothing is promised.' });
  game.runBots();
  const out = { save: game.save(), hash: game.hash() };
  game.stop();
  return out;
}

const unpack = (payload: string) => JSON.parse(decompressFromEncodedURIComponent(payload)) as Record<string, unknown>;
const pack = (o: unknown) => compressToEncodedURIComponent(JSON.stringify(o));

describe('share links with letters', () => {
  const { save, hash } = lettered();
  const link = encodeLink(save, hash);
  if (!link.ok) throw new Error(link.error);

  it('round-trip: the opened game has the letters (those the teacher hid left out), replays to the same hash and saves as a valid file', () => {
    const opened = openLink(link.value);
    if (!opened.ok) throw new Error(opened.error);
    expect(opened.value.hash).toBe(hash);
    const shown = save.letters!.filter((l) => !l.hidden).map((l, i) => ({ ...l, id: i + 1 }));
    expect(shown).toHaveLength(3);
    expect(opened.value.save.letters).toEqual(shown);
    const again = parseSave(makeSave(opened.value.save));
    if (!again.ok) throw new Error(again.error);
    expect(again.value.letters).toEqual(shown);
    expect(replaySave(again.value, { verify: true })).toMatchObject({ ok: true, hash });
  });

  it('packs letters compactly: a month, a three-character head and the text', () => {
    const packed = unpack(link.value);
    expect(packed.l).toEqual([
      [1, '01s', save.letters![0]!.text],
      [2, '23p', 'Seoul speaks openly: talk, do not test.'],
      [2, '10s', 'We read your letter.\nNothing is promised.'],
    ]);
    expect(packed.lh).toMatch(/^[0-9a-f]{16}$/);
  });

  it('a game without letters is packed as before: no letter fields', () => {
    const plain = createGame({ seed: 5, maxTurns: 6, seats: SEATS }, { checkpoints: true });
    plain.runBots();
    const payload = encodeLink(plain.save(), plain.hash());
    if (!payload.ok) throw new Error(payload.error);
    const keys = Object.keys(unpack(payload.value));
    expect(keys).toEqual(expect.arrayContaining(['v', 's', 't', 'p', 'o', 'm', 'k', 'i', 'h', 'sv']));
    expect(keys).not.toContain('l');
    expect(keys).not.toContain('lh');
    expect(openLink(payload.value)).toMatchObject({ ok: true, value: { hash: plain.hash() } });
    // The game's hash is the same with or without its letters.
    expect(plain.hash()).toBe(hash);
    plain.stop();
  });

  it('refuses a link whose letters were changed, added, dropped or whose letters hash is gone', () => {
    const packed = unpack(link.value);
    const letters = packed.l as [number, string, string][];
    const edited = pack({ ...packed, l: letters.map((l, i) => (i === 1 ? [l[0], l[1], 'Seoul surrenders.'] : l)) });
    const redirected = pack({ ...packed, l: letters.map((l, i) => (i === 0 ? [l[0], '02s', l[2]] : l)) });
    const dropped = pack({ ...packed, l: letters.slice(1) });
    for (const bad of [edited, redirected, dropped]) {
      expect(decodeLink(bad)).toEqual({ ok: false, error: 'This link has been altered: its letters are not the ones it was made with.' });
    }
    const { lh: _lh, ...noHash } = packed;
    const { l: _l, ...noLetters } = packed;
    for (const bad of [
      pack(noHash),
      pack(noLetters),
      pack({ ...packed, l: [[1, '00s', 'to myself']] }),
      pack({ ...packed, l: [[1, '9xs', 'x']] }),
    ]) {
      expect(decodeLink(bad).ok).toBe(false);
    }
  });
});
