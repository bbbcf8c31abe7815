/**
 * Issue 9's targets that version 2 of the rules is for, held over seeded bot games and printed as
 * claims.test.ts prints its statistics: negotiating pays for Washington (and a hawk is still the
 * better answer to some Pyongyangs), Seoul's personality changes Seoul's fate, and no move is
 * spammed. `npm run sim` gives the same numbers for any one profile.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate';
import { scoreGame } from '../../src/model/score';
import type { GameState, Seat } from '../../src/model/types';
import { welchT } from '../helpers/stats';

const GAMES = 80;
type Profile = { us: string; dprk: string; rok: string };

function games(p: Profile, seed: number): GameState[] {
  const out: GameState[] = [];
  simulate({ games: GAMES, seed, seats: { us: `bot:${p.us}`, dprk: `bot:${p.dprk}`, rok: `bot:${p.rok}` }, onGame: ({ state }) => out.push(state) });
  return out;
}
const scores = (gs: GameState[], seat: Seat) => gs.map((s) => scoreGame(s)[seat].score);
const f1 = (x: number) => x.toFixed(1);

describe('negotiating pays for Washington (version 2)', () => {
  it('against a Pyongyang that talks, a dealmaker Washington beats a hawk', () => {
    const deal = [...scores(games({ us: 'dealmaker', dprk: 'dealmaker', rok: 'dealmaker' }, 30_000), 'us'), ...scores(games({ us: 'dealmaker', dprk: 'dove', rok: 'dealmaker' }, 31_000), 'us')];
    const hawk = [...scores(games({ us: 'hawk', dprk: 'dealmaker', rok: 'dealmaker' }, 32_000), 'us'), ...scores(games({ us: 'hawk', dprk: 'dove', rok: 'dealmaker' }, 33_000), 'us')];
    const r = welchT(deal, hawk);
    console.info(`Washington dealmaker vs hawk (Pyongyang dealmaker/dove): ${f1(r.meanA)} vs ${f1(r.meanB)}, Welch t = ${r.t.toFixed(2)}`);
    expect(r.t).toBeGreaterThan(3);
  });

  it('against a hawkish Pyongyang a hawk Washington is still the better answer (no dominant personality)', () => {
    const p = { dprk: 'hawk', rok: 'dealmaker' };
    const r = welchT(scores(games({ us: 'hawk', ...p }, 34_000), 'us'), scores(games({ us: 'dealmaker', ...p }, 35_000), 'us'));
    console.info(`Washington hawk vs dealmaker (Pyongyang hawk): ${f1(r.meanA)} vs ${f1(r.meanB)}, Welch t = ${r.t.toFixed(2)}`);
    expect(r.t).toBeGreaterThan(3);
  });
});

describe('Seoul has agency (version 2)', () => {
  it('Seoul’s best personality beats its worst by at least 10 points', () => {
    const means = (['hawk', 'dove', 'dealmaker', 'random'] as const).map((rok, i) => {
      const xs = scores(games({ us: 'dealmaker', dprk: 'dealmaker', rok }, 36_000 + 1000 * i), 'rok');
      return { rok, mean: xs.reduce((a, b) => a + b, 0) / xs.length };
    });
    console.info(`Seoul's mean score by personality: ${means.map((m) => `${m.rok} ${f1(m.mean)}`).join(', ')}`);
    const sorted = means.map((m) => m.mean).sort((a, b) => a - b);
    expect((sorted[3] as number) - (sorted[0] as number)).toBeGreaterThanOrEqual(10);
  });
});

describe('no spam (version 2)', () => {
  it('no move is more than 35% of a seat’s plays across Washington’s personalities', () => {
    const plays: Record<Seat, Map<string, number>> = { us: new Map(), dprk: new Map(), rok: new Map() };
    (['hawk', 'dove', 'dealmaker', 'random'] as const).forEach((us, i) => {
      for (const s of games({ us, dprk: 'dealmaker', rok: 'dealmaker' }, 40_000 + 1000 * i)) {
        for (const m of s.moves) plays[m.seat].set(m.move, (plays[m.seat].get(m.move) ?? 0) + 1);
      }
    });
    for (const seat of ['us', 'dprk', 'rok'] as const) {
      const total = [...plays[seat].values()].reduce((a, b) => a + b, 0);
      const [move, n] = [...plays[seat].entries()].sort((a, b) => b[1] - a[1])[0] as [string, number];
      console.info(`${seat}: most played ${move}, ${f1((100 * n) / total)}% of plays`);
      expect(n / total, `${seat} ${move}`).toBeLessThanOrEqual(0.35);
    }
  });
});
