/**
 * The lab's runner: plays a range of seeds in every arm of a spec and keeps only sufficient
 * statistics of whole numbers (ending counts, histograms of final indicators and scores, sums of
 * the measure and of its paired differences against the first arm). Partial results of any split
 * of the seeds merge exactly (`mergeLabPartials`), so the summary never depends on how many
 * workers played, or in which order their parts arrived. Pure and deterministic.
 */
import { chooseMove } from '../bots/choose';
import { logReason } from '../i18n/log';
import { injectEvent } from '../model/resolve';
import { rulesFor } from '../model/ruleset';
import { scoreGame } from '../model/score';
import { createInitialState } from '../model/state';
import { playerView } from '../model/view';
import { ENDING_IDS, INDICATOR_IDS, SEATS, type EndingId, type GameState, type IndicatorId, type Seat } from '../model/types';
import { addMoment, emptyHistogram, emptyMoments, mergeHistograms, mergeMoments, type Moments } from './labStats';
import type { LabArm, LabMeasure, LabSpec } from './labSpec';
import { botOf, playBots, sealChecked } from './botGame';
import { closeMonth } from './month';
import { createGame, type GameRunner } from './runner';

/** Measures averaged over the game are kept in hundredths, so every sum stays a whole number. */
export const MEASURE_SCALE: Record<'share' | 'final' | 'game', number> = { share: 1, final: 1, game: 100 };

export interface ArmPartial {
  games: number;
  endings: Record<EndingId, number>;
  turns: number;
  /** Per indicator, a histogram of final values 0..100. */
  finals: Record<IndicatorId, number[]>;
  /** Per seat, a histogram of scores 0..100. */
  scores: Record<Seat, number[]>;
  measure: Moments;
  /** Per ending, the lowest seed that ended so (sample games to open in the viewer). */
  samples: Partial<Record<EndingId, number>>;
}

export interface PairedPartial {
  /** Moments of (this arm − first arm), game by game on the same seed. */
  measure: Moments;
  endings: Record<EndingId, Moments>;
  finals: Record<IndicatorId, Moments>;
  scores: Record<Seat, Moments>;
}

export interface LabPartial {
  /** The seed offsets played: [from, to) of 0..games. Parts merge when they are disjoint. */
  ranges: [number, number][];
  arms: ArmPartial[];
  /** One per arm after the first. */
  paired: PairedPartial[];
}

const byEnding = <T>(f: () => T) => Object.fromEntries(ENDING_IDS.map((e) => [e, f()])) as Record<EndingId, T>;
const byIndicator = <T>(f: () => T) => Object.fromEntries(INDICATOR_IDS.map((i) => [i, f()])) as Record<IndicatorId, T>;
const bySeat = <T>(f: () => T) => Object.fromEntries(SEATS.map((s) => [s, f()])) as Record<Seat, T>;

function emptyArm(): ArmPartial {
  return {
    games: 0,
    endings: byEnding(() => 0),
    turns: 0,
    finals: byIndicator(() => emptyHistogram(101)),
    scores: bySeat(() => emptyHistogram(101)),
    measure: emptyMoments(),
    samples: {},
  };
}

function emptyPaired(): PairedPartial {
  return { measure: emptyMoments(), endings: byEnding(emptyMoments), finals: byIndicator(emptyMoments), scores: bySeat(emptyMoments) };
}

export function emptyLabPartial(spec: LabSpec): LabPartial {
  return { ranges: [], arms: spec.arms.map(emptyArm), paired: spec.arms.slice(1).map(emptyPaired) };
}

/** Whether a track is at a stage (`negotiation.exploratory`). */
function atStage(s: GameState, key: string): boolean {
  const dot = key.indexOf('.');
  return (s.tracks as unknown as Record<string, string>)[key.slice(0, dot)] === key.slice(dot + 1);
}

/**
 * Plays one game of an arm and returns its runner (stopped by the caller): with `checkpoints`, its
 * save opens in the replay viewer. Arms without interventions play exactly as `sim` does.
 */
export function armGame(spec: LabSpec, arm: LabArm, seed: number, checkpoints = false): GameRunner {
  const input = { seed, seats: arm.seats, maxTurns: spec.months, overrides: arm.set, scenarioVersion: spec.scenarioVersion };
  const game = createGame(input, { checkpoints });
  if (arm.forbid.length === 0 && arm.prefer.length === 0 && !arm.inject) {
    game.runBots();
    return game;
  }
  const forbid = new Set(arm.forbid);
  let injected = false;
  while (!game.ended()) {
    const s = game.state();
    if (arm.inject && !injected && arm.inject.when.some((key) => atStage(s, key))) {
      const r = game.inject(arm.inject.event);
      if (!r.ok) throw new Error(r.error);
      injected = true;
    }
    const turn = s.turn;
    for (const seat of SEATS) {
      const view = game.view(seat, { brief: true });
      const legal = view.legal.filter((m) => !forbid.has(m.id));
      const preferred = arm.prefer.find((id) => legal.some((m) => m.id === id));
      let move: string;
      let reason: string;
      if (preferred) [move, reason] = [preferred, 'experiment: preferred move'];
      else {
        const c = chooseMove({ ...view, legal: legal.length > 0 ? legal : view.legal }, botOf(s, seat) ?? 'dealmaker');
        [move, reason] = [c.move, logReason(c.reason)];
      }
      const r = game.play(seat, move, reason);
      if (!r.ok) throw new Error(r.error);
      if (game.ended() || game.state().turn !== turn) break;
    }
  }
  return game;
}

/**
 * Plays one game of an arm to its final state: the state `armGame` reaches, played without an actor
 * (botGame.ts; tests/engine/botGame.test.ts holds the two together). Without `reasons` the bots'
 * reasons are left unworded (the lab's counts never read them).
 */
export function playArmGame(spec: LabSpec, arm: LabArm, seed: number, reasons = true): GameState {
  const input = { seed, seats: arm.seats, maxTurns: spec.months, overrides: arm.set, scenarioVersion: spec.scenarioVersion };
  let s = createInitialState(input);
  if (arm.forbid.length === 0 && arm.prefer.length === 0 && !arm.inject) return playBots(s, { reasons });
  const forbid = new Set(arm.forbid);
  let injected = false;
  while (s.endedOn === null) {
    if (arm.inject && !injected && arm.inject.when.some((key) => atStage(s, key))) {
      // As the runner's `inject`: refused for an unknown event or a game that is over.
      if (s.ending !== null || !rulesFor(s.scenario).eventsById[arm.inject.event])
        throw new Error(`Unknown event "${arm.inject.event}" or the game is over.`);
      s = injectEvent(s, arm.inject.event);
      injected = true;
    }
    const turn = s.turn;
    for (const seat of SEATS) {
      const view = playerView(s, seat, { brief: true });
      const legal = view.legal.filter((m) => !forbid.has(m.id));
      const preferred = arm.prefer.find((id) => legal.some((m) => m.id === id));
      let move: string;
      let reason = '';
      if (preferred) [move, reason] = [preferred, 'experiment: preferred move'];
      else {
        const c = chooseMove({ ...view, legal: legal.length > 0 ? legal : view.legal }, botOf(s, seat) ?? 'dealmaker');
        move = c.move;
        if (reasons) reason = logReason(c.reason);
      }
      // The runner's `play` without a table action, as `armGame` seals it.
      s = sealChecked(s, seat, move, reason);
      if (SEATS.every((x) => s.pending[x] !== undefined)) s = closeMonth(s);
      if (s.endedOn !== null || s.turn !== turn) break;
    }
  }
  return s;
}

/** The measure of one finished game, as a whole number (hundredths for averages over the game). */
export function measureOf(m: LabMeasure, s: GameState): number {
  if (m.kind === 'share') {
    if (s.ending !== null && m.endings.includes(s.ending)) return 1;
    return m.reached.some((key) => s.news.some((n) => n.id === `stage.${key}`)) ? 1 : 0;
  }
  if (m.over === 'final') return s.indicators[m.indicator];
  const months = s.history.length;
  const sum = s.history.reduce((a, h) => a + h.indicators[m.indicator], 0);
  return months === 0 ? s.indicators[m.indicator] * 100 : Math.round((sum * 100) / months);
}

/** Plays seed offsets [from, to) of every arm. Pure: the same arguments give the same partial. */
export function runLabRange(
  spec: LabSpec,
  from: number,
  to: number,
  onGame?: (arm: number, seed: number, state: GameState) => void,
): LabPartial {
  const out = emptyLabPartial(spec);
  const lo = Math.max(0, Math.min(from, spec.games));
  const hi = Math.max(lo, Math.min(to, spec.games));
  if (hi > lo) out.ranges.push([lo, hi]);
  for (let i = lo; i < hi; i++) {
    const seed = (spec.seed + i) >>> 0;
    const finals = spec.arms.map((arm, a) => {
      const s = playArmGame(spec, arm, seed, false);
      onGame?.(a, seed, s);
      return { state: s, scores: scoreGame(s), measure: measureOf(spec.measure, s) };
    });
    finals.forEach((f, a) => {
      const p = out.arms[a] as ArmPartial;
      const ending = f.state.ending ?? 'statusQuo';
      p.games++;
      p.endings[ending]++;
      p.turns += f.state.endedOn ?? f.state.turn;
      for (const id of INDICATOR_IDS) (p.finals[id][f.state.indicators[id]] as number)++;
      for (const seat of SEATS) (p.scores[seat][f.scores[seat].score] as number)++;
      addMoment(p.measure, f.measure);
      if (p.samples[ending] === undefined) p.samples[ending] = seed;
      if (a === 0) return;
      const base = finals[0] as (typeof finals)[number];
      const d = out.paired[a - 1] as PairedPartial;
      addMoment(d.measure, f.measure - base.measure);
      const baseEnding = base.state.ending ?? 'statusQuo';
      for (const e of ENDING_IDS) addMoment(d.endings[e], (ending === e ? 1 : 0) - (baseEnding === e ? 1 : 0));
      for (const id of INDICATOR_IDS) addMoment(d.finals[id], f.state.indicators[id] - base.state.indicators[id]);
      for (const seat of SEATS) addMoment(d.scores[seat], f.scores[seat].score - base.scores[seat].score);
    });
  }
  return out;
}

function mergeArm(a: ArmPartial, b: ArmPartial): ArmPartial {
  // Keys in the endings' order, whichever part arrived first: the JSON is the same for any split.
  const samples: ArmPartial['samples'] = {};
  for (const e of ENDING_IDS) {
    const x = a.samples[e];
    const y = b.samples[e];
    if (x !== undefined || y !== undefined) samples[e] = Math.min(x ?? Infinity, y ?? Infinity);
  }
  return {
    games: a.games + b.games,
    endings: byEndingFrom((e) => a.endings[e] + b.endings[e]),
    turns: a.turns + b.turns,
    finals: byIndicatorFrom((id) => mergeHistograms(a.finals[id], b.finals[id])),
    scores: bySeatFrom((s) => mergeHistograms(a.scores[s], b.scores[s])),
    measure: mergeMoments(a.measure, b.measure),
    samples,
  };
}

const byEndingFrom = <T>(f: (e: EndingId) => T) => Object.fromEntries(ENDING_IDS.map((e) => [e, f(e)])) as Record<EndingId, T>;
const byIndicatorFrom = <T>(f: (i: IndicatorId) => T) => Object.fromEntries(INDICATOR_IDS.map((i) => [i, f(i)])) as Record<IndicatorId, T>;
const bySeatFrom = <T>(f: (s: Seat) => T) => Object.fromEntries(SEATS.map((s) => [s, f(s)])) as Record<Seat, T>;

function mergePaired(a: PairedPartial, b: PairedPartial): PairedPartial {
  return {
    measure: mergeMoments(a.measure, b.measure),
    endings: byEndingFrom((e) => mergeMoments(a.endings[e], b.endings[e])),
    finals: byIndicatorFrom((i) => mergeMoments(a.finals[i], b.finals[i])),
    scores: bySeatFrom((s) => mergeMoments(a.scores[s], b.scores[s])),
  };
}

/** Adds two partial results of the same spec. Throws if their seed ranges overlap (a game counted twice). */
export function mergeLabPartials(a: LabPartial, b: LabPartial): LabPartial {
  for (const [f1, t1] of a.ranges)
    for (const [f2, t2] of b.ranges) if (f1 < t2 && f2 < t1) throw new Error(`lab parts overlap: seeds ${f1}–${t1} and ${f2}–${t2}`);
  const ranges = [...a.ranges, ...b.ranges].sort((x, y) => x[0] - y[0]);
  // Adjacent ranges join, so a finished run reads [[0, games]] however it was split.
  const joined: [number, number][] = [];
  for (const r of ranges) {
    const last = joined[joined.length - 1];
    if (last && last[1] === r[0]) last[1] = r[1];
    else joined.push([r[0], r[1]]);
  }
  return {
    ranges: joined,
    arms: a.arms.map((x, i) => mergeArm(x, b.arms[i] as ArmPartial)),
    paired: a.paired.map((x, i) => mergePaired(x, b.paired[i] as PairedPartial)),
  };
}

/** Splits the seed offsets 0..games into chunks of at most `size` (work items for workers). */
export function labChunks(games: number, size: number): [number, number][] {
  const out: [number, number][] = [];
  const step = Math.max(1, Math.floor(size));
  for (let f = 0; f < games; f += step) out.push([f, Math.min(games, f + step)]);
  return out;
}

/** Plays a whole spec in one go (tests, small runs); adapters split it across workers. */
export function runLab(spec: LabSpec): LabPartial {
  return runLabRange(spec, 0, spec.games);
}
