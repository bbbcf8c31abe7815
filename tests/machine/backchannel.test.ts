/**
 * Claim 6: the three conditions that gate a backchannel, as statechart guards — the President's
 * determination, opposition strong enough to make public talks impossible, and Pyongyang's answer —
 * and claim 3: exposure kills a secret channel when opposition is strong.
 */
import { describe, expect, it } from 'vitest';
import { testGame } from '../helpers/testGame';

describe('condition 1: the President’s determination', () => {
  it('a determined President’s envoy opens the secret channel', () => {
    testGame({ seed: 1 })
      .month({ us: 'us.sendEnvoy' })
      .expectStage('negotiation', 'secretEnvoy')
      .expectNews('stage.negotiation.secretEnvoy', 1)
      .expectLegal('dprk', 'dprk.respondChannel', true)
      .expectLegal('us', 'us.sendEnvoy', false);
  });

  it('an envoy sent with determination below 50 is refused: no contact, and the news says why', () => {
    const g = testGame({ seed: 1, overrides: { determination: 40 } })
      .month({ us: 'us.sendEnvoy' })
      .expectIndicator('determination', (v) => v < 50, 'below 50')
      .expectStage('negotiation', 'noContact')
      .expectNews('note.envoyRefused', 1);
    expect(g.state.news.find((n) => n.id === 'note.envoyRefused')?.params).toEqual({ signal: 'channel.envoy', seat: 'us' });
    // The channel can be tried again next month.
    g.expectLegal('us', 'us.sendEnvoy', true);
  });
});

describe('condition 2: opposition makes public talks infeasible', () => {
  it('public talks are refused while usOpposition ≥ 45', () => {
    testGame({ seed: 2 })
      .month({ us: 'us.offerPublicTalks' })
      .expectIndicator('usOpposition', (v) => v >= 45, '≥ 45')
      .expectStage('negotiation', 'noContact')
      .expectNews('note.publicTalksBlocked', 1);
  });

  it('with weak opposition the same offer opens exploratory talks in public', () => {
    testGame({ seed: 2, overrides: { usOpposition: 20 } })
      .month({ us: 'us.offerPublicTalks' })
      .expectIndicator('usOpposition', (v) => v < 45, '< 45')
      .expectStage('negotiation', 'exploratory');
  });
});

describe('condition 3: Pyongyang’s positive response', () => {
  it('a response with trust below 20 is refused and the envoy keeps waiting', () => {
    testGame({ seed: 3, overrides: { trust: 0 } })
      .month({ us: 'us.sendEnvoy' })
      .expectStage('negotiation', 'secretEnvoy')
      .month({ dprk: 'dprk.respondChannel' })
      .expectIndicator('trust', (v) => v < 20, '< 20')
      .expectStage('negotiation', 'secretEnvoy')
      .expectNews('note.responseTooWeak', 2);
  });

  it('an overconfident Pyongyang (confidence ≥ 85) does not answer either', () => {
    testGame({ seed: 3, overrides: { trust: 60, dprkConfidence: 100 } })
      .month({ us: 'us.sendEnvoy' })
      .month({ dprk: 'dprk.respondChannel' })
      .expectIndicator('dprkConfidence', (v) => v >= 85, '≥ 85')
      .expectStage('negotiation', 'secretEnvoy')
      .expectNews('note.responseTooWeak', 2);
  });

  it('with trust 20 or more the answer opens exploratory talks', () => {
    testGame({ seed: 3, overrides: { trust: 40 } })
      .month({ us: 'us.sendEnvoy' })
      .month({ dprk: 'dprk.respondChannel' })
      .expectIndicator('trust', (v) => v >= 20, '≥ 20')
      .expectStage('negotiation', 'exploratory');
  });

  it('an envoy left unanswered for three months goes home', () => {
    testGame({ seed: 3 })
      .month({ us: 'us.sendEnvoy' })
      .months(2)
      .expectStage('negotiation', 'secretEnvoy')
      .month()
      .expectStage('negotiation', 'noContact')
      .expectNews('stage.negotiation.noContact', 4);
  });
});

describe('a leak (claim 3)', () => {
  const envoyOut = (usOpposition: number) =>
    testGame({ seed: 5, overrides: { usOpposition } }).month({ us: 'us.sendEnvoy' }).expectStage('negotiation', 'secretEnvoy');

  it('with usOpposition ≥ 78 closes the secret channel and reveals the envoy', () => {
    const g = envoyOut(80)
      .inject('leak')
      .month()
      .expectIndicator('usOpposition', (v) => v >= 78, '≥ 78');
    g.expectStage('negotiation', 'noContact').expectNews('event.leak', 2).expectNews('stage.negotiation.noContact', 2);
    expect(g.state.moves[0]).toMatchObject({ move: 'us.sendEnvoy', secret: true, revealedOn: 2 });
  });

  it('with weaker opposition exposes the envoy but the channel survives', () => {
    const g = envoyOut(40)
      .inject('leak')
      .month()
      .expectIndicator('usOpposition', (v) => v < 78, '< 78');
    g.expectStage('negotiation', 'secretEnvoy').expectNews('event.leak', 2);
    expect(g.state.moves[0]?.revealedOn).toBe(2);
  });

  it('with usOpposition ≥ 78 also ends exploratory talks', () => {
    testGame({ seed: 5, overrides: { usOpposition: 80, trust: 40 } })
      .month({ us: 'us.sendEnvoy' })
      .month({ dprk: 'dprk.respondChannel' })
      .expectStage('negotiation', 'exploratory')
      .inject('leak')
      .month()
      .expectStage('negotiation', 'noContact');
  });
});
