/**
 * A lab experiment: two or more arms played on the same seeds (common random numbers), so the
 * arms differ only by their cause. An arm is a what-if start (as `sim --set`), seat bots, and
 * optionally an intervention during play (a move a seat never plays or always plays when it may,
 * an event injected once a track reaches a stage). `parseLabSpec` checks a spec from a file, a
 * link or a form against the rules of the scenario version it names (default: the current one)
 * and says what is wrong in one readable line.
 */
import { isBotName, BOT_NAMES } from '../bots/personalities';
import { parseOverride, type Overrides } from '../model/overrides';
import { err, ok, type Result } from '../model/result';
import { rulesFor, supportsScenario, type Ruleset } from '../model/ruleset';
import { ENDING_IDS, INDICATOR_IDS, SEATS, type EndingId, type IndicatorId, type Seat, type SeatControllers } from '../model/types';
import { CURRENT_RULESET, RULESETS } from './rulesets';

/** What an experiment compares between its arms, game by game. */
export type LabMeasure =
  /** The share of games that end in one of `endings` or reach one of the track stages (`negotiation.formal`). */
  | { kind: 'share'; endings: EndingId[]; reached: string[] }
  /** An indicator at the end (`final`) or averaged over the months played (`game`). */
  | { kind: 'indicator'; indicator: IndicatorId; over: 'final' | 'game' };

export interface LabArm {
  label: string;
  /** What-if start: indicator or status → value, as `sim --set ID=VALUE`. */
  set: Overrides;
  /** Seat bots for this arm (default: the spec's). */
  seats: SeatControllers;
  /** Moves no seat plays in this arm. */
  forbid: string[];
  /** Moves their seat plays whenever they are legal. */
  prefer: string[];
  /** An event injected at the start of the first month in which a track is at one of the stages. */
  inject: { event: string; when: string[] } | null;
}

export interface LabSpec {
  /** Games per arm: game i of every arm is played with seed `seed + i`. */
  games: number;
  seed: number;
  /** Turn limit (months). */
  months: number;
  scenarioVersion: number;
  measure: LabMeasure;
  arms: LabArm[];
}

export const LAB_LIMITS = { games: 1_000_000, arms: 6, months: 200, label: 60 } as const;
export const DEAL_ENDINGS: EndingId[] = ['roadmap', 'freeze', 'recognition'];
export const DEFAULT_MEASURE: LabMeasure = { kind: 'share', endings: DEAL_ENDINGS, reached: [] };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function wholeNumber(x: unknown, what: string, min: number, max: number, fallback: number): Result<number> {
  if (x === undefined) return ok(fallback);
  if (typeof x !== 'number' || !Number.isInteger(x) || x < min || x > max) return err(`${what} takes a whole number from ${min} to ${max}`);
  return ok(x);
}

function stringList(x: unknown, what: string, allowed: (s: string) => boolean, hint: string): Result<string[]> {
  if (x === undefined) return ok([]);
  if (!Array.isArray(x) || x.some((s) => typeof s !== 'string')) return err(`${what} takes a list of names`);
  const bad = (x as string[]).find((s) => !allowed(s));
  return bad === undefined ? ok([...(x as string[])]) : err(`${what}: "${bad}" is not ${hint}`);
}

function parseSeats(x: unknown, what: string, base: SeatControllers): Result<SeatControllers> {
  if (x === undefined) return ok(base);
  if (!isRecord(x)) return err(`${what} takes an object like {"us": "hawk"}`);
  const out = { ...base };
  for (const [k, v] of Object.entries(x)) {
    if (!(SEATS as readonly string[]).includes(k)) return err(`${what}: unknown seat "${k}" (use ${SEATS.join(', ')})`);
    if (typeof v !== 'string' || !isBotName(v)) return err(`${what}.${k} takes one of ${BOT_NAMES.join(', ')}`);
    out[k as Seat] = `bot:${v}`;
  }
  return ok(out);
}

function parseMeasure(x: unknown, rules: Ruleset): Result<LabMeasure> {
  if (x === undefined) return ok(DEFAULT_MEASURE);
  if (!isRecord(x)) return err('measure takes an object');
  if (x.kind === 'share') {
    const endings = stringList(x.endings, 'measure.endings', (s) => (ENDING_IDS as readonly string[]).includes(s), 'an ending');
    if (!endings.ok) return endings;
    const reached = stringList(x.reached, 'measure.reached', (s) => s in rules.stagesByKey, 'a track stage such as negotiation.formal');
    if (!reached.ok) return reached;
    if (endings.value.length + reached.value.length === 0) return err('measure: a share needs endings or stages reached');
    return ok({ kind: 'share', endings: endings.value as EndingId[], reached: reached.value });
  }
  if (x.kind === 'indicator') {
    if (typeof x.indicator !== 'string' || !(INDICATOR_IDS as readonly string[]).includes(x.indicator))
      return err(`measure.indicator takes one of ${INDICATOR_IDS.join(', ')}`);
    const over = x.over ?? 'final';
    if (over !== 'final' && over !== 'game') return err('measure.over takes "final" or "game"');
    return ok({ kind: 'indicator', indicator: x.indicator as IndicatorId, over });
  }
  return err('measure.kind takes "share" or "indicator"');
}

function parseArm(x: unknown, i: number, rules: Ruleset, seats: SeatControllers): Result<LabArm> {
  const at = `arms[${i}]`;
  if (!isRecord(x)) return err(`${at} takes an object`);
  for (const k of Object.keys(x))
    if (!['label', 'set', 'seats', 'forbid', 'prefer', 'inject'].includes(k)) return err(`${at}: unknown field "${k}"`);
  const label = x.label ?? String.fromCharCode(65 + i);
  if (typeof label !== 'string' || label.trim() === '' || label.length > LAB_LIMITS.label)
    return err(`${at}.label takes a name of 1 to ${LAB_LIMITS.label} characters`);
  let set: Overrides = {};
  if (x.set !== undefined) {
    if (!isRecord(x.set)) return err(`${at}.set takes an object like {"determination": 80}`);
    for (const [id, v] of Object.entries(x.set)) {
      if (typeof v !== 'string' && typeof v !== 'number') return err(`${at}.set.${id} takes a number or a name`);
      const r = parseOverride(`${id}=${v}`, set);
      if (!r.ok) return err(`${at}.set: ${r.error}`);
      set = r.value;
    }
  }
  const armSeats = parseSeats(x.seats, `${at}.seats`, seats);
  if (!armSeats.ok) return armSeats;
  const isMove = (s: string) => s in rules.movesById;
  const forbid = stringList(x.forbid, `${at}.forbid`, isMove, 'a move of this scenario version');
  if (!forbid.ok) return forbid;
  const prefer = stringList(x.prefer, `${at}.prefer`, isMove, 'a move of this scenario version');
  if (!prefer.ok) return prefer;
  let inject: LabArm['inject'] = null;
  if (x.inject !== undefined) {
    if (!isRecord(x.inject) || typeof x.inject.event !== 'string') return err(`${at}.inject takes {"event": "leak", "when": [...]}`);
    if (!(x.inject.event in rules.eventsById))
      return err(`${at}.inject.event: "${x.inject.event}" is not an event of this scenario version`);
    const when = stringList(
      x.inject.when,
      `${at}.inject.when`,
      (s) => s in rules.stagesByKey,
      'a track stage such as negotiation.exploratory',
    );
    if (!when.ok) return when;
    inject = { event: x.inject.event, when: when.value };
  }
  return ok({ label: label.trim(), set, seats: armSeats.value, forbid: forbid.value, prefer: prefer.value, inject });
}

/** Checks a lab spec (parsed JSON) and fills its defaults. Never throws. */
export function parseLabSpec(x: unknown): Result<LabSpec> {
  if (!isRecord(x)) return err('a lab spec is a JSON object with "arms"');
  for (const k of Object.keys(x))
    if (!['games', 'seed', 'months', 'scenarioVersion', 'seats', 'measure', 'arms'].includes(k)) return err(`unknown field "${k}"`);
  const games = wholeNumber(x.games, 'games', 1, LAB_LIMITS.games, 500);
  if (!games.ok) return games;
  const seed = wholeNumber(x.seed, 'seed', 0, 4294967295, 1);
  if (!seed.ok) return seed;
  const months = wholeNumber(x.months, 'months', 1, LAB_LIMITS.months, 24);
  if (!months.ok) return months;
  const version = x.scenarioVersion ?? CURRENT_RULESET.scenario.version;
  const scenario = { id: CURRENT_RULESET.scenario.id, version: version as number };
  if (typeof version !== 'number' || !supportsScenario(scenario))
    return err(`scenarioVersion takes one of ${RULESETS.map((r) => r.scenario.version).join(', ')}`);
  const rules = rulesFor(scenario);
  const seats = parseSeats(x.seats, 'seats', { us: 'bot:dealmaker', dprk: 'bot:dealmaker', rok: 'bot:dealmaker' });
  if (!seats.ok) return seats;
  const measure = parseMeasure(x.measure, rules);
  if (!measure.ok) return measure;
  if (!Array.isArray(x.arms) || x.arms.length < 2 || x.arms.length > LAB_LIMITS.arms)
    return err(`arms takes a list of 2 to ${LAB_LIMITS.arms} arms`);
  const arms: LabArm[] = [];
  for (const [i, a] of x.arms.entries()) {
    const r = parseArm(a, i, rules, seats.value);
    if (!r.ok) return r;
    arms.push(r.value);
  }
  return ok({ games: games.value, seed: seed.value, months: months.value, scenarioVersion: version, measure: measure.value, arms });
}

/** The spec as plain JSON that `parseLabSpec` reads back to the same spec (for files and links). */
export function labSpecJson(spec: LabSpec): Record<string, unknown> {
  return {
    games: spec.games,
    seed: spec.seed,
    months: spec.months,
    scenarioVersion: spec.scenarioVersion,
    measure: spec.measure,
    arms: spec.arms.map((a) => ({
      label: a.label,
      set: a.set,
      seats: Object.fromEntries(SEATS.map((s) => [s, a.seats[s].slice(4)])),
      ...(a.forbid.length ? { forbid: a.forbid } : {}),
      ...(a.prefer.length ? { prefer: a.prefer } : {}),
      ...(a.inject ? { inject: a.inject } : {}),
    })),
  };
}
