import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_SAVE_BYTES, MIGRATIONS, SAVE_FORMAT, SAVE_VERSION, makeSave, parseSave, upgradeSave } from '../../src/codec/save';
import type { Migration, SaveFile } from '../../src/codec/save';
import { HASH_A, fullSave, minimalSave } from './saveFixtures';

/** A valid save as plain JSON data, for tests that break it. */
function plain(save: SaveFile = fullSave()): Record<string, unknown> {
  return JSON.parse(JSON.stringify(save)) as Record<string, unknown>;
}

// The edits reach into arbitrary paths of a damaged save, which no static type can describe.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function edited(edit: (s: Record<string, any>) => void): string {
  const s = plain();
  edit(s);
  return JSON.stringify(s);
}

/** Adds an own property even for "__proto__", which plain assignment would treat as the prototype. */
function ownKey(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function expectError(text: string, fragment: string): void {
  const result = parseSave(text);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.error).toContain(fragment);
}

describe('makeSave and parseSave round trip', () => {
  const koreanSave: SaveFile = {
    ...minimalSave(),
    seats: { us: 'bot:dove', dprk: 'bot:hawk', rok: 'human' },
    actions: [
      { turn: 1, seat: 'rok', move: 'rok.sunshine', reason: '남북 대화를 다시 열자 😀' },
      { turn: 1, seat: 'us', move: 'us.wait', reason: 'quote " and \\ and \n newline' },
    ],
    result: { ending: null, turn: 1, hash: HASH_A },
  };
  const manyActions: SaveFile = {
    ...minimalSave(),
    settings: { maxTurns: 60, overrides: { troops: 0 } },
    actions: Array.from({ length: 180 }, (_, i) => {
      const seat = (['us', 'dprk', 'rok'] as const)[i % 3]!;
      return { turn: Math.floor(i / 3) + 1, seat, move: `${seat}.move${'abc'[i % 3]}`, reason: `turn ${i}` };
    }),
    checkpoints: Array.from({ length: 60 }, (_, i) => ({ turn: i + 1, hash: HASH_A })),
    meta: { title: '' },
  };

  it.each([
    ['the minimal save', minimalSave()],
    ['a save using every field', fullSave()],
    ['a save with Korean, emoji and escapes', koreanSave],
    ['a save with a full 60-turn history', manyActions],
    ['a save with only meta.createdAt', { ...minimalSave(), meta: { createdAt: '2025-01-31T09:30:00.123Z' } }],
  ])('%s survives the round trip', (_name, save) => {
    const text = makeSave(save);
    const back = parseSave(text);
    expect(back).toEqual({ ok: true, value: save });
    if (back.ok) expect(makeSave(back.value)).toBe(text);
  });

  it('writes 2-space indented JSON in the documented key order, ending in a newline', () => {
    const shuffled = Object.fromEntries(Object.entries(fullSave()).reverse()) as SaveFile;
    const text = makeSave(shuffled);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe(`  "format": "${SAVE_FORMAT}",`);
    expect(Object.keys(JSON.parse(text))).toEqual([
      'format',
      'version',
      'scenario',
      'seed',
      'settings',
      'seats',
      'actions',
      'checkpoints',
      'result',
      'meta',
    ]);
    expect(text).toContain('"overrides": {\n      "trust": 0,\n      "sanctions": 42.5,\n      "tension": 100,');
  });

  it('refuses to write an invalid save', () => {
    const bad = { ...minimalSave(), seed: -1 };
    expect(() => makeSave(bad)).toThrow(/makeSave was given an invalid save.*seed/);
    const crossed = { ...minimalSave(), actions: [{ turn: 1, seat: 'us' as const, move: 'rok.x', reason: '' }] };
    expect(() => makeSave(crossed)).toThrow(/not a move of seat us/);
  });

  it('reads the example in docs/save-format.md and writes it back byte for byte', () => {
    const doc = readFileSync(new URL('../../docs/save-format.md', import.meta.url), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const result = parseSave(example);
    expect(result.ok).toBe(true);
    if (result.ok) expect(makeSave(result.value)).toBe(example);
  });

  it('accepts a byte order mark before the JSON', () => {
    expect(parseSave(`\ufeff${makeSave(minimalSave())}`).ok).toBe(true);
  });
});

describe('parseSave refuses hostile or broken input', () => {
  const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
  const cases: [string, string, string][] = [
    ['too large', `{"pad":"${'x'.repeat(6 * 1024 * 1024)}"}`, 'The file is too large: at least 6.0 MB; a save file is at most 5 MB.'],
    ['too large by one byte', 'x'.repeat(MAX_SAVE_BYTES + 1), 'The file is too large: more than 5 MB; a save file is at most 5 MB.'],
    ['too large only in UTF-8', `"${'é'.repeat(MAX_SAVE_BYTES / 2)}"`, 'The file is too large: more than 5 MB'],
    ['broken JSON', '{"format": "quiet-channel-save",', 'This is not a save file: the text is not valid JSON ('],
    ['empty text', '', 'not valid JSON'],
    [
      '__proto__ at top level',
      '{"__proto__": {"polluted": true}, "format": "quiet-channel-save"}',
      'forbidden key "__proto__" at the top level',
    ],
    ['__proto__ nested', edited((s) => ownKey(s['actions'][3], '__proto__', {})), 'forbidden key "__proto__" at actions[3]'],
    ['constructor', edited((s) => (s['settings']['constructor'] = 1)), 'forbidden key "constructor" at settings'],
    ['prototype', edited((s) => (s['meta']['parent']['prototype'] = null)), 'forbidden key "prototype" at meta.parent'],
    ['deep nesting, 10,000 levels', deep, 'nested more than 64 levels deep'],
    ['deep nesting inside a save', edited((s) => (s['meta']['title'] = JSON.parse(deep.slice(9_900, 10_100)))), 'nested more than 64'],
    ['a list, not an object', '[1, 2, 3]', 'not a Quiet Channel save'],
    ['missing format', '{"version": 1}', 'not a Quiet Channel save: it has no "format" field'],
    ['wrong format', edited((s) => (s['format'] = 'other-game-save')), 'not a Quiet Channel save: its format is "other-game-save"'],
    ['future version', edited((s) => (s['version'] = 7)), 'newer version of Quiet Channel (format version 7); this version reads up to 2.'],
    ['non-integer version', edited((s) => (s['version'] = '1')), 'no valid format version'],
    ['version without an upgrade', edited((s) => (s['version'] = 0)), 'format version 0 cannot be upgraded'],
    ['unknown top-level key', edited((s) => (s['foo'] = 1)), 'unknown field "foo" at the top level'],
    ['unknown nested key', edited((s) => (s['seats']['foo'] = 'human')), 'unknown field "foo" at seats'],
    ['unknown override', edited((s) => (s['settings']['overrides']['mood'] = 5)), 'unknown field "mood" at settings.overrides'],
    ['missing field', edited((s) => delete s['seats']), 'seats: missing'],
    ['wrong seat', edited((s) => (s['actions'][2]['seat'] = 'china')), 'actions[2].seat: expected one of us, dprk, rok'],
    ['string seed', edited((s) => (s['seed'] = '42')), 'seed: expected a number, found "42"'],
    ['non-integer seed', edited((s) => (s['seed'] = 1.5)), 'seed: expected a whole number, found 1.5'],
    ['seed too large', edited((s) => (s['seed'] = 2 ** 32)), 'seed: must be at most 4294967295'],
    ['negative seed', edited((s) => (s['seed'] = -1)), 'seed: must be at least 0'],
    ['maxTurns too large', edited((s) => (s['settings']['maxTurns'] = 201)), 'settings.maxTurns: must be at most 200'],
    [
      'indicator override out of range',
      edited((s) => (s['settings']['overrides']['tension'] = 101)),
      'settings.overrides.tension: must be at most 100',
    ],
    [
      'bad status override',
      edited((s) => (s['settings']['overrides']['ukraine'] = 'peace')),
      'expected one of war, ceasefireTalks, settled',
    ],
    ['actions not a list', edited((s) => (s['actions'] = {})), 'actions: expected a list, found an object'],
    ['bad controller', edited((s) => (s['seats']['us'] = 'bot:Hawk1')), 'seats.us: expected "human" or "bot:<name>"'],
    ['bad scenario id', edited((s) => (s['scenario']['id'] = 'Korea 2025')), 'scenario.id: expected a scenario id'],
    ['empty scenario id', edited((s) => (s['scenario']['id'] = '')), 'scenario.id: must not be empty'],
    ['bad move id', edited((s) => (s['actions'][0]['move'] = 'us.send-envoy')), 'actions[0].move: expected a move id'],
    ['reason too long', edited((s) => (s['actions'][0]['reason'] = 'x'.repeat(301))), 'actions[0].reason: must be at most 300 characters'],
    [
      'move prefix does not match seat',
      edited((s) => (s['actions'][1]['move'] = 'us.sendEnvoy')),
      'actions[1].move: "us.sendEnvoy" is not a move of seat dprk',
    ],
    [
      'duplicate seat action in a turn',
      edited((s) => (s['actions'][1] = { ...s['actions'][0] })),
      'actions[1]: seat us already has an action in turn 1',
    ],
    ['decreasing turns', edited((s) => (s['actions'][4]['turn'] = 1)), 'actions[4].turn: turns must not go backwards'],
    [
      'checkpoint turns not increasing',
      edited((s) => (s['checkpoints'][1]['turn'] = 1)),
      'checkpoints[1].turn: checkpoint turns must increase',
    ],
    ['bad checkpoint hash', edited((s) => (s['checkpoints'][0]['hash'] = 'A'.repeat(64))), 'checkpoints[0].hash: expected a SHA-256 hash'],
    ['short result hash', edited((s) => (s['result']['hash'] = 'abc')), 'result.hash: expected a SHA-256 hash'],
    ['unknown ending', edited((s) => (s['result']['ending'] = 'peace')), 'result.ending: expected one of roadmap'],
    ['bad createdAt', edited((s) => (s['meta']['createdAt'] = '1 March 2025')), 'meta.createdAt: expected an ISO-8601 date and time'],
    ['title too long', edited((s) => (s['meta']['title'] = 't'.repeat(81))), 'meta.title: must be at most 80 characters'],
    [
      'too many actions',
      edited((s) => (s['actions'] = Array.from({ length: 2001 }, () => s['actions'][0]))),
      'actions: must have at most 2000 entries',
    ],
  ];

  it.each(cases)('%s', (_name, text, fragment) => {
    expectError(text, fragment);
  });

  it('reports one line, and how many other problems there are', () => {
    const result = parseSave(
      edited((s) => {
        s['seed'] = 'x';
        s['settings']['maxTurns'] = 0;
      }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).not.toContain('\n');
      expect(result.error).toMatch(/; and 1 more problem\.$/);
    }
  });

  it('leaves Object.prototype alone', () => {
    parseSave('{"__proto__": {"polluted": true}}');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('migrations', () => {
  // A pretend format 0 that called the seats "players", and stored the seed as text.
  const testMigrations: Record<number, Migration> = {
    ...MIGRATIONS,
    0: (old) => {
      const { players, seed, ...rest } = old;
      return { ...rest, seats: players, seed: Number(seed) };
    },
  };

  function versionZero(): Record<string, unknown> {
    const { seats, seed, ...rest } = plain();
    return { ...rest, version: 0, players: seats, seed: String(seed) };
  }

  it('format 2 is current and format 1 upgrades to it: the saves of tests/fixtures/v1 and v2, written as format 1, read back unchanged but for the version', () => {
    expect(SAVE_VERSION).toBe(2);
    expect(Object.keys(MIGRATIONS)).toEqual(['1']);
    for (const dir of ['v1', 'v2']) {
      const folder = new URL(`../fixtures/${dir}/`, import.meta.url);
      for (const file of readdirSync(folder)) {
        const text = readFileSync(new URL(file, folder), 'utf8');
        const raw = JSON.parse(text) as Record<string, unknown>;
        expect(raw['version']).toBe(1);
        const parsed = parseSave(text);
        if (!parsed.ok) throw new Error(parsed.error);
        expect(parsed.value).toEqual({ ...raw, version: 2 });
      }
    }
  });

  it('a table action is checked against its seat, and a malformed one is refused with its path', () => {
    const v1 = { ...plain(), version: 1 } as unknown as Record<string, unknown> & { actions: Record<string, unknown>[] };
    expect(parseSave(JSON.stringify(v1)).ok).toBe(true);
    const bad = structuredClone(v1);
    (bad.actions[0] as Record<string, unknown>)['table'] = { kind: 'propose', to: 'dprk', gives: ['roadmap'], asks: [], line: 'secret' };
    expectError(JSON.stringify({ ...bad, version: 2 }), 'actions[0].table: propose: gives: "roadmap" is not a term of us');
    (bad.actions[0] as Record<string, unknown>)['table'] = { kind: 'accept', offer: 0 };
    expectError(JSON.stringify({ ...bad, version: 2 }), 'actions[0].table: accept: "offer" must be an offer id');
  });

  it('upgrades an old save through the table', () => {
    const result = parseSave(JSON.stringify(versionZero()), testMigrations);
    expect(result).toEqual({ ok: true, value: fullSave() });
  });

  it('upgradeSave sets the version after each step and does not mutate its input', () => {
    const old = versionZero();
    const snapshot = JSON.stringify(old);
    const result = upgradeSave(old, testMigrations);
    expect(result.ok && result.value['version']).toBe(2);
    expect(result.ok && result.value['players']).toBeUndefined();
    expect(JSON.stringify(old)).toBe(snapshot);
  });

  it('reports a missing step clearly', () => {
    const result = upgradeSave({ ...versionZero(), version: -1 }, testMigrations);
    expect(result).toEqual({
      ok: false,
      error: 'This save uses format version -1, and format version -1 cannot be upgraded (no upgrade from version -1 to 0).',
    });
    expectError(JSON.stringify(versionZero()), 'format version 0 cannot be upgraded');
  });

  it('validates what a migration produced', () => {
    const sloppy: Record<number, Migration> = { 0: (old) => ({ ...old, extra: true }) };
    const result = parseSave(JSON.stringify(versionZero()), sloppy);
    expect(result.ok).toBe(false);
  });

  it('turns a throwing migration into an error instead of throwing', () => {
    const broken: Record<number, Migration> = {
      0: () => {
        throw new Error('boom');
      },
    };
    expect(parseSave(JSON.stringify(versionZero()), broken)).toEqual({ ok: false, error: 'This save could not be read: boom.' });
  });
});
