/** The article's conditions for a backchannel (claim 6) and the thresholds at which the tracks move on. */
import { describe, expect, it } from 'vitest';
import * as g from '../../src/model/conditions';
import { createInitialState } from '../../src/model/state';
import type { GameState, Indicators } from '../../src/model/types';

function withIndicators(ind: Partial<Indicators>, edit: (s: GameState) => void = () => {}): GameState {
  const s = createInitialState({ seed: 1 });
  Object.assign(s.indicators, ind);
  edit(s);
  return s;
}

describe('guard predicates sit exactly on their thresholds', () => {
  it('claim 6a: the President is determined from 50', () => {
    expect(g.DETERMINATION_FOR_ENVOY).toBe(50);
    expect(g.presidentDetermined(withIndicators({ determination: 50 }))).toBe(true);
    expect(g.presidentDetermined(withIndicators({ determination: 49 }))).toBe(false);
  });

  it('claim 6b: public talks are feasible only while opposition is below 45', () => {
    expect(g.publicTalksFeasible(withIndicators({ usOpposition: 44 }))).toBe(true);
    expect(g.publicTalksFeasible(withIndicators({ usOpposition: 45 }))).toBe(false);
  });

  it('claim 6c: Pyongyang responds from trust 20, unless overconfident (85 and up)', () => {
    expect(g.pyongyangReceptive(withIndicators({ trust: 20, dprkConfidence: 84 }))).toBe(true);
    expect(g.pyongyangReceptive(withIndicators({ trust: 19, dprkConfidence: 50 }))).toBe(false);
    expect(g.pyongyangReceptive(withIndicators({ trust: 90, dprkConfidence: 85 }))).toBe(false);
  });

  it('formal talks from trust 40; a summit from trust 50 with determination 60', () => {
    expect(g.readyForFormalTalks(withIndicators({ trust: 40 }))).toBe(true);
    expect(g.readyForFormalTalks(withIndicators({ trust: 39 }))).toBe(false);
    expect(g.readyForSummit(withIndicators({ trust: 50, determination: 60 }))).toBe(true);
    expect(g.readyForSummit(withIndicators({ trust: 49, determination: 90 }))).toBe(false);
    expect(g.readyForSummit(withIndicators({ trust: 90, determination: 59 }))).toBe(false);
  });

  it('an exposed channel dies from opposition 78', () => {
    expect(g.exposureFatal(withIndicators({ usOpposition: 78 }))).toBe(true);
    expect(g.exposureFatal(withIndicators({ usOpposition: 77 }))).toBe(false);
  });

  it('a Ukraine push settles the war only after two months of talks and with determination 55', () => {
    const at = (turns: number, determination: number) =>
      g.ukraineTalksMatured(
        withIndicators({ determination }, (s) => {
          s.trackTurns.ukraine = turns;
        }),
      );
    expect(at(2, 55)).toBe(true);
    expect(at(1, 90)).toBe(false);
    expect(at(5, 54)).toBe(false);
  });
});

describe('backchannelConditions', () => {
  it('reports the three conditions as they stand', () => {
    const start = createInitialState({ seed: 1 });
    // January 2025: a determined President (62), strong opposition (68), no answer from Pyongyang yet.
    expect(g.backchannelConditions(start)).toEqual({ determination: true, opposition: true, response: false });
    const answered = withIndicators({ determination: 30, usOpposition: 20 }, (s) => {
      s.moves = [{ turn: 2, seat: 'dprk', move: 'dprk.respondChannel', secret: true, reason: '' }];
    });
    expect(g.backchannelConditions(answered)).toEqual({ determination: false, opposition: false, response: true });
  });
});
