/** `npm run replay`: rebuilds a saved game; exit 0 when it holds, 1 when it diverges, 2 when the file is no save (or its letters were edited). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_SAVE_BYTES, makeSave, type SaveFile } from '../../src/codec/save';
import { createGame } from '../../src/engine/runner';
import { runCli, tempDir } from './run';

const dir = tempDir();
const game = createGame({ seed: 17 }, { checkpoints: true });
game.runBots();
const save: SaveFile = game.save();
const finalHash = game.hash();
const months = game.turnsResolved();
game.stop();

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const good = file('good.json', makeSave(save));

/** One line on stderr, ending in a newline, and nothing on stdout. */
function oneLine(stderr: string): string {
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  return stderr.trim();
}

describe.concurrent('replay', () => {
  it('--verify accepts a recorded game (exit 0)', async ({ expect }) => {
    const r = await runCli('replay', [good, '--verify']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Verified: ${months} checkpoints match (state hash ${finalHash}).`);
    expect(r.stdout).toContain('Month 1, ');
  });

  it('--json prints { hash, ending, turns } with each month’s actions, events and indicators', async ({ expect }) => {
    const r = await runCli('replay', [good, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as {
      hash: string;
      ending: string;
      turns: {
        turn: number;
        actions: { seat: string; move: string; secret: boolean }[];
        events: { id: string }[];
        indicators: Record<string, number>;
      }[];
    };
    expect(out.hash).toBe(finalHash);
    expect(out.ending).toBe(save.result?.ending);
    expect(out.turns).toHaveLength(months);
    out.turns.forEach((t, i) => {
      expect(t.turn).toBe(i + 1);
      expect(t.actions.map((a) => [a.seat, a.move])).toEqual(
        save.actions
          .filter((a) => a.turn === t.turn)
          .sort((a, b) => ['us', 'dprk', 'rok'].indexOf(a.seat) - ['us', 'dprk', 'rok'].indexOf(b.seat))
          .map((a) => [a.seat, a.move]),
      );
      for (const a of t.actions) expect(typeof a.secret).toBe('boolean');
      expect(Array.isArray(t.events)).toBe(true);
      expect(Object.keys(t.indicators)).toHaveLength(14);
    });
  });

  it('--to N --json has N months', async ({ expect }) => {
    const r = await runCli('replay', [good, '--to', '4', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { hash: string; ending: string | null; turns: unknown[] };
    expect(out.turns).toHaveLength(4);
    expect(out.ending).toBeNull();
    expect(out.hash).toBe(save.checkpoints[3]?.hash);
  });

  it('exits 1 at a tampered move, naming the month, the seat and the move', async ({ expect }) => {
    const bad = structuredClone(save);
    const i = bad.actions.findIndex((a) => a.turn === 2 && a.seat === 'dprk');
    bad.actions[i] = { ...bad.actions[i]!, move: 'dprk.walkOut' };
    const path = file('tampered.json', makeSave(bad));
    const r = await runCli('replay', [path, '--verify']);
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toBe(
      `replay: ${path}: diverges at month 2 (dprk dprk.walkOut): the situation does not allow dprk.walkOut now.`,
    );
  });

  it('exits 1 at a wrong checkpoint, naming its month', async ({ expect }) => {
    const bad = structuredClone(save);
    bad.checkpoints[2] = { turn: 3, hash: 'f'.repeat(64) };
    const path = file('checkpoint.json', makeSave(bad));
    const r = await runCli('replay', [path, '--verify']);
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toContain('diverges at month 3: the state after month 3 differs');
  });

  /** The game with a letter, its text then edited in the file (letters are outside the state hash; `lettersHash` covers them). */
  const editedLetter = () => {
    const text = makeSave({ ...save, letters: [{ id: 1, turn: 1, from: 'us', to: 'dprk', line: 'public', text: 'Talks, soon.' }] });
    return file('letter.json', text.replace('"Talks, soon."', '"War, soon."'));
  };

  const invalid: [string, () => string, RegExp][] = [
    ['an edited letter', editedLetter, /its letters do not match its "lettersHash"; the file has been altered or is damaged/],
    ['too large (over 5 MB)', () => file('large.json', ' '.repeat(MAX_SAVE_BYTES + 1)), /too large/],
    ['broken JSON', () => file('broken.json', '{"format": "quiet-channel-save",'), /not valid JSON/],
    ['an unknown version', () => file('version.json', JSON.stringify({ ...save, version: 7 })), /newer version/],
    ['wrong types', () => file('types.json', JSON.stringify({ ...save, seed: 'seventeen' })), /seed/],
    ['a missing file', () => join(dir, 'nowhere.json'), /no such file/],
  ];
  it.for(invalid)('exits 2 for %s, with a one-line message', async ([, make, message], { expect }) => {
    const r = await runCli('replay', [make()]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(oneLine(r.stderr)).toMatch(message);
  });

  it('--verify accepts a game with letters and refuses it once a letter is edited (exit 2)', async ({ expect }) => {
    const withLetter = file(
      'letter-good.json',
      makeSave({ ...save, letters: [{ id: 1, turn: 1, from: 'us', to: 'dprk', line: 'public', text: 'Talks, soon.' }] }),
    );
    const ok = await runCli('replay', [withLetter, '--verify']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain(`Verified: ${months} checkpoints match (state hash ${finalHash}).`);
    const bad = await runCli('replay', [editedLetter(), '--verify']);
    expect(bad.code).toBe(2);
    expect(oneLine(bad.stderr)).toMatch(/letter\.json: This save was refused: its letters do not match/);
  });

  it('exits 2 with the usage for a bad command line', async ({ expect }) => {
    const r = await runCli('replay', [good, '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: npm run replay');
    const none = await runCli('replay', []);
    expect(none.code).toBe(2);
  });
});
