/**
 * Rules change, saves stay. These save files were written by `npm run sim -- --save` with the
 * scenario's version-1 rules, before version 2 existed (commit f6ac8e4), and are committed as they
 * were written. Every one must keep replaying, checkpoint by checkpoint, to the hash it recorded.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSave } from '../../src/codec/save';
import { replaySave } from '../../src/engine/replay';

const DIR = join(__dirname, '..', 'fixtures', 'v1');
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('version-1 saves made before version 2', () => {
  it('there are fixtures to replay', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(4);
  });

  it.each(FILES)('%s replays to the hash it recorded', (file) => {
    const parsed = parseSave(readFileSync(join(DIR, file), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    const save = parsed.value;
    expect(save.scenario).toEqual({ id: 'backchannel-2025', version: 1 });
    const r = replaySave(save, { verify: true });
    if (!r.ok) throw new Error(r.divergence.message);
    expect(r.checked).toBe(save.checkpoints.length);
    expect(r.state.scenario.version).toBe(1);
    expect(r.hash).toBe(save.result?.hash);
    expect(r.state.ending).toBe(save.result?.ending);
  });

  it('a version-1 save relabelled as version 2 does not replay to its hashes: the rules differ', () => {
    const parsed = parseSave(readFileSync(join(DIR, FILES[0] as string), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    const r = replaySave({ ...parsed.value, scenario: { ...parsed.value.scenario, version: 2 } }, { verify: true });
    expect(r.ok).toBe(false);
  });

  it('a save of a version this build does not know is refused before any move', () => {
    const parsed = parseSave(readFileSync(join(DIR, FILES[0] as string), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    const r = replaySave({ ...parsed.value, scenario: { ...parsed.value.scenario, version: 99 } }, { verify: true });
    expect(!r.ok && r.divergence).toMatchObject({ turn: 0 });
    expect(!r.ok && r.divergence.message).toContain('v99');
  });
});
