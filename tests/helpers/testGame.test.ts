/** The test driver itself: it must fail loudly on a broken setup and never share state between forks. */
import { describe, expect, it } from 'vitest';
import { testGame } from './testGame';

describe('testGame', () => {
  it('plays a month when all three seats have played, in any order', () => {
    const g = testGame({ seed: 1 }).play('rok', 'rok.hold').play('us', 'us.sendEnvoy');
    expect(g.state.turn).toBe(1);
    g.play('dprk', 'dprk.hold');
    expect(g.state.turn).toBe(2);
    g.expectStage('negotiation', 'secretEnvoy');
  });

  it('throws with the model’s reason when a setup move is illegal', () => {
    expect(() => testGame({ seed: 1 }).play('dprk', 'dprk.respondChannel')).toThrow(
      'month 1: dprk cannot play dprk.respondChannel: the situation does not allow dprk.respondChannel now',
    );
    expect(() => testGame({ seed: 1 }).inject('nothing')).toThrow('event.inject nothing was refused');
  });

  it('its expectations fail when they should', () => {
    const g = testGame({ seed: 1 });
    expect(() => g.expectStage('negotiation', 'formal')).toThrow();
    expect(() => g.expectIndicator('trust', (v) => v > 90)).toThrow();
    expect(() => g.expectLegal('us', 'us.proposeSummit', true)).toThrow();
    expect(() => g.expectEnding('freeze')).toThrow();
    expect(() => g.expectNews('event.leak')).toThrow();
  });

  it('forks are independent, and patch changes only the context', () => {
    const g = testGame({ seed: 2 }).month();
    const f = g.fork().month({ us: 'us.tightenSanctions' });
    expect(g.state.turn).toBe(2);
    expect(f.state.turn).toBe(3);
    const value = g.snapshot.value;
    g.patch((s) => {
      s.indicators.trust = 77;
    });
    expect(g.state.indicators.trust).toBe(77);
    expect(g.snapshot.value).toEqual(value);
    expect(f.state.indicators.trust).not.toBe(77);
  });
});
