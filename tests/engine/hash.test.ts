/** The chained state hash: it must commit to every field of the state, as a hash of the whole state would. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHashChain, stateHash } from '../../src/engine/hash';
import type { GameState } from '../../src/model/types';
import { monthStarts } from '../helpers/botGames';

const { starts, final } = monthStarts({ seed: 31 });

describe('stateHash', () => {
  it('the running chain gives the same hash as hashing from scratch, month by month', () => {
    const chain = createHashChain(starts[0]!);
    for (const s of [...starts, final]) expect(chain.hash(s)).toBe(stateHash(s));
  });

  it('does not depend on key order', () => {
    const reordered = JSON.parse(JSON.stringify(final, Object.keys(final).reverse())) as GameState;
    expect(stateHash({ ...reordered, ...final })).toBe(stateHash(final));
    const shuffled = Object.fromEntries(Object.entries(final).reverse()) as unknown as GameState;
    expect(stateHash(shuffled)).toBe(stateHash(final));
  });

  type Edit = [string, (s: GameState) => void];
  const edits: Edit[] = [
    [
      'an indicator',
      (s) => {
        s.indicators.trust += 1;
      },
    ],
    [
      'the generator',
      (s) => {
        s.rng[2] = (s.rng[2] + 1) >>> 0;
      },
    ],
    [
      'capital',
      (s) => {
        s.capital.rok += 1;
      },
    ],
    [
      'a sealed move',
      (s) => {
        s.pending = { us: { move: 'us.hold', reason: '' } };
      },
    ],
    [
      'a move’s reason',
      (s) => {
        s.moves[0]!.reason += '!';
      },
    ],
    [
      'a reveal',
      (s) => {
        const m = s.moves.find((x) => x.secret);
        if (m) m.revealedOn = (m.revealedOn ?? 0) + 1;
        else s.moves[0]!.secret = true;
      },
    ],
    [
      'a change’s cause',
      (s) => {
        s.changes[0]!.cause = 'drift.other';
      },
    ],
    [
      'a news item',
      (s) => {
        s.news.push({ turn: 1, id: 'note.x', source: '' });
      },
    ],
    [
      'a history record',
      (s) => {
        s.history[0]!.indicators.tension += 1;
      },
    ],
    [
      'a track',
      (s) => {
        s.tracks.cabinet = s.tracks.cabinet === 'clash' ? 'loyal' : 'clash';
      },
    ],
    [
      'the ending',
      (s) => {
        s.ending = s.ending === 'crisis' ? 'rupture' : 'crisis';
      },
    ],
    [
      'the seed',
      (s) => {
        s.seed += 1;
      },
    ],
    [
      'an offer on the table',
      (s) => {
        const o = s.table!.offers[0]!;
        s.table!.offers[0] = { ...o, status: o.status === 'open' ? 'rejected' : 'open' };
      },
    ],
    [
      'the used list',
      (s) => {
        s.used.push('us.recognizeNuclearStatus');
      },
    ],
  ];

  it.each(edits)('changes when %s changes', (_name, edit) => {
    const edited = structuredClone(final);
    edit(edited);
    expect(stateHash(edited)).not.toBe(stateHash(final));
  });

  it('the offers, each written once, give the hash that writing every offer anew gives', () => {
    expect(final.table?.offers.length).toBeGreaterThan(2);
    // The offers of `final` have their texts kept by now (the tests above hashed it); hashing again reuses them.
    const first = stateHash(final);
    expect(stateHash(final)).toBe(first);
    // A clone's offers are new objects, written afresh from their fields.
    expect(stateHash(structuredClone(final))).toBe(first);
  });

  it('differs between the month-start positions of a game and between games', () => {
    const hashes = new Set([...starts, final].map(stateHash));
    expect(hashes.size).toBe(starts.length + 1);
    fc.assert(
      fc.property(fc.integer({ min: 32, max: 10_000 }), (seed) => {
        expect(stateHash(monthStarts({ seed }).final)).not.toBe(stateHash(final));
      }),
      { numRuns: 10 },
    );
  });
});
