/**
 * Property tests for the save parser: whatever text arrives, parseSave answers instead of
 * throwing, and it only says ok for saves that really are valid.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeSave, parseSave, validateSave } from '../../src/codec/save';
import type { SaveFile } from '../../src/codec/save';
import { validSaveArb } from './saveFixtures';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Step = string | number;

/** Parses, and if the parser accepted the text, checks the value really is a valid save. */
function parseChecked(text: string): boolean {
  let result: ReturnType<typeof parseSave> | undefined;
  expect(() => (result = parseSave(text))).not.toThrow();
  if (result === undefined || !result.ok) return false;
  expect(validateSave(result.value).ok).toBe(true);
  expect(parseSave(makeSave(result.value))).toEqual(result);
  return true;
}

// Absent from a valid save without breaking it; every other field is required.
const OPTIONAL_KEYS = new Set(['result', 'meta', 'title', 'createdAt', 'app', 'parent']);

function pathsOf(value: Json, prefix: Step[] = []): Step[][] {
  const out: Step[][] = [];
  if (Array.isArray(value)) {
    value.forEach((item, i) => out.push([...prefix, i], ...pathsOf(item, [...prefix, i])));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push([...prefix, k], ...pathsOf(v, [...prefix, k]));
  }
  return out;
}

function containerAt(root: Json, path: Step[]): Json {
  let node = root;
  for (const step of path) node = (node as Record<Step, Json>)[step] as Json;
  return node;
}

function otherType(value: Json): Json {
  if (typeof value === 'string') return 7;
  if (typeof value === 'number') return String(value);
  if (value === null) return 0;
  if (Array.isArray(value)) return {};
  if (typeof value === 'object') return [];
  return 'yes';
}

type Mutation = 'delete' | 'insert' | 'retype' | 'replace';

/** Applies one mutation in place; returns whether the result must still be valid, must not, or may be either. */
function mutate(save: Json, path: Step[], kind: Mutation, junk: Json, newKey: string): 'valid' | 'invalid' | 'unknown' {
  const parentPath = path.slice(0, -1);
  const last = path[path.length - 1]!;
  const parent = containerAt(save, parentPath) as Record<Step, Json> | Json[];
  switch (kind) {
    case 'delete': {
      if (Array.isArray(parent)) {
        // Dropping an action or a checkpoint keeps every ordering rule intact.
        parent.splice(Number(last), 1);
        return 'valid';
      }
      delete parent[last];
      const isOverride = parentPath.length === 2 && parentPath[0] === 'settings' && parentPath[1] === 'overrides';
      return isOverride || OPTIONAL_KEYS.has(String(last)) ? 'valid' : 'invalid';
    }
    case 'insert': {
      const target = containerAt(save, path);
      if (target === null || typeof target !== 'object' || Array.isArray(target)) return 'unknown';
      target[`x_${newKey}`] = junk;
      return 'invalid';
    }
    case 'retype':
      (parent as Record<Step, Json>)[last] = otherType((parent as Record<Step, Json>)[last] as Json);
      return 'invalid';
    case 'replace':
      (parent as Record<Step, Json>)[last] = junk;
      return 'unknown';
  }
}

describe('parseSave under fuzzing', () => {
  it('answers any JSON value without throwing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(parseChecked(JSON.stringify(value))).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('answers objects that claim to be saves but hold random fields', () => {
    const claims = fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 12 });
    fc.assert(
      fc.property(claims, (fields) => {
        const text = JSON.stringify({ ...fields, format: 'quiet-channel-save', version: 1 });
        expect(parseChecked(text)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('answers arbitrary text without throwing', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.json(), fc.string({ unit: 'binary-ascii' }));
    fc.assert(
      fc.property(text, (t) => {
        expect(parseChecked(t)).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('round-trips every valid save', () => {
    fc.assert(
      fc.property(validSaveArb, (save: SaveFile) => {
        expect(parseSave(makeSave(save))).toEqual({ ok: true, value: save });
      }),
      { numRuns: 200 },
    );
  });

  it('judges mutated saves correctly', () => {
    const kind = fc.constantFrom<Mutation>('delete', 'insert', 'retype', 'replace');
    fc.assert(
      fc.property(
        validSaveArb,
        fc.nat(),
        kind,
        fc.jsonValue({ maxDepth: 2 }),
        fc.stringMatching(/^[a-z]{1,8}$/),
        (save, pick, k, junk, newKey) => {
          const data = JSON.parse(JSON.stringify(save)) as Json;
          const paths = pathsOf(data);
          const path = paths[pick % paths.length]!;
          const expected = mutate(data, path, k, junk as Json, newKey);
          const accepted = parseChecked(JSON.stringify(data));
          if (expected !== 'unknown') expect(accepted).toBe(expected === 'valid');
        },
      ),
      { numRuns: 1200 },
    );
  });

  it('refuses saves cut short anywhere', () => {
    fc.assert(
      fc.property(validSaveArb, fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), (save, at) => {
        const text = makeSave(save);
        // Cutting only the final newline leaves a whole save, so cut before the closing brace.
        const cut = Math.floor(at * text.lastIndexOf('}'));
        expect(parseChecked(text.slice(0, cut))).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
