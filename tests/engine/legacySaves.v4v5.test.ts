/**
 * Rules change, saves stay. These save files were written by `npm run sim -- --rules N --save`:
 * version 4's before version 5 made Seoul's public line meet its partners' moves, version 5's
 * before version 6 did the same for Washington's. They are committed as they were written. Every
 * one must keep replaying, checkpoint by checkpoint, to the hash it recorded, under its own
 * version's rules; under the next version's the same moves give another game.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSave, type SaveFile } from '../../src/codec/save';
import { replaySave } from '../../src/engine/replay';

describe.each([
  { version: 4, next: 5 },
  { version: 5, next: 6 },
])('version-$version saves made before version $next', ({ version, next }) => {
  const dir = join(__dirname, '..', 'fixtures', `v${version}`);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const load = (file: string): SaveFile => {
    const parsed = parseSave(readFileSync(join(dir, file), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.value;
  };

  it('there are fixtures to replay, with table actions, a strategist and several endings', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
    const saves = files.map(load);
    expect(new Set(saves.map((s) => s.result?.ending)).size).toBeGreaterThanOrEqual(3);
    expect(saves.some((s) => Object.values(s.seats).includes('bot:strategist'))).toBe(true);
    expect(saves.some((s) => s.actions.some((a) => a.table !== undefined))).toBe(true);
  });

  it.each(files)('%s replays to the hash it recorded', (file) => {
    const save = load(file);
    expect(save.scenario).toEqual({ id: 'backchannel-2025', version });
    const r = replaySave(save, { verify: true });
    if (!r.ok) throw new Error(r.divergence.message);
    expect(r.checked).toBe(save.checkpoints.length);
    expect(r.state.scenario.version).toBe(version);
    expect(r.hash).toBe(save.result?.hash);
    expect(r.state.ending).toBe(save.result?.ending);
  });

  it(`the fixtures would play another game under version ${next}, so they hold the rules apart`, () => {
    const differs = files.map(load).filter((save) => {
      const r = replaySave({ ...save, scenario: { ...save.scenario, version: next }, checkpoints: [] });
      return !r.ok || r.hash !== save.result?.hash;
    });
    expect(differs.length).toBeGreaterThan(0);
  });
});
