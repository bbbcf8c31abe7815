/** `simulate`: the summary of many bot games is exactly the summary of the games it played. */
import { describe, expect, it } from 'vitest';
import { playBotGame } from '../../src/engine/runner';
import { simulate } from '../../src/engine/simulate';
import { scoreGame } from '../../src/model/score';
import { DEFAULT_SEATS } from '../../src/model/state';
import { ENDING_IDS, INDICATOR_IDS, SEATS } from '../../src/model/types';

describe('simulate', () => {
  it('plays seeds S, S+1, … and averages their endings, lengths, scores and final indicators', () => {
    const seeds: number[] = [];
    const seats = { us: 'bot:hawk', dprk: 'bot:dealmaker', rok: 'bot:dove' } as const;
    const s = simulate({ games: 12, seed: 70, seats, overrides: { trust: 30 }, onGame: (g) => seeds.push(g.seed) });
    expect(seeds).toEqual(Array.from({ length: 12 }, (_, i) => 70 + i));
    const games = seeds.map((seed) => playBotGame({ seed, seats, overrides: { trust: 30 } }).state);
    const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100;
    expect(s.games).toBe(12);
    expect(s.seed).toBe(70);
    expect(s.seats).toEqual(seats);
    for (const e of ENDING_IDS) expect(s.endings[e]).toBe(games.filter((g) => g.ending === e).length);
    expect(s.meanTurns).toBe(mean(games.map((g) => g.endedOn!)));
    for (const seat of SEATS) expect(s.scores[seat]).toBe(mean(games.map((g) => scoreGame(g)[seat].score)));
    for (const id of INDICATOR_IDS) expect(s.meanFinal[id]).toBe(mean(games.map((g) => g.indicators[id])));
  });

  it('passes the turn limit on, and wraps seeds past 2³²−1', () => {
    const s = simulate({ games: 3, seed: 4294967294, seats: DEFAULT_SEATS, maxTurns: 2 });
    expect(s.meanTurns).toBeLessThanOrEqual(2);
    const seen: number[] = [];
    simulate({ games: 3, seed: 4294967294, seats: DEFAULT_SEATS, maxTurns: 1, onGame: (g) => seen.push(g.seed) });
    expect(seen).toEqual([4294967294, 4294967295, 0]);
  });
});
