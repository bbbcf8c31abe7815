/** Which moves a seat may play: costs, once-only moves, stage windows, and the reasons given. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MOVES, MOVES_BY_ID } from '../../src/model/data/moves';
import { isLegalMove, legalMoves, whyIllegal } from '../../src/model/legal';
import { commitMove } from '../../src/model/resolve';
import { createInitialState } from '../../src/model/state';
import { SEATS, type GameState } from '../../src/model/types';
import { samplePositions } from '../helpers/botGames';

/** Version 1's windows and costs (tests/model/rulesV2.test.ts covers what version 2 changes). */
const start = () => createInitialState({ seed: 1, scenarioVersion: 1 });
const ids = (s: GameState, seat: 'us' | 'dprk' | 'rok') => legalMoves(s, seat).map((m) => m.id);

describe('legalMoves', () => {
  it('offers each seat only its own moves, in table order', () => {
    const s = start();
    for (const seat of SEATS) {
      const hand = ids(s, seat);
      expect(hand.length).toBeGreaterThan(0);
      expect(hand.every((id) => id.startsWith(`${seat}.`))).toBe(true);
      const order = MOVES.filter((m) => hand.includes(m.id)).map((m) => m.id);
      expect(hand).toEqual(order);
    }
  });

  it('opens moves only in their windows of the negotiation track', () => {
    const s = start();
    expect(ids(s, 'us')).toContain('us.sendEnvoy');
    expect(ids(s, 'us')).not.toContain('us.proposeFormalTalks');
    expect(ids(s, 'dprk')).not.toContain('dprk.respondChannel');
    const envoy = { ...s, tracks: { ...s.tracks, negotiation: 'secretEnvoy' as const } };
    expect(ids(envoy, 'us')).not.toContain('us.sendEnvoy');
    expect(ids(envoy, 'dprk')).toContain('dprk.respondChannel');
    const formal = { ...s, tracks: { ...s.tracks, negotiation: 'formal' as const }, indicators: { ...s.indicators, determination: 70 } };
    expect(ids(formal, 'us')).toEqual(expect.arrayContaining(['us.proposeSummit', 'us.recognizeNuclearStatus', 'us.offerFreeze']));
    expect(ids({ ...formal, indicators: { ...formal.indicators, determination: 69 } }, 'us')).not.toContain('us.recognizeNuclearStatus');
  });

  it('needs the capital a move costs', () => {
    const s = { ...start(), tracks: { ...start().tracks, negotiation: 'formal' as const } };
    const cost = MOVES_BY_ID['us.proposeSummit']!.cost;
    expect(isLegalMove({ ...s, capital: { ...s.capital, us: cost } }, 'us', 'us.proposeSummit')).toBe(true);
    const poor = { ...s, capital: { ...s.capital, us: cost - 1 } };
    expect(isLegalMove(poor, 'us', 'us.proposeSummit')).toBe(false);
    expect(whyIllegal(poor, 'us', 'us.proposeSummit')).toBe(`us.proposeSummit costs ${cost} capital and us has ${cost - 1}`);
    // Holding is free, so a seat always has a move.
    const broke = { ...s, capital: { us: 0, dprk: 0, rok: 0 } };
    for (const seat of SEATS) expect(ids(broke, seat)).toContain(`${seat}.hold`);
  });

  it('allows a once-only move a single time', () => {
    const s = {
      ...start(),
      tracks: { ...start().tracks, negotiation: 'formal' as const },
      indicators: { ...start().indicators, determination: 80 },
    };
    expect(isLegalMove(s, 'us', 'us.recognizeNuclearStatus')).toBe(true);
    const used = { ...s, used: ['us.recognizeNuclearStatus'] };
    expect(isLegalMove(used, 'us', 'us.recognizeNuclearStatus')).toBe(false);
    expect(whyIllegal(used, 'us', 'us.recognizeNuclearStatus')).toBe('us.recognizeNuclearStatus can be played only once a game');
  });

  it('is empty once the seat has sealed a move, and after the end', () => {
    const s = commitMove(start(), 'us', 'us.hold', '');
    expect(ids(s, 'us')).toEqual([]);
    expect(ids(s, 'dprk').length).toBeGreaterThan(0);
    expect(whyIllegal(s, 'us', 'us.hold')).toBe('us has already chosen a move this turn');
    const over = { ...start(), ending: 'statusQuo' as const };
    for (const seat of SEATS) expect(ids(over, seat)).toEqual([]);
    expect(whyIllegal(over, 'us', 'us.hold')).toBe('the game is over');
  });
});

describe('whyIllegal', () => {
  it('names unknown moves and moves of another seat', () => {
    expect(whyIllegal(start(), 'us', 'us.nuke')).toBe('there is no move "us.nuke"');
    expect(whyIllegal(start(), 'us', 'dprk.hold')).toBe('dprk.hold belongs to dprk, not us');
    expect(whyIllegal(start(), 'dprk', 'dprk.respondChannel')).toBe('the situation does not allow dprk.respondChannel now');
  });

  it('agrees with legalMoves and isLegalMove for every move in positions from bot games', () => {
    const positions = samplePositions(1, 12);
    fc.assert(
      fc.property(fc.constantFrom(...positions), fc.constantFrom(...SEATS), (s, seat) => {
        const legal = new Set(ids(s, seat));
        for (const m of MOVES) {
          const why = whyIllegal(s, seat, m.id);
          expect(why === null).toBe(legal.has(m.id));
          expect(isLegalMove(s, seat, m.id)).toBe(legal.has(m.id));
          if (why !== null) expect(why.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });
});
