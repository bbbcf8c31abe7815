/**
 * Import, export and share links as the browser uses them. Every hostile input is refused with a
 * sentence naming the problem. (Fuzzing of link decoding lives in tests/share/link.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { encodeLink } from '../../src/codec/link';
import { MAX_SAVE_BYTES, MIGRATIONS, makeSave, parseSave } from '../../src/codec/save';
import { replaySave } from '../../src/engine/replay';
import {
  exportFileName,
  exportText,
  importSaveText,
  linkPayload,
  openSharedGame,
  readSaveFile,
  shareUrl,
} from '../../src/app/saves/transfer';
import { buildTimeline } from '../../src/app/saves/timeline';
import { botSave, humanGame } from './helpers';

describe('export and import', () => {
  it('round-trips a game: same save, same final hash, and the export verifies', () => {
    const game = humanGame(4, 'us', 5);
    const save = game.save({ title: 'Five months' });
    const text = exportText(save);
    const r = importSaveText(text);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.save).toEqual(save);
    expect(r.value.timeline.hashes[5]).toBe(save.checkpoints[4]!.hash);
    const parsed = parseSave(text);
    expect(parsed.ok && replaySave(parsed.value, { verify: true }).ok).toBe(true);
    game.stop();
  });

  it('refuses hostile files with a message naming the problem', () => {
    const { save } = botSave(6);
    const good = makeSave(save);
    const cases: [string, unknown, RegExp][] = [
      ['not text', 42, /expected text/],
      ['not JSON', '{"format":', /not valid JSON/],
      ['too large', `${good}${' '.repeat(MAX_SAVE_BYTES)}`, /too large/],
      ['prototype key', good.replace('"format"', '"__proto__": {"polluted": true}, "format"'), /__proto__/],
      ['constructor key', good.replace('"seed"', '"constructor": {"prototype": {}}, "seed"'), /constructor|prototype/],
      ['future version', good.replace('"version": 2', '"version": 7'), /newer version/],
      ['other format', good.replace('quiet-channel-save', 'chess-pgn'), /not a Quiet Channel save/],
      ['unknown field', good.replace('"seed"', '"cheat": true, "seed"'), /unknown|unrecognized|cheat/i],
      ['altered checkpoint', good.replace(save.checkpoints[2]!.hash, 'e'.repeat(64)), /Month 3.*altered/],
      ['altered move', good.replace(/"move": "rok\.[a-zA-Z]+"/, '"move": "rok.nuclearDebate"'), /cannot be replayed|altered|cannot play/],
      ['altered result', good.replace(`"hash": "${save.result!.hash}"`, `"hash": "${'0'.repeat(64)}"`), /altered|damaged/],
    ];
    for (const [name, text, message] of cases) {
      const r = importSaveText(text);
      expect(r.ok, name).toBe(false);
      if (!r.ok) {
        expect(r.error, name).toMatch(message);
        expect(r.error.length, name).toBeLessThan(400);
      }
    }
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('migrates an older version through the upgrade steps', () => {
    const { save } = botSave(7);
    // A pretend version 0 that called the seed "randomSeed".
    const v0 = JSON.parse(makeSave(save)) as Record<string, unknown>;
    v0.version = 0;
    v0.randomSeed = v0.seed;
    delete v0.seed;
    const migrations = {
      ...MIGRATIONS,
      0: (old: Record<string, unknown>) => {
        const { randomSeed, ...rest } = old;
        return { ...rest, seed: randomSeed };
      },
    };
    const r = importSaveText(JSON.stringify(v0), migrations);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.save).toEqual(save);
    // Without the step, the old version is refused by name.
    const refused = importSaveText(JSON.stringify(v0));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatch(/format version 0/);
  });

  it('names export files after the seat, the month and the day', () => {
    const { save } = botSave(8, { maxTurns: 6 });
    const name = exportFileName(save, 6, new Date('2026-03-01T10:00:00Z'), 'Washington');
    expect(name).toBe(`quiet-channel-washington-month-6-${save.result!.ending}-2026-03-01.json`);
    expect(exportFileName({ ...save, result: undefined }, 2, new Date('2026-03-01T10:00:00Z'), '워싱턴')).toBe(
      'quiet-channel-game-month-2-2026-03-01.json',
    );
  });

  it('refuses a file over 5 MB before reading it', async () => {
    let read = false;
    const big = {
      size: MAX_SAVE_BYTES + 1,
      text: async () => {
        read = true;
        return '';
      },
    };
    const r = await readSaveFile(big);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/too large.*5 MB/);
    expect(read).toBe(false);
    const small = await readSaveFile(new Blob(['{"a":1}']));
    expect(small).toEqual({ ok: true, value: '{"a":1}' });
    const broken = await readSaveFile({ size: 3, text: () => Promise.reject(new Error('gone')) });
    expect(broken.ok).toBe(false);
  });
});

describe('share links', () => {
  it('round-trips through the page address and opens the same game', () => {
    const { save, hash } = botSave(14);
    const url = shareUrl(save, 'http://127.0.0.1:4320/');
    if (!url.ok) throw new Error(url.error);
    expect(url.value.length).toBeLessThanOrEqual(2000);
    const payload = linkPayload(new URL(url.value).hash);
    expect(payload).not.toBeNull();
    const r = openSharedGame(payload!);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.timeline.hashes[r.value.timeline.last]).toBe(hash);
    expect(r.value.save.actions.map((a) => a.move)).toEqual(save.actions.map((a) => a.move));
    // The bots' reasons come back.
    expect(r.value.save.actions.every((a) => a.reason.length > 0)).toBe(true);
  });

  // Regression: the link to a person's game was refused as "altered" when opened, because a link
  // carries no reasons and a person's reason ("player") is part of the state hash.
  it('shares a person’s unfinished game: the same moves, the moves already sealed for its month', () => {
    const game = humanGame(18, 'rok', 3);
    const save = game.save();
    const url = shareUrl(save, 'http://127.0.0.1:4320/');
    if (!url.ok) throw new Error(url.error);
    const r = openSharedGame(linkPayload(new URL(url.value).hash)!);
    if (!r.ok) throw new Error(r.error);
    const t = r.value.timeline;
    expect(t.last).toBe(3);
    expect(r.value.save.actions.map((a) => [a.turn, a.seat, a.move])).toEqual(save.actions.map((a) => [a.turn, a.seat, a.move]));
    // Every month's indicators are the original game's; only the person's reasons are not in a link.
    const original = buildTimeline(save);
    if (!original.ok) throw new Error(original.error);
    expect(t.states[3]!.history).toEqual(original.value.states[3]!.history);
    expect(r.value.save.actions.filter((a) => a.seat === 'rok').every((a) => a.reason === '')).toBe(true);
    game.stop();
  });

  it('offers the file when the link would be too long', () => {
    const { save } = botSave(15);
    const r = shareUrl(save, `http://example.org/${'x'.repeat(1990)}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/share the save file/);
  });

  it('refuses broken, tampered and future links', () => {
    const { save, hash } = botSave(16);
    const payload = encodeLink(save, hash);
    if (!payload.ok) throw new Error(payload.error);
    expect(openSharedGame(payload.value.slice(0, payload.value.length / 2)).ok).toBe(false);
    expect(openSharedGame('').ok).toBe(false);
    const tampered = encodeLink(save, 'f'.repeat(64));
    if (!tampered.ok) throw new Error(tampered.error);
    const r = openSharedGame(tampered.value);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/altered/);
  });

  it('reads the fragment only when it carries a game', () => {
    expect(linkPayload('#g=abc')).toBe('abc');
    expect(linkPayload('g=abc')).toBe('abc');
    expect(linkPayload('#settings')).toBeNull();
    expect(linkPayload('')).toBeNull();
  });
});
