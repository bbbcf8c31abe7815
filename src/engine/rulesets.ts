/**
 * The rules a game is played under, chosen by its scenario id and version. Rules change, saves
 * stay: a save is replayed only under the rules it was made with, so a new version of the rules
 * is added here beside the old ones (never in place of them), and a save naming a scenario or a
 * version this build does not have is refused, not replayed under other rules.
 */
import { gameMachine, type GameMachine } from '../machine/gameMachine';
import { SCENARIO } from '../model/data/scenario';
import { SUPPORTED_VERSIONS } from '../model/ruleset';

export interface ScenarioRef {
  readonly id: string;
  readonly version: number;
}

export interface Ruleset {
  readonly scenario: ScenarioRef;
  /** The statechart that plays a game under these rules (its input starts the game). */
  readonly machine: GameMachine;
}

/**
 * Every ruleset this build can replay, the current one included. The versions share one
 * statechart: a game state names its scenario version and the model reads that version's rules
 * from it (src/model/ruleset.ts), so a version is listed here once the model supports it.
 */
export const RULESETS: readonly Ruleset[] = SUPPORTED_VERSIONS.map((version) => ({
  scenario: { id: SCENARIO.id, version },
  machine: gameMachine,
}));

/** The rules new games are played under. */
export const CURRENT_RULESET: Ruleset = RULESETS.find((r) => r.scenario.version === SCENARIO.version) ?? (RULESETS[0] as Ruleset);

/** The ruleset a game of `scenario` was played under, or null when this build does not have it. */
export function rulesetFor(scenario: ScenarioRef): Ruleset | null {
  return RULESETS.find((r) => r.scenario.id === scenario.id && r.scenario.version === scenario.version) ?? null;
}

/** `backchannel-2025 v1`, for messages. */
export function scenarioName(s: ScenarioRef): string {
  return `${s.id} v${s.version}`;
}
