/**
 * The negotiation track from the envoy to the summit and the deal (claims 2–5, 11), under the
 * version-1 rules that version-1 saves replay with; tests/machine/hanoiV2.test.ts covers what
 * version 2 changed (the Hanoi setback, a longer implementation).
 */
import { describe, expect, it } from 'vitest';
import { IMPLEMENTATION_TURNS } from '../../src/model/data/scenario';
import { SUMMIT_START, toSummit } from '../helpers/summit';
import { testGame } from '../helpers/testGame';

describe('the summit', () => {
  it('freeze against freeze: a freeze-for-relief agreement, implemented for two months, ends the game in it', () => {
    const g = toSummit(1, 1).month({ us: 'us.offerFreeze' });
    expect(g.state.positions).toEqual({ us: 'freeze', dprk: 'freeze' });
    g.expectStage('negotiation', 'agreement');
    expect(g.state.deal).toBe('freeze');
    const signed = g.state.news.find((n) => n.id === 'stage.negotiation.agreement');
    expect(signed?.params).toMatchObject({ deal: 'freeze' });
    g.month().expectStage('negotiation', 'implementation');
    const entered = g.state.turn - 1;
    for (let i = 1; i < IMPLEMENTATION_TURNS; i++) g.month().expectStage('negotiation', 'implementation');
    g.month().expectEnding('freeze');
    expect(g.state.endedOn).toBe(entered + IMPLEMENTATION_TURNS);
    expect(g.view('all').explanation?.ending).toBe('freeze');
  });

  it('Hanoi: full denuclearization against a freeze, with trust fallen below 45, collapses', () => {
    const g = toSummit(1, 1).month({ us: 'us.demandCVID', dprk: 'dprk.testMissile', rok: 'rok.holdHardLine' });
    expect(g.state.positions).toEqual({ us: 'cvid', dprk: 'freeze' });
    g.expectEnding('collapse');
    expect(g.state.tracks.negotiation).toBe('collapsed');
    expect(g.state.news.find((n) => n.id === 'stage.negotiation.collapsed')?.params).toMatchObject({ signal: 'talks.walkOut' });
  });

  it('a walk-out at the summit collapses the talks', () => {
    toSummit(2, 1).month({ dprk: 'dprk.walkOut' }).expectEnding('collapse');
  });

  it('Singapore: a summit with nothing new on the table ends in a vague statement and formal talks go on', () => {
    // Take Pyongyang's freeze off the table: with no position on either side there is nothing to sign.
    const g = toSummit(3, 1);
    g.patch((s) => {
      s.positions = { us: 'none', dprk: 'none' };
    })
      .month()
      .expectStage('negotiation', 'formal');
    expect(g.state.news.some((n) => n.id === 'stage.negotiation.formal' && n.params?.signal === 'talks.vague')).toBe(true);
  });

  it('a summit is refused while trust is below 50', () => {
    const g = testGame({ seed: 1, scenarioVersion: 1, overrides: SUMMIT_START })
      .month({ us: 'us.sendEnvoy' })
      .month({ dprk: 'dprk.respondChannel' })
      .month({ us: 'us.proposeFormalTalks' })
      .expectStage('negotiation', 'formal')
      .patch((s) => {
        s.indicators.trust = 20;
      })
      .month({ us: 'us.proposeSummit' })
      .expectStage('negotiation', 'formal')
      .expectNews('note.summitTooEarly', 4);
    expect(g.state.indicators.trust).toBeLessThan(50);
  });
});

describe('implementation (claim 4: earlier agreements collapsed while carried out)', () => {
  it('a missile test during implementation breaks the deal', () => {
    toSummit(1, 1)
      .month({ us: 'us.offerFreeze' })
      .month()
      .expectStage('negotiation', 'implementation')
      .month({ dprk: 'dprk.testMissile' })
      .expectEnding('collapse');
  });

  it('a deal breaks when trust falls below 30', () => {
    toSummit(1, 1)
      .month({ us: 'us.offerFreeze' })
      .month()
      .expectStage('negotiation', 'implementation')
      .patch((s) => {
        s.indicators.trust = 5;
      })
      .month()
      .expectEnding('collapse');
  });
});

describe('talks falling back', () => {
  it('exploratory talks break down to no contact when trust drops below 10', () => {
    testGame({ seed: 4, scenarioVersion: 1, overrides: { trust: 40 } })
      .month({ us: 'us.sendEnvoy' })
      .month({ dprk: 'dprk.respondChannel' })
      .expectStage('negotiation', 'exploratory')
      .patch((s) => {
        s.indicators.trust = 0;
      })
      .month()
      .expectStage('negotiation', 'noContact')
      .expectLegal('us', 'us.sendEnvoy', true);
  });

  it('a walk-out from formal talks goes back to no contact and clears the positions', () => {
    const formal = testGame({ seed: 1, scenarioVersion: 1, overrides: SUMMIT_START })
      .month({ us: 'us.sendEnvoy' })
      .month({ dprk: 'dprk.respondChannel' })
      .month({ us: 'us.proposeFormalTalks', dprk: 'dprk.freezeTesting' })
      .expectStage('negotiation', 'formal');
    expect(formal.state.positions.dprk).toBe('freeze');
    formal.month({ dprk: 'dprk.walkOut' }).expectStage('negotiation', 'noContact');
    expect(formal.state.positions).toEqual({ us: 'none', dprk: 'none' });
  });
});
