/**
 * The article's causal claims that need an intervention during play rather than a what-if start:
 * two arms of 500 seeded games each (default bots, dealmaker, in every seat), on disjoint seed
 * ranges, built with the runner (`createGame`, a seat's view, `chooseMove`, `play`, `inject`).
 * A claim holds if its statistic clears 3; each test prints its effect size. See claims.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { chooseMove, type BotChoice } from '../../src/bots/choose';
import { logReason } from '../../src/i18n/log';
import { createGame } from '../../src/engine/runner';
import type { TableAction } from '../../src/model/table';
import { SEATS, type GameState, type IndicatorId } from '../../src/model/types';
import { playerView, type PlayerView } from '../../src/model/view';
import { twoProportionZ, welchT } from '../helpers/stats';

const GAMES = 500;
const ARM_A = 30_000;
const ARM_B = 40_000;
const DEALS = new Set(['roadmap', 'freeze', 'recognition']);
const finalOf = (games: GameState[], id: IndicatorId) => games.map((s) => s.indicators[id]);
const f1 = (x: number) => x.toFixed(1);

/**
 * A game played through the runner: `usChoice` may replace Washington's bot, and `beforeMonth`
 * may act at the start of each month (inject an event).
 */
/** A move with its reason in the log's words, as the runner records a bot's. */
type Choice = { move: string; reason: string; table?: TableAction };
const worded = (c: BotChoice): Choice => ({ move: c.move, reason: logReason(c.reason), ...(c.table ? { table: c.table } : {}) });

function playGame(
  seed: number,
  usChoice: (view: PlayerView) => Choice = (v) => worded(chooseMove(v, 'dealmaker')),
  beforeMonth: (game: ReturnType<typeof createGame>) => void = () => {},
  scenarioVersion?: number,
): GameState {
  const game = createGame({
    seed,
    seats: { us: 'human', dprk: 'bot:dealmaker', rok: 'bot:dealmaker' },
    ...(scenarioVersion ? { scenarioVersion } : {}),
  });
  while (!game.ended()) {
    beforeMonth(game);
    for (const seat of SEATS) {
      // The brief view is what the runner's own bots see.
      const view = playerView(game.state(), seat, { brief: true });
      const c = seat === 'us' ? usChoice(view) : worded(chooseMove(view, 'dealmaker'));
      const r = game.play(seat, c.move, c.reason, c.table);
      if (!r.ok) throw new Error(r.error);
    }
  }
  const final = game.state();
  game.stop();
  return final;
}

describe('causal claims of the article: interventions', () => {
  it('claim 11: recognizing North Korea as a nuclear state raises support for Seoul’s own bomb', () => {
    // Arm A: Washington recognizes whenever it may, and otherwise plays its default bot.
    // Arm B: the default bot, which is never offered recognition.
    const recognize = (v: PlayerView): Choice =>
      v.legal.some((m) => m.id === 'us.recognizeNuclearStatus')
        ? { move: 'us.recognizeNuclearStatus', reason: 'experiment: recognize' }
        : worded(chooseMove(v, 'dealmaker'));
    const never = (v: PlayerView): Choice =>
      worded(chooseMove({ ...v, legal: v.legal.filter((m) => m.id !== 'us.recognizeNuclearStatus') }, 'dealmaker'));
    // Pinned to scenario version 2, which has the recognition card; version 3 puts recognition on
    // the negotiation table (a term), and its version of this experiment comes with the bargaining bots.
    const a = Array.from({ length: GAMES }, (_, i) => playGame(ARM_A + i, recognize, undefined, 2));
    const b = Array.from({ length: GAMES }, (_, i) => playGame(ARM_B + i, never, undefined, 2));
    const recognized = a.filter((s) => s.used.includes('us.recognizeNuclearStatus')).length;
    expect(b.some((s) => s.used.includes('us.recognizeNuclearStatus'))).toBe(false);
    const r = welchT(finalOf(a, 'rokNukeSupport'), finalOf(b, 'rokNukeSupport'));
    console.info(
      `recognition (played in ${recognized}/${GAMES} games) vs never: final rokNukeSupport ${f1(r.meanA)} vs ${f1(r.meanB)} (${f1(r.diff)}), Welch t = ${r.t.toFixed(2)}`,
    );
    expect(recognized).toBeGreaterThan(GAMES / 10);
    expect(r.t).toBeGreaterThan(3);
  });

  it('claim 3: a leaked channel makes formal talks and deals harder to reach', () => {
    const early = new Set(['secretEnvoy', 'exploratory']);
    const reached = (s: GameState) => DEALS.has(s.ending!) || s.news.some((n) => n.id === 'stage.negotiation.formal');
    let leaks = 0;
    // Arm A: a leak is injected at the start of the first month in which the channel is open but talks are not yet formal.
    const a = Array.from({ length: GAMES }, (_, i) => {
      let leaked = false;
      return playGame(ARM_A + i, undefined, (game) => {
        if (leaked || !early.has(game.state().tracks.negotiation)) return;
        const r = game.inject('leak');
        if (!r.ok) throw new Error(r.error);
        leaked = true;
        leaks++;
      });
    });
    const b = Array.from({ length: GAMES }, (_, i) => playGame(ARM_B + i));
    const ra = a.filter(reached).length;
    const rb = b.filter(reached).length;
    const r = twoProportionZ(rb, GAMES, ra, GAMES);
    console.info(
      `no leak vs leak (injected in ${leaks}/${GAMES} games): formal talks or a deal in ${rb}/${GAMES} vs ${ra}/${GAMES} (${f1(100 * r.diff)} points), z = ${r.z.toFixed(2)}`,
    );
    expect(leaks).toBeGreaterThan(GAMES / 2);
    expect(r.z).toBeGreaterThan(3);
  });
});
