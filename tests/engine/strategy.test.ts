/**
 * Issue 9's targets, for version 2 of the rules (the classic cards), version 4 (the negotiation
 * table), version 5 (Seoul's line read against its partners') and version 6 (the default,
 * Washington's line read against Pyongyang's too), held over seeded bot games and printed as
 * claims.test.ts prints its statistics: negotiating pays for Washington (and a hawk is still the
 * better answer to some Pyongyangs), Seoul's personality changes Seoul's fate, and no move is
 * spammed. `npm run sim` gives the same numbers for any one profile, `npm run tournament` for all.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate';
import { runTournament } from '../../src/engine/tournament';
import { scoreGame } from '../../src/model/score';
import type { GameState, Seat } from '../../src/model/types';
import { welchT } from '../helpers/stats';

const GAMES = 80;
type Profile = { us: string; dprk: string; rok: string };

function games(p: Profile, seed: number): GameState[] {
  const out: GameState[] = [];
  simulate({
    games: GAMES,
    seed,
    seats: { us: `bot:${p.us}`, dprk: `bot:${p.dprk}`, rok: `bot:${p.rok}` },
    scenarioVersion: 2,
    onGame: ({ state }) => out.push(state),
  });
  return out;
}
const scores = (gs: GameState[], seat: Seat) => gs.map((s) => scoreGame(s)[seat].score);
const f1 = (x: number) => x.toFixed(1);

describe('negotiating pays for Washington (version 2)', () => {
  it('against a Pyongyang that talks, a dealmaker Washington beats a hawk', () => {
    const deal = [
      ...scores(games({ us: 'dealmaker', dprk: 'dealmaker', rok: 'dealmaker' }, 30_000), 'us'),
      ...scores(games({ us: 'dealmaker', dprk: 'dove', rok: 'dealmaker' }, 31_000), 'us'),
    ];
    const hawk = [
      ...scores(games({ us: 'hawk', dprk: 'dealmaker', rok: 'dealmaker' }, 32_000), 'us'),
      ...scores(games({ us: 'hawk', dprk: 'dove', rok: 'dealmaker' }, 33_000), 'us'),
    ];
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

/**
 * The issue's §2 targets as the tournament measures them (`npm run tournament`), on a seeded run
 * small enough for a test: every profile of the four fixed personalities, a few games each. The
 * strategist is left out here (it searches, and has its own budget); its targets are n/a.
 */
const TOURNAMENT_GAMES = 20;
const MEASURED = [
  'us-dealmaker-vs-hawk',
  'us-no-dominant-reply',
  'dprk-no-dominant-reply',
  'rok-agency',
  'us-beats-random',
  'dprk-beats-random',
  'rok-beats-random',
  'no-spam',
];

describe(`the tournament's targets (version 2, ${TOURNAMENT_GAMES} games per profile)`, () => {
  // Pinned to scenario version 2: these are version 2's balance targets. Under version 3 the bots'
  // table play is the small default policy (src/bots/table.ts); version 3's targets come with the
  // bargaining bots (src/bots/bargain.ts).
  const result = runTournament({
    games: TOURNAMENT_GAMES,
    seed: 50_000,
    personalities: ['hawk', 'dove', 'dealmaker', 'random'],
    scenarioVersion: 2,
  });
  const target = (id: string) => {
    const t = result.targets.find((x) => x.id === id);
    if (!t) throw new Error(`no target ${id}`);
    return t;
  };

  it.each(MEASURED)('%s is met', (id) => {
    const t = target(id);
    console.info(`${t.met ? 'met' : 'NOT met'}: ${t.label} — ${t.statistic}`);
    expect(t.met, t.statistic).toBe(true);
  });

  it('a hard-line Pyongyang is a strategy, not a walk into war: its hawk rarely ends in crisis and scores like a player', () => {
    const hawkGames = result.profiles.filter((p) => p.profile.dprk === 'hawk');
    const crisis = hawkGames.reduce((a, p) => a + p.endings.crisis, 0) / hawkGames.reduce((a, p) => a + p.games, 0);
    const row = result.seats.dprk.find((r) => r.personality === 'hawk')!;
    const random = result.seats.dprk.find((r) => r.personality === 'random')!;
    console.info(
      `Pyongyang hawk: crisis in ${f1(100 * crisis)}% of its games, mean score ${f1(row.overall.mean)} (random ${f1(random.overall.mean)})`,
    );
    // Version 2 before brinkmanship: crisis in 100% of its games, score 13.7, below random.
    expect(crisis).toBeLessThan(0.5);
    expect(row.overall.mean).toBeGreaterThan(random.overall.mean);
  });
});

// Version 4 (the negotiation table retuned), version 5 (Seoul's line read against its partners')
// and version 6 (the default: Washington's read against Pyongyang's).
describe.each([4, 5, 6])(
  `the tournament's targets (version %i, the negotiation table, ${TOURNAMENT_GAMES} games per profile)`,
  (version) => {
    const result = runTournament({
      games: TOURNAMENT_GAMES,
      seed: 60_000,
      personalities: ['hawk', 'dove', 'dealmaker', 'random'],
      scenarioVersion: version,
    });

    it.each(MEASURED)('%s is met', (id) => {
      const t = result.targets.find((x) => x.id === id);
      if (!t) throw new Error(`no target ${id}`);
      console.info(`${t.met ? 'met' : 'NOT met'}: ${t.label} — ${t.statistic}`);
      expect(t.met, t.statistic).toBe(true);
    });

    it('deals get done at the table: when every seat plays its equilibrium mix, a deal ends at least a fifth of the games', () => {
      const e = result.equilibrium.endings;
      const deals = e.roadmap + e.freeze + e.recognition;
      console.info(
        `equilibrium endings: ${Object.entries(e)
          .map(([k, v]) => `${k} ${f1(100 * v)}%`)
          .join(', ')}`,
      );
      // Version 3 before the retuning: at its equilibrium 97.6% of games ended in the status quo.
      expect(deals).toBeGreaterThan(0.2);
      expect(e.statusQuo).toBeLessThan(0.8);
    });
  },
);
