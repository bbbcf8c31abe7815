/**
 * The tournament: its reduction of played profiles to the report (on hand-made profiles whose
 * answers are worked out here), and a small real run checked against `simulate`.
 */
import { describe, expect, it } from 'vitest';
import { BOT_NAMES } from '../../src/bots/personalities';
import { simulate } from '../../src/engine/simulate';
import { analyse, runTournament, type ProfileResult } from '../../src/engine/tournament';
import { formatTournament } from '../../src/engine/tournamentFormat';
import { ENDING_IDS, SEATS, type EndingId, type Seat } from '../../src/model/types';
import { CURRENT_VERSION } from '../../src/model/ruleset';

const NAMES = ['hawk', 'dealmaker', 'random'] as const;
type Name = (typeof NAMES)[number];

/**
 * A made-up tournament: two games per profile, seat scores from a rule per seat, one ending per
 * profile, and plays chosen so that move shares are easy to count.
 */
function madeUp<N extends string = Name>(
  score: (seat: Seat, p: Record<Seat, N>) => number,
  games = 2,
  names: readonly N[] = NAMES as unknown as readonly N[],
): ProfileResult[] {
  const out: ProfileResult[] = [];
  for (const us of names)
    for (const dprk of names)
      for (const rok of names) {
        const p = { us, dprk, rok };
        const endings = Object.fromEntries(ENDING_IDS.map((e) => [e, 0])) as Record<EndingId, number>;
        endings[us === 'hawk' ? 'crisis' : 'freeze'] = games;
        const scores = Object.fromEntries(
          SEATS.map((s) => [s, Array.from({ length: games }, (_, i) => score(s, p) + (i % 2 === 0 ? -1 : 1))]),
        ) as ProfileResult['scores'];
        const means = Object.fromEntries(SEATS.map((s) => [s, score(s, p)])) as ProfileResult['means'];
        out.push({
          profile: p,
          games,
          endings,
          meanTurns: us === 'hawk' ? 6 : 18,
          scores,
          means,
          plays: {
            us: { 'us.a': 3 * games, 'us.b': games },
            dprk: { 'dprk.a': games },
            rok: us === 'hawk' ? { 'rok.a': games } : { 'rok.b': games },
          },
        });
      }
  return out;
}

/** Washington: hawk 60, dealmaker 50 + 20 against a Pyongyang dealmaker, random 40. Pyongyang: answer hawk with dealmaker, others with hawk. Seoul: flat. */
const rule = (seat: Seat, p: Record<Seat, Name>): number => {
  if (seat === 'us') return p.us === 'hawk' ? 60 : p.us === 'dealmaker' ? (p.dprk === 'dealmaker' ? 70 : 50) : 40;
  if (seat === 'dprk') return (p.us === 'hawk') === (p.dprk === 'dealmaker') ? 55 : 45;
  return 50 + (p.rok === 'random' ? -3 : 0);
};

describe('analyse', () => {
  const r = analyse(NAMES, madeUp(rule), { seed: 1, games: 2 }, { hawk: 2, dealmaker: 2, random: 2 });

  it("averages each personality over the other seats' profiles, with its interval", () => {
    const us = Object.fromEntries(r.seats.us.map((row) => [row.personality, row]));
    expect(us.hawk!.overall.mean).toBeCloseTo(60, 9);
    // Dealmaker: 70 against one Pyongyang personality of three, 50 against two.
    expect(us.dealmaker!.overall.mean).toBeCloseTo(170 / 3, 12);
    expect(us.dealmaker!.against.dprk!.dealmaker!.mean).toBe(70);
    expect(us.dealmaker!.against.rok!.hawk!.mean).toBeCloseTo(170 / 3, 12);
    // Every profile scores m − 1 on the first seed and m + 1 on the second, so zᵢ = 59/2 then 61/2:
    // variance ½, times two seeds = 1, half-width 1.96.
    expect(us.hawk!.overall.half).toBeCloseTo(1.959964, 6);
    expect(us.hawk!.overall.games).toBe(18);
  });

  it('names the best response to every profile of the others, and to each personality of one other seat', () => {
    const usBr = (dprk: Name, rok: Name) => r.bestResponses.us.find((b) => b.others.dprk === dprk && b.others.rok === rok)!;
    expect(r.bestResponses.us).toHaveLength(9);
    expect(usBr('hawk', 'random')).toEqual({ others: { dprk: 'hawk', rok: 'random' }, best: 'hawk', score: 60 });
    expect(usBr('dealmaker', 'hawk').best).toBe('dealmaker');
    expect(r.bestAgainst.us.dprk).toEqual({
      hawk: { best: 'hawk', score: 60 },
      dealmaker: { best: 'dealmaker', score: 70 },
      random: { best: 'hawk', score: 60 },
    });
    expect(r.bestAgainst.dprk.us!.hawk!.best).toBe('dealmaker');
    expect(r.bestAgainst.dprk.us!.random!.best).toBe('hawk');
    // A tie (Seoul's hawk and dealmaker score alike) goes to the first in the list.
    expect(r.bestAgainst.rok.us!.hawk!.best).toBe('hawk');
  });

  it('counts move shares per game, each profile once', () => {
    expect(r.moves.us).toEqual([
      { id: 'us.a', share: 0.75 },
      { id: 'us.b', share: 0.25 },
    ]);
    // Seoul plays rok.a in the nine profiles with a hawk Washington, rok.b in the eighteen others.
    expect(r.moves.rok.map((m) => m.id)).toEqual(['rok.b', 'rok.a']);
    expect(r.moves.rok[0]!.share).toBeCloseTo(2 / 3, 12);
  });

  it('finds the equilibrium and the endings it leads to', () => {
    // Washington's hawk (60) beats dealmaker unless Pyongyang plays dealmaker, which Pyongyang does
    // only against a hawk: Washington hawk, Pyongyang dealmaker, then Washington prefers dealmaker (70)…
    // a cycle; at the equilibrium Washington mixes, and its endings mix crisis and freeze alike.
    const e = r.equilibrium;
    for (const s of SEATS) expect(Object.values(e.mix[s]).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(e.mix.us.random).toBeLessThan(0.01);
    const hawk = e.mix.us.hawk!;
    expect(e.endings.crisis).toBeCloseTo(hawk, 9);
    expect(e.endings.freeze).toBeCloseTo(1 - hawk, 9);
    expect(e.meanTurns).toBeCloseTo(6 * hawk + 18 * (1 - hawk), 9);
    for (const s of SEATS) expect(e.regret[s]).toBeLessThan(0.5);
    // Washington must be indifferent between hawk (60) and dealmaker (50 + 20·P(dealmaker)): P = ½.
    expect(e.mix.dprk.dealmaker).toBeCloseTo(0.5, 1);
  });

  it('checks the targets with their statistics', () => {
    const t = Object.fromEntries(r.targets.map((x) => [x.id, x]));
    expect(t['us-dealmaker-vs-hawk']!.met).toBe(false);
    expect(t['us-dealmaker-vs-hawk']!.statistic).toBe('dealmaker 56.7, hawk 60.0: −3.3');
    expect(t['us-no-dominant-reply']!.met).toBe(true);
    expect(t['dprk-no-dominant-reply']!.met).toBe(true);
    expect(t['rok-agency']!.met).toBe(false);
    expect(t['rok-agency']!.statistic).toBe('best hawk 50.0, worst random 47.0: +3.0');
    expect(t['us-beats-random']!.met).toBe(true);
    expect(t['rok-beats-random']!.met).toBe(false);
    expect(t['no-spam']!.met).toBe(false);
    expect(t['no-spam']!.statistic).toContain('Washington us.a 75.0%');
    expect(t['us-strategist']!.met).toBeNull();
  });

  it('asks "no dominant reply" of the strategies, leaving out the strategist that is meant to beat them all', () => {
    const names = ['hawk', 'dealmaker', 'strategist'] as const;
    // Washington's strategist scores 70 against anyone; among the strategies, hawk answers a hawk, dealmaker the rest.
    const us = (p: Record<Seat, (typeof names)[number]>) =>
      p.us === 'strategist' ? 70 : p.us === 'hawk' ? (p.dprk === 'hawk' ? 60 : 40) : p.dprk === 'hawk' ? 40 : 55;
    const t = Object.fromEntries(
      analyse(
        names,
        madeUp((seat, p) => (seat === 'us' ? us(p) : 50), 2, names),
        { seed: 1, games: 2 },
        { hawk: 2, dealmaker: 2, strategist: 2 },
      ).targets.map((x) => [x.id, x]),
    );
    expect(t['us-no-dominant-reply']!.met).toBe(true);
    expect(t['us-no-dominant-reply']!.statistic).toBe('against hawk: hawk 60.0, dealmaker: dealmaker 55.0, strategist: dealmaker 55.0');
    expect(t['us-strategist']!.met).toBe(true);
    // Best fixed: the dealmaker, (40 + 55 + 55) / 3 = 50. Game by game the strategist is 30 or 15
    // ahead of it on the same seeds (each profile's two seeds move both by the same ±1): +20 exactly.
    expect(t['us-strategist']!.statistic).toBe(
      'strategist 70.0, best fixed dealmaker 50.0: +20.0; game by game, 18 pairs on the same seeds: +20.0 ± 0.0',
    );
  });

  it('formats every target with its verdict, in Markdown and in text', () => {
    const md = formatTournament(r, 'md');
    const text = formatTournament(r, 'text');
    for (const t of r.targets) {
      const verdict = t.met === null ? 'n/a' : t.met ? 'met' : '**NOT met**';
      expect(md).toContain(`| ${t.label} | ${verdict} | ${t.statistic} |`);
      expect(text).toContain(`${(t.met === null ? 'n/a' : t.met ? 'met' : 'NOT met').padEnd(8)} ${t.label}`);
    }
    expect(md).toContain('| hawk | 60.0 ± 2.0 |');
    expect(md).toContain(`\`npm run tournament -- --games 2 --seed 1 --rules ${CURRENT_VERSION} --bots hawk,dealmaker,random\``);
    expect(md).toContain(`Scenario version ${CURRENT_VERSION}.`);
    expect(text).not.toContain('|');
  });
});

describe('runTournament', () => {
  const names = ['hawk', 'dealmaker'];
  const run = () => runTournament({ seed: 11, games: 3, personalities: names, gamesFor: { dealmaker: 2 }, maxTurns: 4 });
  const r = run();

  it('plays every profile on the same seeds, fewer games where a slow personality takes part', () => {
    expect(r.profiles).toHaveLength(8);
    expect(r.profiles[0]!.profile).toEqual({ us: 'hawk', dprk: 'hawk', rok: 'hawk' });
    expect(r.profiles[7]!.profile).toEqual({ us: 'dealmaker', dprk: 'dealmaker', rok: 'dealmaker' });
    expect(r.profiles.map((p) => p.games)).toEqual([3, 2, 2, 2, 2, 2, 2, 2]);
    expect(r.gamesFor).toEqual({ hawk: 3, dealmaker: 2 });
    expect(r.totalGames).toBe(17);
  });

  it('measures each profile as simulate does', () => {
    for (const p of r.profiles) {
      const seats = { us: `bot:${p.profile.us}`, dprk: `bot:${p.profile.dprk}`, rok: `bot:${p.profile.rok}` } as const;
      const s = simulate({ games: p.games, seed: 11, seats, maxTurns: 4 });
      expect(p.endings).toEqual(s.endings);
      expect(p.meanTurns).toBe(s.meanTurns);
      for (const seat of SEATS) expect(Math.round(p.means[seat] * 100) / 100).toBe(s.scores[seat]);
      for (const seat of SEATS) expect(p.scores[seat]).toHaveLength(p.games);
      for (const seat of SEATS) expect(Object.values(p.plays[seat]).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(p.games);
    }
  });

  it('gives the same result for the same options', () => {
    expect(run()).toEqual(r);
    expect(formatTournament(run(), 'md')).toBe(formatTournament(r, 'md'));
  });

  it('takes every bot of the registry by default, and reports progress per profile', () => {
    const seen: number[] = [];
    const all = runTournament({ seed: 1, games: 1, maxTurns: 1, onProfile: (p) => seen.push(p.index) });
    expect(all.personalities).toEqual([...BOT_NAMES]);
    expect(all.profiles).toHaveLength(BOT_NAMES.length ** 3);
    expect(seen).toEqual(all.profiles.map((_, i) => i));
  });

  it('refuses options it cannot honour', () => {
    expect(() => runTournament({ seed: 1, games: 0 })).toThrow(/at least one game/);
    expect(() => runTournament({ seed: 1, games: 1, personalities: [] })).toThrow(/at least one personality/);
    expect(() => runTournament({ seed: 1, games: 1, personalities: ['hawk', 'hawk'] })).toThrow(/once/);
  });
});
