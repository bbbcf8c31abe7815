/**
 * Scenario version 2 on the negotiation track: Hanoi as it happened (claims 2 and 4). In February
 * 2019 the President walked out; talks went dark and resumed only at the DMZ in June 2019. A first
 * failure sends the track back to no contact with lower trust and a cool-down; the game ends in
 * collapse only when talks fail again or the President's determination is spent. A deal must hold
 * through a longer implementation, and what broke it is named.
 */
import { describe, expect, it } from 'vitest';
import { explainEnding } from '../../src/model/explain';
import { failureIsFinal } from '../../src/model/resolve';
import { rulesFor } from '../../src/model/ruleset';
import { toSummit } from '../helpers/summit';
import { testGame } from '../helpers/testGame';

describe('version 2: Hanoi as it happened', () => {
  it('Washington can walk out of a summit (version 1 had no such move)', () => {
    const g = toSummit(1, 2);
    g.expectLegal('us', 'us.walkOut', true);
    expect(
      testGame({ seed: 1, scenarioVersion: 1 })
        .view('us')
        .legal.map((o) => o.id),
    ).not.toContain('us.walkOut');
  });

  it('a first walk-out sends the talks back to no contact, with lower trust and a cool-down before a new envoy', () => {
    const g = toSummit(1, 2);
    const trustBefore = g.state.indicators.trust;
    g.month({ us: 'us.walkOut' });
    expect(g.state.ending).toBeNull();
    g.expectStage('negotiation', 'noContact');
    expect(g.state.talks?.failures).toBe(1);
    expect(g.state.indicators.trust).toBeLessThan(trustBefore);
    expect(g.state.news.some((n) => n.id === 'note.hanoiSetback')).toBe(true);
    // The cool-down: no envoy for the next months, then one may go.
    const cool = rulesFor(g.state.scenario).n.coolDown;
    for (let i = 0; i < cool; i++) g.expectLegal('us', 'us.sendEnvoy', false).month();
    g.expectLegal('us', 'us.sendEnvoy', true);
  });

  it('the second failure ends the game in collapse', () => {
    const g = toSummit(1, 2).month({ us: 'us.walkOut' }).expectStage('negotiation', 'noContact');
    while (!g.view('us').legal.some((o) => o.id === 'us.sendEnvoy')) g.month();
    g.month({ us: 'us.sendEnvoy', rok: 'rok.backEngagement' }).expectStage('negotiation', 'secretEnvoy');
    g.month({ dprk: 'dprk.respondChannel', rok: 'rok.backEngagement' }).expectStage('negotiation', 'exploratory');
    while (g.state.indicators.trust < 40) g.month({ rok: 'rok.backEngagement' });
    g.month({ us: 'us.proposeFormalTalks' }).expectStage('negotiation', 'formal');
    while (g.state.indicators.trust < 50) g.month({ rok: 'rok.backEngagement' });
    g.month({ us: 'us.proposeSummit' }).expectStage('negotiation', 'summit');
    g.month({ dprk: 'dprk.walkOut' }).expectEnding('collapse');
    expect(g.state.talks?.failures).toBe(1);
  });

  it('a first failure with the President’s determination spent is final; version 1 makes every failure final', () => {
    const s = toSummit(1, 2).state;
    const spent = rulesFor(s.scenario).n.determinationSpent;
    expect(failureIsFinal(s)).toBe(false);
    expect(failureIsFinal({ ...s, indicators: { ...s.indicators, determination: spent - 1 } })).toBe(true);
    expect(failureIsFinal({ ...s, talks: { failures: 1, coolUntil: 0 } })).toBe(true);
    expect(failureIsFinal({ ...s, scenario: { ...s.scenario, version: 1 } })).toBe(true);
  });

  it('a deal holds through three months of implementation, and a broken one is named', () => {
    const n = rulesFor({ id: 'backchannel-2025', version: 2 }).n.implementationTurns;
    expect(n).toBeGreaterThan(2);
    const g = toSummit(1, 2).month({ us: 'us.offerFreeze' }).expectStage('negotiation', 'agreement');
    g.month().expectStage('negotiation', 'implementation');
    const broken = toSummit(1, 2).month({ us: 'us.offerFreeze' }).month().month({ dprk: 'dprk.testMissile' });
    broken.expectStage('negotiation', 'noContact');
    expect(broken.state.ending).toBeNull();
    expect(broken.state.news.some((x) => x.id === 'note.dealBroken.test')).toBe(true);
    // The debrief names what broke the deal and the setback that followed.
    const points = explainEnding(broken.state).turningPoints.map((p) => p.id);
    expect(points).toEqual(expect.arrayContaining(['note.dealBroken.test', 'note.hanoiSetback']));
    for (let i = 1; i < n; i++) g.month({ rok: 'rok.backEngagement' }).expectStage('negotiation', 'implementation');
    g.month().expectEnding('freeze');
  });
});
