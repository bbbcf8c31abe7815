/**
 * The table in the player view and each seat's valuation of the terms (scenario version 3):
 * secret offers stay between their two seats until they leak or the game ends; each seat sees only
 * its own values. The rules: docs/model.md, "Version 3".
 */
import { describe, expect, it } from 'vitest';
import { injectEvent } from '../../src/model/resolve';
import { createInitialState } from '../../src/model/state';
import { termValue } from '../../src/model/tableValue';
import { playerView } from '../../src/model/view';
import type { GameState } from '../../src/model/types';
import { month, propose, v3 } from '../helpers/table';

const talking = (s: GameState) => {
  s.tracks.negotiation = 'exploratory';
};

describe('PlayerView.table', () => {
  it('is null before version 3', () => {
    expect(playerView(createInitialState({ seed: 1, scenarioVersion: 2 }), 'us').table).toBeNull();
    expect(playerView(createInitialState({ seed: 1, scenarioVersion: 1 }), 'us').table).toBeNull();
    expect(playerView(createInitialState({ seed: 1, scenarioVersion: 3 }), 'us').table).not.toBeNull();
    expect(playerView(createInitialState({ seed: 1 }), 'us').table).not.toBeNull();
  });

  it('shows a secret offer to its two seats only, with its news, its cost and the position it sets', () => {
    const s = month(v3(talking), { us: propose('dprk', ['partialRelief'], ['freeze']) });
    expect(playerView(s, 'us').table?.offers.map((o) => o.id)).toEqual([1]);
    expect(playerView(s, 'dprk').table?.offers.map((o) => o.id)).toEqual([1]);
    expect(playerView(s, 'all').table?.offers.map((o) => o.id)).toEqual([1]);
    const rok = playerView(s, 'rok');
    expect(rok.table?.offers).toEqual([]);
    expect(rok.news.some((n) => n.id === 'note.offerMade')).toBe(false);
    expect(rok.changes.some((c) => c.cause === 'table.offer.1')).toBe(false);
    expect(rok.changes.some((c) => c.cause === 'hidden' && c.indicator === 'secrecy')).toBe(true);
    expect(rok.positions.us).toBeNull();
    expect(playerView(s, 'dprk').positions.us).toBe('freeze');
    expect(playerView(s, 'dprk').news.some((n) => n.id === 'note.offerMade')).toBe(true);
  });

  it('shows a secret offer to everyone once it leaked, and all of them once the game ended', () => {
    let s = month(v3(talking), {
      us: propose('dprk', ['partialRelief'], ['freeze']),
      rok: propose('dprk', ['jointProjects'], ['testMoratorium']),
    });
    expect(playerView(s, 'us').table?.offers.map((o) => o.id)).toEqual([1]);
    s = month(injectEvent(s, 'leak'));
    expect(playerView(s, 'rok').table?.offers.map((o) => o.id)).toEqual([1, 2]);
    expect(playerView(s, 'us').table?.offers.map((o) => o.id)).toEqual([1]);
    expect(playerView({ ...s, ending: 'statusQuo', endedOn: s.turn }, 'us').table?.offers.map((o) => o.id)).toEqual([1, 2]);
  });

  it('shows public offers to all, and the agreed package only to those who may see every offer it was made of', () => {
    let s = month(v3(talking), { dprk: propose('us', ['freeze'], ['partialRelief']) });
    s = month(s, { us: { kind: 'accept', offer: 1 } });
    expect(playerView(s, 'us').table?.agreed).toEqual({ us: ['partialRelief'], dprk: ['freeze'], rok: [] });
    expect(playerView(s, 'rok').table?.agreed).toBeNull();
    s = month(s, { rok: propose('us', ['payMore'], ['suspendExercises'], 'public') });
    expect(playerView(s, 'dprk').table?.offers.map((o) => o.id)).toEqual([1, 2]);
  });

  it('lists the offers the viewer may accept now, the partners and lines it may use, and its sealed action', () => {
    let s = month(v3(talking), { dprk: propose('us', ['freeze'], ['partialRelief']) });
    const us = playerView(s, 'us').table;
    expect(us?.acceptable).toEqual([1]);
    expect(us?.partners).toEqual([
      { seat: 'dprk', lines: ['secret', 'public'] },
      { seat: 'rok', lines: ['public'] },
    ]);
    expect(playerView(s, 'dprk').table?.acceptable).toEqual([]);
    expect(playerView(s, 'rok').table?.acceptable).toEqual([]);
    s = { ...s, pending: { us: { move: 'us.hold', reason: '', table: { kind: 'accept', offer: 1 } } } };
    expect(playerView(s, 'us').table?.pending).toEqual({ kind: 'accept', offer: 1 });
    expect(playerView(s, 'us').table?.acceptable).toEqual([]);
    expect(playerView(s, 'dprk').table?.pending).toBeNull();
  });

  it('gives each term the viewer’s own value (0 in the overview), its bound and surcharge for its giver', () => {
    const s = v3(talking);
    const us = playerView(s, 'us').table?.terms ?? [];
    const dprk = playerView(s, 'dprk').table?.terms ?? [];
    const all = playerView(s, 'all').table?.terms ?? [];
    const find = (list: typeof us, id: string) => list.find((t) => t.id === id);
    expect(find(us, 'roadmap')?.value).toBe(termValue(s, 'us', 'roadmap'));
    expect(find(dprk, 'roadmap')?.value).toBe(termValue(s, 'dprk', 'roadmap'));
    expect(find(us, 'roadmap')?.value).not.toBe(find(dprk, 'roadmap')?.value);
    expect(all.every((t) => t.value === 0)).toBe(true);
    expect(find(dprk, 'roadmap')?.blocked).toBe('distrust');
    expect(find(us, 'roadmap')?.blocked).toBeNull();
    expect(find(us, 'recognition')).toMatchObject({ giver: 'us', blocked: 'determination', surcharge: 2, touchesSeoul: true });
    expect(find(us, 'freeze')?.surcharge).toBe(2);
    expect(find(dprk, 'freeze')?.surcharge).toBe(0);
  });
});

describe('term values (score points, private to each seat)', () => {
  it('Washington values the roadmap most and a freeze less; Pyongyang recognition most and the roadmap least (claims 5, 6a, 7)', () => {
    const s = v3();
    expect(termValue(s, 'us', 'roadmap')).toBeGreaterThan(termValue(s, 'us', 'freeze'));
    expect(termValue(s, 'us', 'freeze')).toBeGreaterThan(termValue(s, 'us', 'testMoratorium'));
    expect(termValue(s, 'us', 'freeze')).toBeGreaterThan(0);
    expect(termValue(s, 'dprk', 'recognition')).toBeGreaterThan(termValue(s, 'dprk', 'partialRelief'));
    expect(termValue(s, 'dprk', 'roadmap')).toBeLessThan(0);
  });

  it('Pyongyang values relief more the higher the sanctions (claim 7)', () => {
    const low = v3((s) => (s.indicators.sanctions = 40));
    const high = v3((s) => (s.indicators.sanctions = 90));
    expect(termValue(high, 'dprk', 'fullRelief')).toBeGreaterThan(termValue(low, 'dprk', 'fullRelief'));
  });

  it('Seoul fears recognition and dislikes terms over its head less once it consulted (claims 10, 11)', () => {
    const s = v3();
    expect(termValue(s, 'rok', 'recognition')).toBeLessThan(-10);
    expect(termValue(s, 'rok', 'jointProjects')).toBeGreaterThan(0);
    const consulted = { ...s, moves: [{ turn: 1, seat: 'rok' as const, move: 'rok.consultWashington', secret: true, reason: '' }] };
    for (const term of ['troopCut', 'suspendExercises', 'recognition'] as const) {
      expect(termValue(consulted, 'rok', term)).toBeGreaterThan(termValue(s, 'rok', term));
    }
    expect(termValue(consulted, 'rok', 'payMore')).toBe(termValue(s, 'rok', 'payMore'));
  });
});
