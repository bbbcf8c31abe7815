/**
 * Valid saves for the codec tests: a few hand-written ones that cover every optional field, and a
 * fast-check arbitrary that produces any valid save, so properties can start from valid input and
 * break it on purpose.
 */
import fc from 'fast-check';
import type { SaveFile } from '../../src/codec/save';
import { ENDING_IDS, EXERCISE_STATUSES, INDICATOR_IDS, SEATS, SEOUL_GOVERNMENTS, UKRAINE_STATUSES } from '../../src/model/types';
import type { Seat } from '../../src/model/types';

export const HASH_A = 'a'.repeat(64);
export const HASH_B = '0123456789abcdef'.repeat(4);

/** The smallest valid save: no actions, no checkpoints, no optional sections. */
export function minimalSave(): SaveFile {
  return {
    format: 'quiet-channel-save',
    version: 2,
    scenario: { id: 'korea-2025', version: 1 },
    seed: 0,
    settings: { maxTurns: 1, overrides: {} },
    seats: { us: 'human', dprk: 'human', rok: 'human' },
    actions: [],
    checkpoints: [],
  };
}

/** A save that uses every field, with limits reached where that is cheap. */
export function fullSave(): SaveFile {
  return {
    format: 'quiet-channel-save',
    version: 2,
    scenario: { id: 'korea-2025-what-if', version: 3 },
    seed: 4294967295,
    settings: {
      maxTurns: 60,
      overrides: {
        tension: 100,
        trust: 0,
        sanctions: 42.5,
        seoulGovernment: 'liberal',
        ukraine: 'settled',
        exercises: 'suspended',
        troops: 28500,
      },
    },
    seats: { us: 'bot:hawk', dprk: 'human', rok: 'bot:abcdefghijklmnopqrst' },
    actions: [
      { turn: 1, seat: 'us', move: 'us.sendEnvoy', reason: 'Open a quiet channel first.' },
      { turn: 1, seat: 'dprk', move: 'dprk.missileTest', reason: '' },
      {
        turn: 1,
        seat: 'rok',
        move: 'rok.proposeTalks',
        reason: '대화가 먼저입니다 🇰🇷',
        table: { kind: 'propose', to: 'dprk', gives: ['jointProjects'], asks: ['testMoratorium', 'freeze'], line: 'secret' },
      },
      { turn: 2, seat: 'dprk', move: 'dprk.acceptEnvoy', reason: 'r'.repeat(300), table: { kind: 'accept', offer: 1 } },
      { turn: 60, seat: 'us', move: `us.${'x'.repeat(40)}`, reason: 'last turn' },
    ],
    checkpoints: [
      { turn: 1, hash: HASH_A },
      { turn: 2, hash: HASH_B },
      { turn: 60, hash: HASH_A },
    ],
    result: { ending: 'freeze', turn: 60, hash: HASH_B },
    meta: {
      title: 'What if Seoul had changed course? ✨',
      createdAt: '2025-03-01T09:30:00+09:00',
      app: 'quiet-channel 0.1.0',
      parent: { hash: HASH_A, title: 'Classroom run 4', branchTurn: 0 },
    },
  };
}

const hex64 = fc.array(fc.constantFrom(...'0123456789abcdef'), { minLength: 64, maxLength: 64 }).map((chars) => chars.join(''));
const turn = fc.integer({ min: 1, max: 60 });
// Text of up to twice maxLength code units: 'binary' units may be astral (two code units each).
const text = (maxUnits: number) => fc.string({ unit: 'binary', maxLength: Math.floor(maxUnits / 2) });
const controller = fc.oneof(fc.constant('human' as const), fc.stringMatching(/^bot:[a-z]{1,20}$/)) as fc.Arbitrary<SaveFile['seats']['us']>;
// Adding zero turns -0 into 0, which JSON cannot tell apart but deep equality can.
const percent = fc.double({ min: 0, max: 100, noNaN: true }).map((x) => x + 0);

const overrides = fc.record(
  {
    ...(Object.fromEntries(INDICATOR_IDS.map((id) => [id, percent])) as Record<(typeof INDICATOR_IDS)[number], typeof percent>),
    seoulGovernment: fc.constantFrom(...SEOUL_GOVERNMENTS),
    ukraine: fc.constantFrom(...UKRAINE_STATUSES),
    exercises: fc.constantFrom(...EXERCISE_STATUSES),
    troops: fc.integer({ min: 0, max: 100000 }),
  },
  { requiredKeys: [] },
);

const actions = fc
  .array(
    fc.record({
      turn,
      seat: fc.constantFrom(...SEATS),
      name: fc.stringMatching(/^[a-zA-Z]{1,40}$/),
      reason: text(300),
    }),
    { maxLength: 30 },
  )
  .map((raw) => {
    const seen = new Set<string>();
    const out: { turn: number; seat: Seat; move: string; reason: string }[] = [];
    for (const a of [...raw].sort((x, y) => x.turn - y.turn)) {
      const key = `${a.turn}/${a.seat}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ turn: a.turn, seat: a.seat, move: `${a.seat}.${a.name}`, reason: a.reason });
    }
    return out;
  });

const checkpoints = fc
  .uniqueArray(turn, { maxLength: 20 })
  .chain((turns) => fc.tuple(...[...turns].sort((a, b) => a - b).map((t) => hex64.map((hash) => ({ turn: t, hash })))));

const meta = fc.record(
  {
    title: text(80),
    createdAt: fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
      .map((d) => d.toISOString()),
    app: text(40),
    parent: fc.record(
      { hash: hex64, title: text(80), branchTurn: fc.integer({ min: 0, max: 60 }) },
      { requiredKeys: ['hash', 'branchTurn'] },
    ),
  },
  { requiredKeys: [] },
);

/** Any valid save (within the sizes a test can afford). */
export const validSaveArb: fc.Arbitrary<SaveFile> = fc
  .record(
    {
      format: fc.constant('quiet-channel-save' as const),
      version: fc.constant(2 as const),
      scenario: fc.record({ id: fc.stringMatching(/^[a-z0-9-]{1,40}$/), version: fc.integer({ min: 1, max: 1000 }) }),
      seed: fc.tuple(fc.nat(0xffff), fc.nat(0xffff)).map(([hi, lo]) => hi * 0x10000 + lo),
      settings: fc.record({ maxTurns: fc.integer({ min: 1, max: 60 }), overrides }),
      seats: fc.record({ us: controller, dprk: controller, rok: controller }),
      actions,
      checkpoints,
      result: fc.record({ ending: fc.constantFrom(...ENDING_IDS, null), turn: fc.integer({ min: 0, max: 60 }), hash: hex64 }),
      meta,
    },
    { requiredKeys: ['format', 'version', 'scenario', 'seed', 'settings', 'seats', 'actions', 'checkpoints'] },
  )
  .map((s) => s as SaveFile);
