/** The data tables: ids, sources (every rule traces to a claim or a fact), sizes, and the signals the statechart understands. */
import { describe, expect, it } from 'vitest';
import { SIGNAL_TYPES } from '../../src/model/signals';
import { gameMachine } from '../../src/machine/gameMachine';
import { ENDINGS } from '../../src/model/data/endings';
import { EVENTS } from '../../src/model/data/events';
import { MOVES } from '../../src/model/data/moves';
import { inVersion, SUPPORTED_VERSIONS } from '../../src/model/ruleset';
import { BRIEF_MOVE_MONTHS } from '../../src/model/view';
import { DRIFTS, OBJECTIVES } from '../../src/model/data/scenario';
import { DEALS, STAGES } from '../../src/model/data/stages';
import { CABINET_STAGES, ENDING_IDS, NEGOTIATION_STAGES, SEATS, SEOUL_STAGES, UKRAINE_STAGES } from '../../src/model/types';

const nonEmpty = (s: string | undefined) => typeof s === 'string' && s.trim().length > 0;

describe('moves', () => {
  it('every id is seat-prefixed, belongs to its seat and is unique', () => {
    const ids = MOVES.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of MOVES) expect(m.id).toMatch(new RegExp(`^${m.seat}\\.[a-zA-Z]{1,40}$`));
  });

  it('each seat has at least 8 moves, public and secret ones, and a free hold', () => {
    for (const seat of SEATS) {
      const own = MOVES.filter((m) => m.seat === seat);
      expect(own.length, seat).toBeGreaterThanOrEqual(8);
      expect(
        own.some((m) => m.visibility === 'public'),
        seat,
      ).toBe(true);
      expect(
        own.some((m) => m.visibility === 'secret'),
        seat,
      ).toBe(true);
      const hold = own.find((m) => m.id === `${seat}.hold`);
      expect(hold?.cost).toBe(0);
      expect(hold?.requires).toBeUndefined();
    }
  });

  it('costs are whole, non-negative numbers and every move has tags', () => {
    for (const m of MOVES) {
      expect(Number.isInteger(m.cost) && m.cost >= 0, m.id).toBe(true);
      expect(m.tags.length, m.id).toBeGreaterThan(0);
    }
  });
});

describe('sources', () => {
  it('every move, event, stage, deal, ending, drift and objective names its source', () => {
    const tables: [string, { source: string }[]][] = [
      ['move', [...MOVES]],
      ['event', [...EVENTS]],
      ['stage', [...STAGES]],
      ['deal', Object.values(DEALS)],
      ['ending', Object.values(ENDINGS)],
      ['drift', [...DRIFTS]],
      ['objective', [...OBJECTIVES]],
    ];
    for (const [kind, rows] of tables) {
      expect(rows.length, kind).toBeGreaterThan(0);
      rows.forEach((r, i) => expect(nonEmpty(r.source), `${kind} ${(r as { id?: string }).id ?? i}`).toBe(true));
    }
  });
});

describe('events, stages and endings', () => {
  it('has at least 15 events with unique ids and chances', () => {
    expect(EVENTS.length).toBeGreaterThanOrEqual(15);
    expect(new Set(EVENTS.map((e) => e.id)).size).toBe(EVENTS.length);
    for (const e of EVENTS) {
      expect(e.chance.base, e.id).toBeGreaterThanOrEqual(0);
      for (const o of e.outcomes ?? []) expect(o.weight, `${e.id}.${o.id}`).toBeGreaterThan(0);
    }
  });

  it('every move an event’s condition reads is a move of the versions the event is in', () => {
    for (const e of EVENTS) {
      const read = [e.when?.recent?.move, ...(e.when?.alsoRecent?.moves ?? []), e.when?.notRecent?.move].filter((m) => m !== undefined);
      for (const id of read) {
        const move = MOVES.find((m) => m.id === id);
        expect(move, `${e.id} reads ${id}`).toBeDefined();
        for (const v of SUPPORTED_VERSIONS.filter((n) => inVersion(e, n)))
          expect(inVersion(move!, v), `${e.id} reads ${id} in version ${v}`).toBe(true);
      }
    }
  });

  it('a partner event a card foresees (answers.ts) reads moves no older than a bot’s brief view keeps', () => {
    const partner = EVENTS.filter((e) => e.when?.recent && e.when.alsoRecent);
    expect(partner.length).toBeGreaterThan(0);
    for (const e of partner) expect(e.when!.recent!.within, e.id).toBeLessThanOrEqual(BRIEF_MOVE_MONTHS);
  });

  it('has exactly the seven endings, each with its definition', () => {
    expect([...ENDING_IDS].sort()).toEqual(['collapse', 'crisis', 'freeze', 'recognition', 'roadmap', 'rupture', 'statusQuo']);
    expect(Object.keys(ENDINGS).sort()).toEqual([...ENDING_IDS].sort());
    for (const id of ENDING_IDS) expect(ENDINGS[id].id).toBe(id);
  });

  it('defines every stage of every track once', () => {
    const expected = [
      ...NEGOTIATION_STAGES.map((s) => `negotiation.${s}`),
      ...SEOUL_STAGES.map((s) => `seoul.${s}`),
      ...UKRAINE_STAGES.map((s) => `ukraine.${s}`),
      ...CABINET_STAGES.map((s) => `cabinet.${s}`),
    ];
    expect(STAGES.map((s) => `${s.track}.${s.stage}`).sort()).toEqual(expected.sort());
  });

  it('objectives of each seat carry positive weight and each ending measure covers all seven endings', () => {
    for (const seat of SEATS)
      expect(
        OBJECTIVES.filter((o) => o.seat === seat).reduce((a, o) => a + o.weight, 0),
        seat,
      ).toBeGreaterThan(0);
    for (const o of OBJECTIVES) {
      expect(o.weight).toBeGreaterThan(0);
      if (o.measure.kind === 'ending') expect(Object.keys(o.measure.values).sort()).toEqual([...ENDING_IDS].sort());
    }
  });
});

describe('signals', () => {
  // Signal names the machine reacts to, read from its definition (guards `signalled` with params).
  const handled = new Set([...JSON.stringify(gameMachine.config).matchAll(/"signal":"([a-zA-Z.]+)"/g)].map((m) => m[1]));

  it('every signal a move or event raises is a known signal type that some region reacts to', () => {
    const raised = [
      ...MOVES.flatMap((m) => (m.signal ? [m.signal] : [])),
      ...EVENTS.flatMap((e) => [e.signal?.type, ...(e.outcomes ?? []).map((o) => o.signal?.type)].filter((x) => x !== undefined)),
    ];
    expect(raised.length).toBeGreaterThan(0);
    for (const s of raised) {
      expect(SIGNAL_TYPES as readonly string[], s).toContain(s);
      expect(handled.has(s), `no region reacts to ${s}`).toBe(true);
    }
  });

  it('every declared signal type is handled by the statechart', () => {
    for (const s of SIGNAL_TYPES) expect(handled.has(s), s).toBe(true);
  });
});
