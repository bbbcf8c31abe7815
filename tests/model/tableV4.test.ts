/**
 * Version 4's retuned table (src/model/data/v4.ts), against version 3 on the same months: offers
 * that give ground build trust, but only for terms never offered before; an accepted offer builds
 * more; a deal carries out two terms a month; a secret offer costs less secrecy.
 */
import { describe, expect, it } from 'vitest';
import { rulesFor } from '../../src/model/ruleset';
import { implementationMonths } from '../../src/model/tableDeal';
import type { GameState } from '../../src/model/types';
import { changedBy, month, propose, v3 } from '../helpers/table';

const talking = (s: GameState) => {
  s.tracks.negotiation = 'exploratory';
};
const v4 = (edit: (s: GameState) => void = () => {}) => v3(edit, { scenarioVersion: 4 });
const trustFrom = (s: GameState, offer: number) => changedBy(s, `table.offer.${offer}`, 'trust');

describe('version 4: bargaining builds trust (claims 2 and 3)', () => {
  it('a US–DPRK offer adds 2 trust per term given (version 3: none), and a public one too', () => {
    const four = month(v4(talking), { us: propose('dprk', ['partialRelief', 'suspendExercises'], ['freeze']) });
    const three = month(v3(talking), { us: propose('dprk', ['partialRelief', 'suspendExercises'], ['freeze']) });
    expect(trustFrom(four, 1)).toBe(4);
    expect(trustFrom(three, 1)).toBe(0);
    const pub = month(v4(talking), { dprk: propose('us', ['testMoratorium'], ['partialRelief'], 'public') });
    expect(trustFrom(pub, 1)).toBe(2);
  });

  it('only terms never offered to that side before count: withdrawing a term and offering it again earns nothing', () => {
    let s = month(v4(talking), { dprk: propose('us', ['freeze'], ['partialRelief']) });
    s = month(s, { dprk: propose('us', ['testMoratorium'], ['partialRelief']) });
    s = month(s, { dprk: propose('us', ['freeze'], ['partialRelief']) });
    s = month(s, { dprk: propose('us', ['freeze', 'yongbyon'], ['partialRelief']) });
    expect([1, 2, 3, 4].map((id) => trustFrom(s, id))).toEqual([2, 2, 0, 2]);
  });

  it('offers to or from Seoul build no US–DPRK trust', () => {
    const s = month(v4(talking), { rok: propose('dprk', ['jointProjects'], ['testMoratorium']) });
    expect(trustFrom(s, 1)).toBe(0);
  });

  it('an accepted US–DPRK offer adds 3 trust', () => {
    let s = month(v4(talking), { dprk: propose('us', ['freeze'], ['partialRelief']) });
    const before = s.indicators.trust;
    s = month(s, { us: { kind: 'accept', offer: 1 } });
    expect(s.table?.offers[0]?.status).toBe('accepted');
    expect(changedBy(s, 'table.offer.1', 'trust') - 2).toBe(3);
    expect(s.indicators.trust).toBeGreaterThan(before);
  });
});

describe('version 4: secrecy and implementation', () => {
  it('a secret offer costs 1 secrecy (version 3: 3)', () => {
    const offer = propose('us', ['freeze'], ['partialRelief']);
    expect(changedBy(month(v4(talking), { dprk: offer }), 'table.offer.1', 'secrecy')).toBe(-1);
    expect(changedBy(month(v3(talking), { dprk: offer }), 'table.offer.1', 'secrecy')).toBe(-3);
  });

  it('a deal of six terms is carried out in three months (version 3: six), with lower spoiler chances', () => {
    const withDeal = (s: GameState) => {
      s.table = {
        offers: [],
        agreed: null,
        nextId: 1,
        deal: { terms: ['freeze', 'yongbyon', 'testMoratorium', 'partialRelief', 'peaceDeclaration', 'payMore'], done: 0, signedOn: 1 },
      };
    };
    expect(implementationMonths(v4(withDeal))).toBe(3);
    expect(implementationMonths(v3(withDeal))).toBe(6);
    const t3 = rulesFor({ id: 'backchannel-2025', version: 3 }).table!;
    const t4 = rulesFor({ id: 'backchannel-2025', version: 4 }).table!;
    expect(t4.sabotage.base).toBeLessThan(t3.sabotage.base);
    expect(t4.cheat.max!).toBeLessThan(t3.cheat.max!);
    expect(t4.congressSpoiler).toBeLessThan(t3.congressSpoiler);
  });
});
