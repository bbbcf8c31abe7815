/**
 * Rules change, saves stay. These save files were written by `npm run sim -- --save` with the
 * scenario's version-2 rules, before version 3 (the negotiation table) existed, and are committed as
 * they were written. Every one must keep replaying, checkpoint by checkpoint, to the hash it recorded.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSave } from '../../src/codec/save';
import { replaySave } from '../../src/engine/replay';

const DIR = join(__dirname, '..', 'fixtures', 'v2');
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('version-2 saves made before version 3', () => {
  it('there are fixtures to replay, one of them a deal carried out', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(4);
    const endings = FILES.map((f) => (JSON.parse(readFileSync(join(DIR, f), 'utf8')) as { result?: { ending: string } }).result?.ending);
    expect(endings).toContain('roadmap');
  });

  it.each(FILES)('%s replays to the hash it recorded', (file) => {
    const parsed = parseSave(readFileSync(join(DIR, file), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    const save = parsed.value;
    expect(save.scenario).toEqual({ id: 'backchannel-2025', version: 2 });
    const r = replaySave(save, { verify: true });
    if (!r.ok) throw new Error(r.divergence.message);
    expect(r.checked).toBe(save.checkpoints.length);
    expect(r.state.scenario.version).toBe(2);
    expect(r.state.table).toBeUndefined();
    expect(r.hash).toBe(save.result?.hash);
    expect(r.state.ending).toBe(save.result?.ending);
  });
});
