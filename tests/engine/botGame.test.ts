/**
 * Games played without an actor (src/engine/botGame.ts) are the runner's games: for many seeds,
 * every scenario version, every fixed personality and what-if starts, the final state and the log
 * equal those of `createGame(…).runBots()`; the lab's arms with interventions equal `armGame`'s,
 * and the turning points' futures equal futures played by an actor from the base's snapshot.
 */
import { describe, expect, it } from 'vitest';
import { FIXED_BOTS } from '../../src/bots/personalities';
import { playBots } from '../../src/engine/botGame';
import { counterfactualContext, freshRng, planCounterfactual, runCounterfactualJob } from '../../src/engine/counterfactual';
import { foldSave } from '../../src/engine/fold';
import { armGame, playArmGame } from '../../src/engine/lab';
import { parseLabSpec } from '../../src/engine/labSpec';
import { createGame, playBotGame } from '../../src/engine/runner';
import { rulesetFor } from '../../src/engine/rulesets';
import { LAB_PRESETS } from '../../src/model/data/labPresets';
import { SUPPORTED_VERSIONS } from '../../src/model/ruleset';
import { createInitialState, type NewGameInput } from '../../src/model/state';
import { ENDING_IDS, SEATS, type GameState } from '../../src/model/types';

const OVERRIDES: NewGameInput['overrides'][] = [
  undefined,
  { determination: 80 },
  { ukraine: 'settled', trust: 30 },
  { seoulGovernment: 'liberal' },
];

/** What no rule reads: the ending, indicators, statuses, stages, news and the month-by-month record. */
const outcome = (s: GameState) => ({
  ending: s.ending,
  endedOn: s.endedOn,
  indicators: s.indicators,
  tracks: s.tracks,
  news: s.news,
  history: s.history,
});

describe('a game played without an actor', () => {
  it('is the runner’s game, state and log, over many seeds, every scenario version, bots and what-if starts', () => {
    const endings = new Set<string>();
    for (const version of SUPPORTED_VERSIONS) {
      for (let i = 0; i < 16; i++) {
        const seed = 4000 + version * 100 + i;
        const bot = (k: number) => `bot:${FIXED_BOTS[(i + k * (version + 1)) % FIXED_BOTS.length]}` as const;
        const input: NewGameInput = {
          seed,
          scenarioVersion: version,
          seats: { us: bot(0), dprk: bot(1), rok: bot(2) },
          overrides: OVERRIDES[i % OVERRIDES.length],
          maxTurns: i % 5 === 0 ? 9 : 24,
        };
        const game = createGame(input);
        game.runBots();
        const fast = playBotGame(input);
        expect(fast.state).toEqual(game.state());
        expect(fast.actions).toEqual(game.actions());
        // Without worded reasons only the moves' records differ.
        expect(outcome(playBotGame(input, { reasons: false }).state)).toEqual(outcome(game.state()));
        endings.add(game.state().ending ?? '');
        game.stop();
      }
    }
    expect(endings.size).toBeGreaterThanOrEqual(3);
  });

  it('stops where the runner’s bots stop when a seat is a person’s', () => {
    const input: NewGameInput = { seed: 12, seats: { us: 'human', dprk: 'bot:hawk', rok: 'bot:dove' } };
    const game = createGame(input);
    game.runBots();
    expect(playBots(createInitialState(input))).toEqual(game.state());
    game.stop();
  });
});

describe('a lab arm played without an actor', () => {
  it('is armGame’s game for every preset’s arms (forbid, prefer, inject) and every scenario version', () => {
    let interventions = 0;
    for (const preset of LAB_PRESETS) {
      for (const version of SUPPORTED_VERSIONS) {
        // A preset whose moves a version does not have is refused for it.
        const parsed = parseLabSpec({ ...(preset.spec as object), scenarioVersion: version });
        if (!parsed.ok) continue;
        const s = parsed.value;
        for (const arm of s.arms) {
          if (arm.forbid.length > 0 || arm.prefer.length > 0 || arm.inject) interventions++;
          for (let seed = 1; seed <= 3; seed++) {
            const game = armGame(s, arm, seed + version * 10);
            expect(playArmGame(s, arm, seed + version * 10)).toEqual(game.state());
            expect(outcome(playArmGame(s, arm, seed + version * 10, false))).toEqual(outcome(game.state()));
            game.stop();
          }
        }
      }
    }
    expect(interventions).toBeGreaterThanOrEqual(4);
  });
});

describe('a turning point’s future played without an actor', () => {
  it('ends as the future an actor plays from the same month, moves and fresh chance', () => {
    for (const version of SUPPORTED_VERSIONS) {
      const g = createGame({
        seed: 30 + version,
        scenarioVersion: version,
        seats: { us: 'bot:dealmaker', dprk: 'bot:hawk', rok: 'bot:dove' },
      });
      g.runBots();
      const save = g.save();
      g.stop();
      const ctx = counterfactualContext(save);
      if (!ctx.ok) throw new Error(ctx.error);
      const turns = [2, Math.max(2, Math.floor(save.actions.length / 6))];
      const plan = planCounterfactual(ctx.value, { futures: 3, turns });
      if (!plan.ok) throw new Error(plan.error);
      const ruleset = rulesetFor(save.scenario)!;
      for (const job of plan.value.jobs.filter((_, i) => i % 3 === 0)) {
        const fast = runCounterfactualJob(ctx.value, job, 0, 3);
        const bot = 'bot:dealmaker' as const;
        const folded = foldSave(save, { to: job.turn - 1, seats: { us: bot, dprk: bot, rok: bot } });
        if (!folded.ok) throw new Error('fold');
        const snap = folded.value.game.snapshot() as { context: GameState };
        const input = folded.value.game.input;
        folded.value.game.stop();
        const sealed = save.actions.filter((a) => a.turn === job.turn);
        const slow = [0, 1, 2].map((k) => {
          const game = createGame(input, {
            ruleset,
            snapshot: { ...snap, context: { ...snap.context, rng: freshRng(save.seed, job.turn, k) } },
          });
          for (const a of sealed) expect(game.play(a.seat, job.seat === a.seat ? (job.move as string) : a.move).ok).toBe(true);
          game.runBots();
          const e = ENDING_IDS.indexOf(game.state().ending ?? 'statusQuo');
          game.stop();
          return e;
        });
        expect(fast).toEqual(slow);
      }
    }
    expect(SEATS.length).toBe(3);
  });
});
