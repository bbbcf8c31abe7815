/** The parallel tracks besides the negotiation: Seoul's politics (claim 9), the Ukraine war (claim 8), Washington's inner circle (claim 1). */
import { describe, expect, it } from 'vitest';
import { parseOverride } from '../../src/model/overrides';
import { monthStarts } from '../helpers/botGames';
import { testGame } from '../helpers/testGame';

describe('Seoul (claim 9)', () => {
  it('starts in the Court’s trial with an interim government', () => {
    const g = testGame({ seed: 1 }).expectStage('seoul', 'trial');
    expect(g.state.statuses.seoulGovernment).toBe('interim');
  });

  it('an upheld impeachment leads to a snap election and a new government within two months (60 days)', () => {
    const g = testGame({ seed: 1 }).inject('courtRuling').month();
    expect(g.state.news.find((n) => n.id === 'event.courtRuling')?.params).toMatchObject({ outcome: 'upheld' });
    g.expectStage('seoul', 'snapElection');
    expect(g.state.statuses.seoulGovernment).toBe('interim');
    g.month().expectStage('seoul', 'snapElection').month().expectStage('seoul', 'newGovernment');
    const elected = g.state.news.find((n) => n.id === 'stage.seoul.newGovernment');
    expect(elected?.turn).toBe(3);
    const winner = elected?.params?.winner;
    expect(['liberal', 'conservative']).toContain(winner);
    expect(g.state.statuses.seoulGovernment).toBe(winner);
  });

  it('a dismissed impeachment reinstates Yoon and a conservative government', () => {
    const g = testGame({ seed: 26 }).inject('courtRuling').month();
    expect(g.state.news.find((n) => n.id === 'event.courtRuling')?.params).toMatchObject({ outcome: 'dismissed' });
    g.expectStage('seoul', 'yoon');
    expect(g.state.statuses.seoulGovernment).toBe('conservative');
  });

  it('in bot games, every snap election is held within two months of the ruling', () => {
    let elections = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const { final } = monthStarts({ seed });
      const called = final.news.find((n) => n.id === 'stage.seoul.snapElection');
      if (!called) continue;
      const held = final.news.find((n) => n.id === 'stage.seoul.newGovernment');
      if (final.endedOn !== null && final.endedOn < called.turn + 2) continue; // the game ended first
      expect(held, `seed ${seed}: ruling in month ${called.turn}, no election`).toBeDefined();
      expect(held!.turn - called.turn, `seed ${seed}`).toBeLessThanOrEqual(2);
      expect(held!.turn).toBeGreaterThan(called.turn);
      elections++;
    }
    expect(elections).toBeGreaterThan(30);
  });
});

describe('Ukraine (claim 8)', () => {
  it('a US push opens ceasefire talks, and a push after two months of talks settles the war', () => {
    // Version 1's generator stream for seed 1 (version 2 draws more events from it).
    const g = testGame({ seed: 1, scenarioVersion: 1 }).month({ us: 'us.pushUkraineSettlement' }).expectStage('ukraine', 'ceasefireTalks');
    expect(g.state.statuses.ukraine).toBe('ceasefireTalks');
    // One month of talks is not enough for a push to settle.
    g.month({ us: 'us.pushUkraineSettlement' }).expectStage('ukraine', 'ceasefireTalks');
    const tiesBefore = g.state.indicators.russiaTies;
    g.month({ us: 'us.pushUkraineSettlement' }).expectStage('ukraine', 'settled');
    expect(g.state.statuses.ukraine).toBe('settled');
    expect(g.state.indicators.russiaTies).toBeLessThan(tiesBefore);
    g.expectLegal('us', 'us.pushUkraineSettlement', false).expectLegal('dprk', 'dprk.deepenRussiaTies', false);
  });

  it('stalled talks send the war back', () => {
    testGame({ seed: 1, scenarioVersion: 1 })
      .month({ us: 'us.pushUkraineSettlement' })
      .expectStage('ukraine', 'ceasefireTalks')
      .inject('ukraineTalksStall')
      .month()
      .expectStage('ukraine', 'war');
  });
});

describe('Washington’s inner circle (claim 1)', () => {
  it('a hawks’ clash, then a hawk resigns: cohesion recovers', () => {
    const g = testGame({ seed: 2 }).inject('hawksClash').month().expectStage('cabinet', 'clash');
    const before = g.state.indicators.cabinetCohesion;
    g.inject('hawkResigns').month().expectStage('cabinet', 'hawkOut');
    expect(g.state.indicators.cabinetCohesion).toBeGreaterThan(before);
  });

  it('a cabinet that closes ranks is loyal again', () => {
    testGame({ seed: 2 })
      .inject('hawksClash')
      .month()
      .expectStage('cabinet', 'clash')
      .inject('cabinetCloseRanks')
      .month()
      .expectStage('cabinet', 'loyal');
  });
});

describe('what-if overrides start each region in the matching stage', () => {
  const start = (...pairs: string[]) => {
    let overrides = {};
    for (const p of pairs) {
      const r = parseOverride(p, overrides);
      if (!r.ok) throw new Error(r.error);
      overrides = r.value;
    }
    return testGame({ seed: 1, overrides });
  };

  it('--set seoulGovernment=liberal starts Seoul with its new government', () => {
    const g = start('seoulGovernment=liberal').expectStage('seoul', 'newGovernment');
    expect(g.state.statuses.seoulGovernment).toBe('liberal');
    g.expectLegal('rok', 'rok.mediate', true);
    // No court ruling or election is pending any more.
    g.months(3).expectStage('seoul', 'newGovernment');
  });

  it('--set seoulGovernment=conservative starts with Yoon; interim with the trial', () => {
    start('seoulGovernment=conservative').expectStage('seoul', 'yoon');
    start('seoulGovernment=interim').expectStage('seoul', 'trial');
  });

  it('--set ukraine=settled and ukraine=ceasefireTalks start the Ukraine region there', () => {
    start('ukraine=settled').expectStage('ukraine', 'settled').expectLegal('us', 'us.pushUkraineSettlement', false);
    start('ukraine=ceasefireTalks').expectStage('ukraine', 'ceasefireTalks');
    start('ukraine=settled', 'seoulGovernment=liberal').expectStage('ukraine', 'settled').expectStage('seoul', 'newGovernment');
  });

  it('indicator overrides leave the regions at the default start', () => {
    start('trust=90', 'tension=10')
      .expectStage('negotiation', 'noContact')
      .expectStage('seoul', 'trial')
      .expectStage('ukraine', 'war')
      .expectStage('cabinet', 'loyal')
      .expectIndicator('trust', (v) => v === 90);
  });
});
