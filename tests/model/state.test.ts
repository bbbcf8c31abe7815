/** The small pure operations every rule is built from: conditions, chances, effects and their records. */
import { describe, expect, it } from 'vitest';
import { START_DATE, START_INDICATORS, START_STATUSES } from '../../src/model/data/scenario';
import type { Condition } from '../../src/model/rules';
import {
  addDelta,
  applyEffect,
  applyModifiers,
  calendar,
  chanceOf,
  clamp,
  createInitialState,
  draft,
  holds,
  targetOf,
} from '../../src/model/state';
import type { GameState } from '../../src/model/types';
import { deepFreeze } from '../helpers/botGames';

function base(edit: (s: GameState) => void = () => {}): GameState {
  const s = createInitialState({ seed: 1 });
  edit(s);
  return s;
}

describe('createInitialState', () => {
  it('starts at the article’s moment: January 2025, Court trial under way, no contact', () => {
    const s = base();
    expect(s.turn).toBe(1);
    expect(calendar(s.turn)).toEqual({ year: 2025, month: 1 });
    expect(s.indicators).toEqual(START_INDICATORS);
    expect(s.indicators.rokNukeSupport).toBe(71); // claim 9
    expect(s.statuses).toEqual(START_STATUSES);
    expect(s.tracks).toEqual({ negotiation: 'noContact', seoul: 'trial', ukraine: 'war', cabinet: 'loyal' });
    expect(s.ending).toBeNull();
  });

  it('applies what-if overrides, clamped, and starts the tracks that follow from them', () => {
    const s = createInitialState({ seed: 1, overrides: { trust: 140, tension: -3, seoulGovernment: 'liberal', ukraine: 'settled' } });
    expect(s.indicators.trust).toBe(100);
    expect(s.indicators.tension).toBe(0);
    expect(s.tracks.seoul).toBe('newGovernment');
    expect(s.tracks.ukraine).toBe('settled');
    expect(createInitialState({ seed: 1, overrides: { seoulGovernment: 'conservative' } }).tracks.seoul).toBe('yoon');
    expect(createInitialState({ seed: 1, overrides: { seoulGovernment: 'interim' } }).tracks.seoul).toBe('trial');
  });

  it('is JSON-safe data and depends only on its input', () => {
    const s = createInitialState({ seed: 99, maxTurns: 12 });
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    expect(createInitialState({ seed: 99, maxTurns: 12 })).toEqual(s);
    expect(createInitialState({ seed: 100, maxTurns: 12 }).rng).not.toEqual(s.rng);
  });
});

describe('clamp and calendar', () => {
  it('clamps to 0–100 by default', () => {
    expect([clamp(-1), clamp(0), clamp(55), clamp(100), clamp(101)]).toEqual([0, 0, 55, 100, 100]);
    expect(clamp(2, 0, 1)).toBe(1);
  });

  it('counts months from January 2025 across years', () => {
    expect(calendar(12)).toEqual({ year: 2025, month: 12 });
    expect(calendar(13)).toEqual({ year: 2026, month: 1 });
    expect(calendar(24)).toEqual({ year: 2026, month: 12 });
  });

  it("starts in the scenario's month and counts on from any start", () => {
    expect(calendar(1)).toEqual(START_DATE);
    const july = { year: 2030, month: 7 };
    expect([calendar(1, july), calendar(6, july), calendar(7, july), calendar(19, july)]).toEqual([
      { year: 2030, month: 7 },
      { year: 2030, month: 12 },
      { year: 2031, month: 1 },
      { year: 2032, month: 1 },
    ]);
  });
});

describe('holds', () => {
  const s = base((d) => {
    d.turn = 3; // March
    d.indicators.trust = 40;
    d.statuses.troops = 20000;
    d.trackTurns.seoul = 2;
  });

  it('holds for no condition and for an empty one', () => {
    expect(holds(s, undefined)).toBe(true);
    expect(holds(s, {})).toBe(true);
  });

  it.each<[string, Condition, boolean]>([
    ['negotiation stage listed', { negotiation: ['noContact', 'formal'] }, true],
    ['negotiation stage not listed', { negotiation: ['formal'] }, false],
    ['seoul stage', { seoul: ['trial'] }, true],
    ['ukraine stage', { ukraine: ['settled'] }, false],
    ['cabinet stage', { cabinet: ['loyal'] }, true],
    ['government', { government: ['liberal'] }, false],
    ['exercises', { exercises: ['held'] }, true],
    ['US position', { usPosition: ['none'] }, true],
    ['DPRK position', { dprkPosition: ['freeze'] }, false],
    ['min is inclusive', { min: { trust: 40 } }, true],
    ['min above', { min: { trust: 41 } }, false],
    ['max is inclusive', { max: { trust: 40 } }, true],
    ['max below', { max: { trust: 39 } }, false],
    ['troopsMin inclusive', { troopsMin: 20000 }, true],
    ['troopsMin above', { troopsMin: 20001 }, false],
    ['troopsMax', { troopsMax: 19999 }, false],
    ['fromTurn reached', { fromTurn: 3 }, true],
    ['fromTurn not yet', { fromTurn: 4 }, false],
    ['month of the year', { months: [3, 8] }, true],
    ['another month', { months: [8] }, false],
    ['turns in stage reached', { minTrackTurns: { seoul: 2 } }, true],
    ['turns in stage not reached', { minTrackTurns: { seoul: 3 } }, false],
    ['no unrevealed secrets', { unrevealedSecrets: false }, true],
    ['unrevealed secrets wanted', { unrevealedSecrets: true }, false],
    ['every part must hold', { negotiation: ['noContact'], min: { trust: 41 } }, false],
  ])('%s', (_name, condition, expected) => {
    expect(holds(s, condition)).toBe(expected);
  });

  it('sees an unrevealed secret move until it is revealed', () => {
    const secret = { turn: 1, seat: 'us' as const, move: 'us.sendEnvoy', secret: true, reason: '' };
    expect(
      holds(
        base((d) => {
          d.moves = [secret];
        }),
        { unrevealedSecrets: true },
      ),
    ).toBe(true);
    expect(
      holds(
        base((d) => {
          d.moves = [{ ...secret, revealedOn: 2 }];
        }),
        { unrevealedSecrets: true },
      ),
    ).toBe(false);
    expect(
      holds(
        base((d) => {
          d.moves = [{ ...secret, secret: false }];
        }),
        { unrevealedSecrets: true },
      ),
    ).toBe(false);
  });
});

describe('chanceOf and targetOf', () => {
  const s = base((d) => {
    d.indicators.secrecy = 70;
    d.indicators.usOpposition = 90;
  });

  it('is base + Σ per · (indicator − 50), clamped to [0, max]', () => {
    expect(chanceOf(s, { base: 0.3 })).toBe(0.3);
    expect(chanceOf(s, { base: 0.1, per: { secrecy: -0.005 } })).toBeCloseTo(0.1 - 0.005 * 20, 12);
    expect(chanceOf(s, { base: 0.1, per: { usOpposition: 0.01 } })).toBeCloseTo(0.5, 12);
    expect(chanceOf(s, { base: 0.1, per: { usOpposition: 0.01 }, max: 0.3 })).toBe(0.3);
    expect(chanceOf(s, { base: 0.1, per: { secrecy: -0.1 } })).toBe(0);
    expect(chanceOf(s, { base: 3 })).toBe(1);
  });

  it('targets are base + Σ per · indicator', () => {
    expect(targetOf(s.indicators, { base: 10, per: { secrecy: 0.5, usOpposition: -0.1 } })).toBeCloseTo(10 + 35 - 9, 12);
  });
});

describe('applyEffect', () => {
  it('records each change with its cause, seat and secrecy', () => {
    const d = base();
    applyEffect(d, { deltas: { trust: 5, tension: -3 } }, { cause: 'us.offerFreeze', seat: 'us', secret: true });
    expect(d.indicators.trust).toBe(START_INDICATORS.trust + 5);
    expect(d.indicators.tension).toBe(START_INDICATORS.tension - 3);
    expect(d.changes).toEqual([
      { turn: 1, indicator: 'trust', delta: 5, cause: 'us.offerFreeze', seat: 'us', secret: true },
      { turn: 1, indicator: 'tension', delta: -3, cause: 'us.offerFreeze', seat: 'us', secret: true },
    ]);
  });

  it('clamps at 0 and 100 and records the change that really happened', () => {
    const d = base((x) => {
      x.indicators.trust = 97;
      x.indicators.tension = 2;
    });
    applyEffect(d, { deltas: { trust: 10, tension: -10 } }, { cause: 'event.test' });
    expect(d.indicators.trust).toBe(100);
    expect(d.indicators.tension).toBe(0);
    expect(d.changes.map((c) => [c.indicator, c.delta])).toEqual([
      ['trust', 3],
      ['tension', -2],
    ]);
    expect(d.changes[0]).not.toHaveProperty('seat');
    expect(d.changes[0]).not.toHaveProperty('secret');
  });

  it('records nothing when a clamped indicator cannot move', () => {
    const d = base((x) => {
      x.indicators.trust = 100;
    });
    addDelta(d, 'trust', 5, { cause: 'x' });
    addDelta(d, 'tension', 0, { cause: 'x' });
    expect(d.changes).toEqual([]);
  });

  it('steps the exercise status one step and stops at either end', () => {
    const d = base();
    applyEffect(d, { exercises: 1 }, { cause: 'x' });
    expect(d.statuses.exercises).toBe('held');
    applyEffect(d, { exercises: -1 }, { cause: 'x' });
    expect(d.statuses.exercises).toBe('scaledDown');
    applyEffect(d, { exercises: -1 }, { cause: 'x' });
    applyEffect(d, { exercises: -1 }, { cause: 'x' });
    expect(d.statuses.exercises).toBe('suspended');
  });

  it('never takes troops or capital below zero, and sets positions', () => {
    const d = base();
    applyEffect(d, { troops: -50000, capital: { dprk: -99, rok: 2 }, usPosition: 'freeze', dprkPosition: 'roadmap' }, { cause: 'x' });
    expect(d.statuses.troops).toBe(0);
    expect(d.capital).toEqual({ us: 4, dprk: 0, rok: 6 });
    expect(d.positions).toEqual({ us: 'freeze', dprk: 'roadmap' });
  });

  it('does nothing for no effect', () => {
    const d = base();
    const before = structuredClone(d);
    applyEffect(d, undefined, { cause: 'x' });
    expect(d).toEqual(before);
  });
});

describe('applyModifiers', () => {
  it('tests every condition against the state before any modifier applies', () => {
    const d = base((x) => {
      x.indicators.trust = 30;
    });
    applyModifiers(
      d,
      [
        { when: { max: { trust: 30 } }, effect: { deltas: { trust: 10 } } },
        // Would hold only after the first modifier raised trust: it must not fire.
        { when: { min: { trust: 40 } }, effect: { deltas: { tension: 10 } } },
      ],
      { cause: 'x' },
    );
    expect(d.indicators.trust).toBe(40);
    expect(d.indicators.tension).toBe(START_INDICATORS.tension);
  });
});

describe('draft', () => {
  it('copies what a rule may change and leaves the original untouched', () => {
    const s = deepFreeze(base());
    const d = draft(s, ['changes', 'news']);
    d.indicators.trust = 0;
    d.capital.us = 0;
    d.tracks.negotiation = 'formal';
    d.changes.push({ turn: 1, indicator: 'trust', delta: -1, cause: 'x' });
    d.news.push({ turn: 1, id: 'x', source: '' });
    expect(s.indicators.trust).toBe(START_INDICATORS.trust);
    expect(s.changes).toEqual([]);
    expect(s.news).toEqual([]);
    expect(d.moves).toBe(s.moves); // lists not named are shared, not copied
  });
});
