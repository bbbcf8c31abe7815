/** The counterfactual turning points in words: ranking, sentences with shares and intervals, the panel's states. */
import { describe, expect, it } from 'vitest';
import { turningLines, turningPanelVM, turningSeats } from '../../../src/app/screens/turning';
import type { TurningPoint } from '../../../src/engine/counterfactual';
import { ENDING_IDS, type EndingId } from '../../../src/model/types';

const endings = (x: Partial<Record<EndingId, number>>) =>
  ({ ...Object.fromEntries(ENDING_IDS.map((e) => [e, 0])), ...x }) as Record<EndingId, number>;

/** Month 3 (March 2025): Washington's sanctions against sending an envoy, 200 futures. */
const strong: TurningPoint = {
  turn: 3,
  seat: 'us',
  played: 'us.tightenSanctions',
  futures: 200,
  playedEndings: endings({ freeze: 24, statusQuo: 176 }),
  alternatives: [
    {
      move: 'us.sendEnvoy',
      endings: endings({ freeze: 82, statusQuo: 118 }),
      shift: 0.29,
      ending: 'freeze',
      change: { value: 0.29, lo: 0.21, hi: 0.37 },
    },
  ],
};
const weak: TurningPoint = {
  ...strong,
  turn: 5,
  seat: 'dprk',
  played: 'dprk.missileTest',
  playedEndings: endings({ statusQuo: 200 }),
  alternatives: [
    {
      move: 'dprk.reachOutToSeoul',
      endings: endings({ collapse: 4, statusQuo: 196 }),
      shift: 0.02,
      ending: 'collapse',
      change: { value: 0.02, lo: -0.01, hi: 0.05 },
    },
  ],
};
const none: TurningPoint = {
  ...weak,
  turn: 7,
  alternatives: [{ ...weak.alternatives[0]!, endings: endings({ statusQuo: 200 }), shift: 0 }],
};

describe('turning points in words', () => {
  it('tells the strongest point as a counterfactual with both shares and the interval of the difference', () => {
    const [line] = turningLines([strong], 'en');
    expect(line?.date).toBe('March 2025');
    expect(line?.text).toContain('Had Washington played');
    expect(line?.text).toContain('in March 2025');
    expect(line?.text).toContain('in 41% of 200 futures instead of 12%');
    expect(line?.text).toContain('Freeze for relief');
    expect(line?.detail).toBe('Difference +29 points (95%: +21 to +37).');
    expect(line?.clear).toBe(true);
  });

  it('keeps the engine’s order, leaves out moves that changed nothing, stops at `top`, and warns when the interval includes zero', () => {
    const lines = turningLines([strong, weak, none], 'en', 5);
    expect(lines.map((l) => l.turn)).toEqual([3, 5]);
    expect(lines[1]?.clear).toBe(false);
    expect(lines[1]?.detail).toContain('Could be chance');
    expect(turningLines([strong, weak, none], 'en', 1).map((l) => l.turn)).toEqual([3]);
  });

  it('words the same point in German and Korean', () => {
    expect(turningLines([strong], 'de')[0]?.text).toMatch(/^Hätte Washington im März 2025/);
    expect(turningLines([strong], 'ko')[0]?.text).toContain('200개의 미래');
  });

  it('gives the panel a button, progress and status for each state', () => {
    expect(turningPanelVM({ kind: 'idle' }, 'en', 40).action).toBe('Find turning points');
    const running = turningPanelVM({ kind: 'running', done: 30, total: 120 }, 'en');
    expect([running.action, running.running, running.progress]).toEqual(['Cancel', true, 0.25]);
    expect(running.status).toBe('Playing futures… 30 of 120');
    const done = turningPanelVM({ kind: 'done', points: [strong, weak], elapsedMs: 2500, workers: 2 }, 'en');
    expect(done.lines.length).toBe(2);
    expect(done.status).toBe('Moves examined: 2 (2.5 s, 2 workers).');
    const empty = turningPanelVM({ kind: 'done', points: [none], elapsedMs: 100, workers: 1 }, 'en');
    expect(empty.status).toMatch(/^No move changed/);
    expect(turningPanelVM({ kind: 'failed', error: 'boom' }, 'en').status).toContain('boom');
  });

  it('examines the people’s seats, or every seat of a game of bots', () => {
    expect(turningSeats({ seats: { us: 'human', dprk: 'bot:hawk', rok: 'bot:dove' } })).toEqual(['us']);
    expect(turningSeats({ seats: { us: 'bot:hawk', dprk: 'bot:hawk', rok: 'bot:dove' } })).toEqual(['us', 'dprk', 'rok']);
  });
});
