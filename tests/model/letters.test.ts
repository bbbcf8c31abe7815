/** The rules of a letter in the model: its channels, which offer it may carry, and when it leaks. */
import { describe, expect, it } from 'vitest';
import { channelsOf, lettersSeen, whyLetterRefused, type Letter } from '../../src/model/letters';
import type { Offer } from '../../src/model/table';
import { v3 } from '../helpers/table';

const offer = (id: number, line: Offer['line']): Offer => ({
  id,
  turn: 1,
  from: 'us',
  to: 'dprk',
  gives: ['partialRelief'],
  asks: ['freeze'],
  line,
  status: 'open',
});

describe('letters in the model', () => {
  it('travel on the channel between their two seats', () => {
    expect(channelsOf({ from: 'us', to: 'dprk' })).toEqual(['backchannel']);
    expect(channelsOf({ from: 'dprk', to: 'rok' })).toEqual(['interKorean']);
    expect(channelsOf({ from: 'rok', to: 'us' })).toEqual(['alliance']);
    expect(channelsOf({ from: 'us', to: 'both' })).toEqual(['backchannel', 'alliance']);
  });

  it('carry a secret offer only in a secret letter to its addressee alone, a public one to any letter reaching it', () => {
    const s = v3((x) => {
      x.turn = 2;
      x.table!.offers.push(offer(1, 'secret'), offer(2, 'public'));
    });
    const why = (to: Letter['to'], line: Letter['line'], id: number) =>
      whyLetterRefused(s, [], 'us', { to, line, text: 'terms', offer: id });
    expect(why('dprk', 'secret', 1)).toBeNull();
    expect(why('dprk', 'public', 1)).toBe('offer 1 is secret: it travels only in a secret letter to dprk alone');
    expect(why('both', 'secret', 1)).toBe('offer 1 is secret: it travels only in a secret letter to dprk alone');
    expect(why('both', 'public', 2)).toBeNull();
    expect(why('rok', 'public', 2)).toBe("offer 2 is addressed to dprk, who is not among the letter's recipients");
    expect(whyLetterRefused(s, [], 'dprk', { to: 'us', line: 'secret', text: 'x', offer: 2 })).toBe("offer 2 is not dprk's own");
  });

  it('leak when a leak of their channel is reported in or after their month, and never when public', () => {
    const s = v3((x) => {
      x.turn = 4;
      x.news.push({ turn: 2, id: 'event.leak', source: '' }, { turn: 3, id: 'event.leakInterKorean', source: '' });
    });
    const letters: Letter[] = [
      { id: 1, turn: 3, from: 'us', to: 'dprk', line: 'secret', text: 'after the backchannel leaked' },
      { id: 2, turn: 3, from: 'rok', to: 'dprk', line: 'secret', text: 'on the inter-Korean line' },
      { id: 3, turn: 1, from: 'us', to: 'both', line: 'secret', text: 'on both lines' },
    ];
    expect(lettersSeen(s, letters, 'rok').map((l) => [l.id, l.leakedOn])).toEqual([
      [2, 3],
      [3, 2],
    ]);
    expect(lettersSeen(s, letters, 'us').map((l) => l.id)).toEqual([1, 2, 3]);
  });
});
