/** Each seat's score against its own objectives (GAME-BRIEF: the same ending can be a win for one seat and a loss for another). */
import { describe, expect, it } from 'vitest';
import { playBotGame } from '../../src/engine/runner';
import { DRAW_SCORE, OBJECTIVES, WIN_SCORE } from '../../src/model/data/scenario';
import { scoreGame, scoreSeat, verdictFor } from '../../src/model/score';
import { createInitialState } from '../../src/model/state';
import { ENDING_IDS, INDICATOR_IDS, SEATS, type EndingId, type GameState } from '../../src/model/types';

function ended(ending: EndingId, edit: (s: GameState) => void = () => {}, scenarioVersion?: number): GameState {
  const s = createInitialState({ seed: 1, scenarioVersion });
  s.ending = ending;
  s.endedOn = 10;
  edit(s);
  return s;
}

const finals = Array.from({ length: 150 }, (_, i) => playBotGame({ seed: 500 + i }).state);

describe('scoreSeat', () => {
  it('gives every seat a whole-number score from 0 to 100 in bot games and at the extremes', () => {
    const extremes = ENDING_IDS.flatMap((e) =>
      [0, 100].map((v) =>
        ended(e, (s) => {
          for (const id of INDICATOR_IDS) s.indicators[id] = v;
          s.statuses.troops = v === 0 ? 0 : 60000;
        }),
      ),
    );
    for (const s of [...finals, ...extremes]) {
      for (const seat of SEATS) {
        const r = scoreSeat(s, seat);
        expect(Number.isInteger(r.score)).toBe(true);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        expect(r.verdict).toBe(verdictFor(r.score));
        for (const o of r.objectives) {
          expect(o.met).toBeGreaterThanOrEqual(0);
          expect(o.met).toBeLessThanOrEqual(1);
        }
      }
    }
  });

  it('scores each seat on its own objectives only', () => {
    const r = scoreGame(finals[0]!);
    for (const seat of SEATS) {
      expect(r[seat].objectives.map((o) => o.id)).toEqual(OBJECTIVES.filter((o) => o.seat === seat).map((o) => o.id));
    }
  });

  it('has verdict bands at the scenario’s thresholds', () => {
    expect(verdictFor(WIN_SCORE)).toBe('win');
    expect(verdictFor(WIN_SCORE - 1)).toBe('draw');
    expect(verdictFor(DRAW_SCORE)).toBe('draw');
    expect(verdictFor(DRAW_SCORE - 1)).toBe('loss');
  });

  it('scores an unfinished game as if it ended in the status quo now', () => {
    const s = createInitialState({ seed: 1 });
    expect(scoreGame(s)).toEqual(scoreGame({ ...s, ending: 'statusQuo' }));
  });

  it('version 1: ranks the same final world by each seat’s own view of the ending', () => {
    const us = (e: EndingId) => scoreSeat(ended(e, undefined, 1), 'us').score;
    const dprk = (e: EndingId) => scoreSeat(ended(e, undefined, 1), 'dprk').score;
    const rok = (e: EndingId) => scoreSeat(ended(e, undefined, 1), 'rok').score;
    // Claim 6a: a legacy deal, denuclearization or at least a freeze.
    expect(us('roadmap')).toBeGreaterThan(us('freeze'));
    expect(us('freeze')).toBeGreaterThan(us('statusQuo'));
    // Claim 7: relief while the arsenal is tacitly accepted.
    expect(dprk('recognition')).toBeGreaterThan(dprk('freeze'));
    expect(dprk('freeze')).toBeGreaterThan(dprk('roadmap'));
    // Claim 11: above all, no recognition of a nuclear North Korea.
    for (const e of ENDING_IDS) if (e !== 'recognition') expect(rok(e)).toBeGreaterThan(rok('recognition'));
  });
});

describe('the same ending, different verdicts', () => {
  it('finds a bot game whose ending is a win for one seat and a loss for another', () => {
    const split = finals.find((s) => {
      const verdicts = SEATS.map((seat) => scoreSeat(s, seat).verdict);
      return verdicts.includes('win') && verdicts.includes('loss');
    });
    expect(split, 'no bot game among seeds 500–649 splits the seats into a winner and a loser').toBeDefined();
    const r = scoreGame(split!);
    console.info(
      `seed ${split!.seed} ends in ${split!.ending}: us ${r.us.score} (${r.us.verdict}), dprk ${r.dprk.score} (${r.dprk.verdict}), rok ${r.rok.score} (${r.rok.verdict})`,
    );
  });
});
