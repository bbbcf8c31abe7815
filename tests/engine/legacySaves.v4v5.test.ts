/**
 * Rules change, saves stay. These save files were written by `npm run sim -- --rules 4 --save` with
 * the scenario's version-4 rules, before version 5 made Seoul's public line meet its partners' moves,
 * and are committed as they were written. Every one must keep replaying, checkpoint by checkpoint,
 * to the hash it recorded, under version 4's rules; under version 5's the same moves give another game.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSave, type SaveFile } from '../../src/codec/save';
import { replaySave } from '../../src/engine/replay';

const DIR = join(__dirname, '..', 'fixtures', 'v4');
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

function load(file: string): SaveFile {
  const parsed = parseSave(readFileSync(join(DIR, file), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

describe('version-4 saves made before version 5', () => {
  it('there are fixtures to replay, with table actions, a strategist and several endings', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(6);
    const saves = FILES.map(load);
    expect(new Set(saves.map((s) => s.result?.ending)).size).toBeGreaterThanOrEqual(3);
    expect(saves.some((s) => Object.values(s.seats).includes('bot:strategist'))).toBe(true);
    expect(saves.some((s) => s.actions.some((a) => a.table !== undefined))).toBe(true);
  });

  it.each(FILES)('%s replays to the hash it recorded', (file) => {
    const save = load(file);
    expect(save.scenario).toEqual({ id: 'backchannel-2025', version: 4 });
    const r = replaySave(save, { verify: true });
    if (!r.ok) throw new Error(r.divergence.message);
    expect(r.checked).toBe(save.checkpoints.length);
    expect(r.state.scenario.version).toBe(4);
    expect(r.hash).toBe(save.result?.hash);
    expect(r.state.ending).toBe(save.result?.ending);
  });

  it('the fixtures would play another game under version 5, so they hold the rules apart', () => {
    const differs = FILES.map(load).filter((save) => {
      const r = replaySave({ ...save, scenario: { ...save.scenario, version: 5 }, checkpoints: [] });
      return !r.ok || r.hash !== save.result?.hash;
    });
    expect(differs.length).toBeGreaterThan(0);
  });
});
