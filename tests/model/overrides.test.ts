/** `parseOverride`: the `--set ID=VALUE` pairs of what-if games, checked before a game starts. */
import { describe, expect, it } from 'vitest';
import { OVERRIDE_IDS, parseOverride, type Overrides } from '../../src/model/overrides';
import { createInitialState } from '../../src/model/state';
import { INDICATOR_IDS } from '../../src/model/types';

function value(text: string, into?: Overrides): Overrides {
  const r = parseOverride(text, into);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}
function error(text: string): string {
  const r = parseOverride(text);
  expect(r.ok).toBe(false);
  return r.ok ? '' : r.error;
}

describe('parseOverride', () => {
  it('accepts every indicator from 0 to 100', () => {
    for (const id of INDICATOR_IDS) {
      expect(value(`${id}=0`)).toEqual({ [id]: 0 });
      expect(value(`${id}=100`)).toEqual({ [id]: 100 });
    }
    expect(value('determination=80')).toEqual({ determination: 80 });
  });

  it.each(['determination=101', 'determination=-1', 'determination=', 'determination=abc', 'determination=Infinity', 'determination= '])(
    'refuses %s with the accepted range',
    (text) => {
      expect(error(text)).toContain('determination takes a number from 0 to 100');
    },
  );

  it('accepts the statuses by name and troops as a whole number', () => {
    expect(value('seoulGovernment=liberal')).toEqual({ seoulGovernment: 'liberal' });
    expect(value('ukraine=settled')).toEqual({ ukraine: 'settled' });
    expect(value('exercises=suspended')).toEqual({ exercises: 'suspended' });
    expect(value('troops=0')).toEqual({ troops: 0 });
    expect(value('troops=100000')).toEqual({ troops: 100000 });
    expect(error('troops=2.5')).toContain('troops takes a whole number');
    expect(error('troops=100001')).toContain('troops takes a whole number');
    expect(error('ukraine=peace')).toBe('ukraine takes one of war, ceasefireTalks, settled, not "peace"');
    expect(error('seoulGovernment=Liberal')).toContain('seoulGovernment takes one of conservative, interim, liberal');
  });

  it('refuses unknown ids (listing the known ones) and text that is not ID=VALUE', () => {
    const unknown = error('morale=5');
    expect(unknown).toContain('unknown id "morale"');
    for (const id of OVERRIDE_IDS) expect(unknown).toContain(id);
    expect(error('determination')).toBe('"determination" is not ID=VALUE');
    expect(error('=5')).toBe('"=5" is not ID=VALUE');
    expect(error('ukraine=settled=1')).toContain('not "settled=1"');
  });

  it('accumulates into the given overrides without changing them, the last value winning', () => {
    const first: Overrides = { trust: 10 };
    const both = value('ukraine=settled', first);
    expect(both).toEqual({ trust: 10, ukraine: 'settled' });
    expect(first).toEqual({ trust: 10 });
    expect(value('trust=30', both)).toEqual({ trust: 30, ukraine: 'settled' });
  });

  it('every id it accepts is an id a game starts from', () => {
    expect(new Set(OVERRIDE_IDS)).toEqual(new Set([...INDICATOR_IDS, 'seoulGovernment', 'ukraine', 'exercises', 'troops']));
    const s = createInitialState({ seed: 1, overrides: value('troops=12000', value('trust=33')) });
    expect(s.statuses.troops).toBe(12000);
    expect(s.indicators.trust).toBe(33);
  });
});
