/**
 * Scenario version 2's rules, each against version 1: the version is chosen in one place
 * (`rulesFor`), repeats cost more and give less, the loyal circle binds any Washington, Seoul's
 * worst endings are losses unless it shaped them, and the 2024 history is in the tables.
 */
import { describe, expect, it } from 'vitest';
import { cardMonth as month } from '../helpers/table';
import { MOVES } from '../../src/model/data/moves';
import { SCENARIO } from '../../src/model/data/scenario';
import { isLegalMove, whyIllegal } from '../../src/model/legal';
import { commitMove, resolveTurn } from '../../src/model/resolve';
import { CURRENT_VERSION, rulesFor } from '../../src/model/ruleset';
import { scoreSeat } from '../../src/model/score';
import { createInitialState, costOf, effectiveEffect } from '../../src/model/state';
import type { GameState } from '../../src/model/types';
import { playerView } from '../../src/model/view';
import { DRAW_SCORE } from '../../src/model/data/scenario';

const v1 = (seed = 1) => createInitialState({ seed, scenarioVersion: 1 });
const v2 = (seed = 1) => createInitialState({ seed, scenarioVersion: 2 });

describe('rulesFor: one place selects a version’s rules', () => {
  it('new games play the current version; version 1 keeps its own tables', () => {
    expect(createInitialState({ seed: 1 }).scenario).toEqual({ id: SCENARIO.id, version: CURRENT_VERSION });
    const one = rulesFor({ id: SCENARIO.id, version: 1 });
    const two = rulesFor({ id: SCENARIO.id, version: 2 });
    expect(one.moves).toEqual(MOVES.filter((m) => (m.since ?? 1) === 1));
    expect(one.movesById['dprk.releaseDetainees']).toBeDefined();
    expect(two.movesById['dprk.releaseDetainees']).toBeUndefined();
    expect(two.movesById['dprk.returnRemains']).toBeDefined();
    expect(one.movesById['us.walkOut']).toBeUndefined();
    expect(one.n.implementationTurns).toBe(2);
    expect(two.n.implementationTurns).toBeGreaterThan(2);
    expect(v1().talks).toBeUndefined();
  });

  it('refuses a scenario or version it has no rules for', () => {
    expect(() => rulesFor({ id: SCENARIO.id, version: 9 })).toThrow(/v9/);
    expect(() => rulesFor({ id: 'other', version: 1 })).toThrow(/other/);
    expect(() => createInitialState({ seed: 1, scenarioVersion: 0 })).toThrow();
  });
});

describe('costs that bite (version 2)', () => {
  it('a repeated sanctions push gives less and costs more; its price in trust stays whole', () => {
    const def = rulesFor(v2().scenario).movesById['us.tightenSanctions']!;
    let s = month(v2(), { us: 'us.tightenSanctions' });
    expect(costOf(s, def)).toBe(def.cost + 1);
    const tired = effectiveEffect(s, def).deltas!;
    expect(tired.sanctions).toBeLessThan(def.effect.deltas!.sanctions!);
    expect(tired.cabinetCohesion).toBeLessThan(def.effect.deltas!.cabinetCohesion!);
    expect(tired.trust).toBe(def.effect.deltas!.trust);
    // The card a seat sees shows the same.
    const card = playerView(s, 'us').legal.find((o) => o.id === 'us.tightenSanctions')!;
    expect(card.cost).toBe(def.cost + 1);
    expect(card.effect.deltas?.sanctions).toBe(tired.sanctions);
    // After the window it is fresh again.
    for (let i = 0; i < def.fatigue!.window; i++) s = month(s, {});
    expect(costOf(s, def)).toBe(def.cost);
    expect(effectiveEffect(s, def)).toBe(def.effect);
  });

  it('version 1 has no repeat costs', () => {
    const def = rulesFor(v1().scenario).movesById['us.tightenSanctions']!;
    const s = month(v1(), { us: 'us.tightenSanctions' });
    expect(costOf(s, def)).toBe(def.cost);
    expect(effectiveEffect(s, def)).toBe(def.effect);
  });

  it('flip-flopping on the exercises: resuming right after a suspension buys less alliance', () => {
    const fresh = { ...v2(), statuses: { ...v2().statuses, exercises: 'suspended' as const } };
    const gain = (s: GameState) => {
      const r = resolveTurn(
        commitMove(commitMove(commitMove(s, 'us', 'us.resumeExercises', ''), 'dprk', 'dprk.hold', ''), 'rok', 'rok.hold', ''),
      );
      return r.changes.filter((c) => c.cause === 'us.resumeExercises' && c.indicator === 'alliance').reduce((a, c) => a + c.delta, 0);
    };
    const flipped = month(v2(), { us: 'us.suspendExercises' });
    const twice = month(flipped, { us: 'us.suspendExercises' });
    expect(twice.statuses.exercises).toBe('suspended');
    expect(gain(twice)).toBeLessThan(gain(fresh));
  });

  it('the loyal circle makes a freeze offer dearer for any Washington, human or bot', () => {
    const s = { ...v2(), tracks: { ...v2().tracks, negotiation: 'formal' as const }, capital: { us: 3, dprk: 4, rok: 4 } };
    const def = rulesFor(s.scenario).movesById['us.offerFreeze']!;
    expect(def.cost).toBeLessThanOrEqual(3);
    expect(isLegalMove(s, 'us', 'us.offerFreeze')).toBe(false);
    expect(whyIllegal(s, 'us', 'us.offerFreeze')).toContain(`costs ${def.cost + 2}`);
    const hawkOut = { ...s, tracks: { ...s.tracks, cabinet: 'hawkOut' as const } };
    expect(isLegalMove(hawkOut, 'us', 'us.offerFreeze')).toBe(true);
    const old = { ...v1(), tracks: s.tracks, capital: s.capital };
    expect(isLegalMove(old, 'us', 'us.offerFreeze')).toBe(true);
  });

  it('recognition can be offered only at a summit, not in formal talks', () => {
    const formal = {
      ...v2(),
      tracks: { ...v2().tracks, negotiation: 'formal' as const, cabinet: 'hawkOut' as const },
      indicators: { ...v2().indicators, determination: 90 },
      capital: { us: 8, dprk: 4, rok: 4 },
    };
    expect(isLegalMove(formal, 'us', 'us.recognizeNuclearStatus')).toBe(false);
    expect(isLegalMove({ ...formal, tracks: { ...formal.tracks, negotiation: 'summit' } }, 'us', 'us.recognizeNuclearStatus')).toBe(true);
  });
});

describe('Seoul’s stakes (version 2)', () => {
  const endIn = (s: GameState, ending: 'recognition' | 'rupture' | 'freeze'): GameState => ({ ...s, ending, endedOn: s.turn });

  it('recognition and rupture are losses for Seoul unless it consulted Washington in the last months', () => {
    const calm = { ...v2(), indicators: { ...v2().indicators, alliance: 90, interKorean: 90, costSharing: 10, rokNukeSupport: 40 } };
    for (const ending of ['recognition', 'rupture'] as const) {
      expect(scoreSeat(endIn(calm, ending), 'rok').score).toBeLessThan(DRAW_SCORE);
      const consulted = month(calm, { rok: 'rok.consultWashington' });
      expect(scoreSeat(endIn(consulted, ending), 'rok').score, ending).toBeGreaterThanOrEqual(DRAW_SCORE);
    }
    // A freeze is not capped, and version 1 caps nothing.
    expect(scoreSeat(endIn(calm, 'freeze'), 'rok').score).toBeGreaterThanOrEqual(DRAW_SCORE);
    const old = { ...v1(), indicators: calm.indicators };
    expect(scoreSeat(endIn(old, 'recognition'), 'rok').score).toBeGreaterThanOrEqual(DRAW_SCORE);
  });

  it('Seoul’s own nuclear debate is in its objectives and strains the alliance above 80%', () => {
    const base = v2();
    const hot = { ...base, indicators: { ...base.indicators, rokNukeSupport: 88 } };
    const cool = { ...base, indicators: { ...base.indicators, rokNukeSupport: 55 } };
    expect(scoreSeat(cool, 'rok').score).toBeGreaterThan(scoreSeat(hot, 'rok').score);
    const strained = resolveTurn(
      commitMove(commitMove(commitMove(hot, 'us', 'us.hold', ''), 'dprk', 'dprk.hold', ''), 'rok', 'rok.hold', ''),
    );
    expect(strained.changes.some((c) => c.cause === 'drift.nuclearStrain' && c.indicator === 'alliance' && c.delta < 0)).toBe(true);
  });
});

describe('history (version 2)', () => {
  it('the Russia treaty and the Kursk deployment are told in January 2025 with their sources', () => {
    const s = month(v2(), {});
    for (const id of ['event.russiaTreaty', 'event.kurskDeployment']) {
      const item = s.news.find((n) => n.id === id);
      expect(item?.turn, id).toBe(1);
      expect(item?.source).toMatch(/2024/);
    }
    expect(month(s, {}).news.filter((n) => n.id === 'event.russiaTreaty')).toHaveLength(1);
    expect(month(v1(), {}).news.some((n) => n.id === 'event.russiaTreaty')).toBe(false);
  });

  it('a settlement loosens Russia ties, but the treaty keeps a floor under them', () => {
    const settled = createInitialState({ seed: 1, overrides: { ukraine: 'settled', russiaTies: 44 } });
    const after = month(settled, {});
    expect(after.changes.some((c) => c.cause === 'drift.peaceLoosensTies')).toBe(false);
    const old = createInitialState({ seed: 1, scenarioVersion: 1, overrides: { ukraine: 'settled', russiaTies: 44 } });
    expect(month(old, {}).changes.some((c) => c.cause === 'drift.peaceLoosensTies')).toBe(true);
  });
});

describe('Pyongyang’s leverage (version 2)', () => {
  it('with Moscow’s cover (Russia ties 60+) a missile test loosens sanctions instead of leaving them', () => {
    const withTies = (s: GameState, russiaTies: number): GameState => ({ ...s, indicators: { ...s.indicators, russiaTies } });
    const bySanctions = (s: GameState) =>
      s.changes.filter((c) => c.cause === 'dprk.testMissile' && c.indicator === 'sanctions').reduce((a, c) => a + c.delta, 0);
    expect(bySanctions(month(withTies(v2(), 75), { dprk: 'dprk.testMissile' }))).toBeLessThan(0);
    expect(bySanctions(month(withTies(v2(), 40), { dprk: 'dprk.testMissile' }))).toBe(0);
    // Version 1 keeps its test: no sanctions change at any level of ties.
    expect(bySanctions(month(withTies(v1(), 75), { dprk: 'dprk.testMissile' }))).toBe(0);
  });

  it('an overture to Seoul costs Pyongyang more since it called the South a hostile state (2024)', () => {
    const two = rulesFor(v2().scenario).movesById['dprk.reachOutToSeoul']!;
    const one = rulesFor(v1().scenario).movesById['dprk.reachOutToSeoul']!;
    expect(costOf(v2(), two)).toBeGreaterThan(costOf(v1(), one));
  });
});

describe('Seoul’s levers (version 2)', () => {
  it('refusing the cost-sharing bill risks a US troop review, likelier the weaker the alliance; version 1 has none', () => {
    const withAlliance = (s: GameState, alliance: number): GameState => ({
      ...s,
      indicators: { ...s.indicators, alliance, costSharing: 60 },
    });
    const reviews = (version: 1 | 2, alliance: number) => {
      let n = 0;
      for (let seed = 1; seed <= 200; seed++) {
        const s0 = version === 1 ? v1(seed) : v2(seed);
        const s = month(withAlliance(s0, alliance), { rok: 'rok.refuseToPay' });
        if (s.news.some((x) => x.id === 'event.troopReview')) n++;
      }
      return n;
    };
    const weak = reviews(2, 30);
    const strong = reviews(2, 90);
    console.info(`troop review after a refusal: ${weak} of 200 games with the alliance at 30, ${strong} at 90`);
    expect(weak).toBeGreaterThan(strong);
    expect(strong).toBeGreaterThan(0);
    expect(reviews(1, 30)).toBe(0);
    // What it does: fewer troops and a weaker alliance.
    const def = rulesFor(v2().scenario).eventsById.troopReview!;
    expect(def.effect?.troops).toBeLessThan(0);
    expect(def.effect?.deltas?.alliance).toBeLessThan(0);
  });

  it('the government sets Seoul’s options: a liberal one pays for the hard line, a conservative one for outreach (claim 9)', () => {
    const gov = (government: 'liberal' | 'conservative'): GameState => ({
      ...v2(),
      statuses: { ...v2().statuses, seoulGovernment: government },
    });
    const rules = rulesFor(v2().scenario);
    const hard = rules.movesById['rok.holdHardLine']!;
    const outreach = rules.movesById['rok.interKoreanOutreach']!;
    expect(costOf(gov('liberal'), hard)).toBeGreaterThan(costOf(gov('conservative'), hard));
    expect(costOf(gov('conservative'), outreach)).toBeGreaterThan(costOf(gov('liberal'), outreach));
    const one = rulesFor(v1().scenario).movesById['rok.holdHardLine']!;
    expect(costOf({ ...v1(), statuses: { ...v1().statuses, seoulGovernment: 'liberal' } }, one)).toBe(one.cost);
  });
});
