/**
 * Rules change, saves stay. These save files were written by `npm run sim -- --rules 3 --save` with
 * the scenario's version-3 rules (the first negotiation table), before version 4 retuned the table,
 * and are committed as they were written. Every one must keep replaying, checkpoint by checkpoint,
 * to the hash it recorded, under version 3's rules.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSave } from '../../src/codec/save';
import { replaySave } from '../../src/engine/replay';

const DIR = join(__dirname, '..', 'fixtures', 'v3');
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('version-3 saves made before version 4', () => {
  it('there are fixtures to replay, with table actions and deals carried out', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(4);
    const saves = FILES.map(
      (f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as { result?: { ending: string }; actions: { table?: unknown }[] },
    );
    expect(saves.map((s) => s.result?.ending)).toEqual(expect.arrayContaining(['freeze', 'recognition']));
    for (const s of saves) expect(s.actions.some((a) => a.table !== undefined)).toBe(true);
  });

  it.each(FILES)('%s replays to the hash it recorded', (file) => {
    const parsed = parseSave(readFileSync(join(DIR, file), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    const save = parsed.value;
    expect(save.scenario).toEqual({ id: 'backchannel-2025', version: 3 });
    const r = replaySave(save, { verify: true });
    if (!r.ok) throw new Error(r.divergence.message);
    expect(r.checked).toBe(save.checkpoints.length);
    expect(r.state.scenario.version).toBe(3);
    expect(r.state.table).toBeDefined();
    expect(r.hash).toBe(save.result?.hash);
    expect(r.state.ending).toBe(save.result?.ending);
  });
});
