/**
 * Plays a sampled world forward with the game's own statechart: the first month with a chosen
 * move for the planning seat, then every seat by its modelled bot, for a horizon of months.
 */
import { createActor } from 'xstate';
import { gameMachine } from '../machine/gameMachine';
import { scoreSeat } from '../model/score';
import { SEATS, type EndingId, type GameState, type Seat } from '../model/types';
import { playerView } from '../model/view';
import type { TableAction } from '../model/table';
import type { BotName } from './personalities';
import type { Policy, World } from './determinize';

/** What one sampled future came to, from the planning seat's side. */
export interface Future {
  /** The seat's score at the horizon (an unfinished game counted as it stands, see `leafScore`). */
  score: number;
  /** The ending reached within the horizon, if any. */
  ending: EndingId | null;
  /** Whether the two sides signed a deal within the horizon. */
  deal: boolean;
}

/** The statechart's state value for a world: each track in its stage, the month open for moves. */
function stateValue(s: GameState) {
  const { negotiation, seoul, ukraine, cabinet } = s.tracks;
  return { playing: { negotiation, seoul, ukraine, cabinet, turn: 'planning' } };
}

const DEAL_STAGES: ReadonlySet<string> = new Set(['agreement', 'implementation']);

/**
 * A seat's score at the horizon. A deal signed and being carried out counts as that deal's
 * ending; anything else unfinished counts as the status quo as it stands.
 */
export function leafScore(s: GameState, seat: Seat): number {
  if (s.ending === null && s.deal !== null && DEAL_STAGES.has(s.tracks.negotiation)) {
    return scoreSeat({ ...s, ending: s.deal }, seat).score;
  }
  return scoreSeat(s, seat).score;
}

/** The planning seat's first month: its card and the table action sealed with it. */
export interface FirstMove {
  move: string;
  table: TableAction | null;
}

export function rollout(world: World, me: Seat, first: FirstMove, horizon: number, policy: Policy, ownBot: BotName): Future {
  // The input is not read: a snapshot starts the actor in the world's state, not a new game's.
  const snapshot = gameMachine.resolveState({ value: stateValue(world.state), context: world.state });
  const actor = createActor(gameMachine, { snapshot, input: { seed: world.state.seed } });
  actor.start();
  const ctx = () => actor.getSnapshot().context;
  const startMonths = world.state.history.length;
  let deal = false;
  let firstMonth = true;
  while (actor.getSnapshot().status === 'active' && ctx().history.length - startMonths < horizon) {
    const turn = ctx().turn;
    for (const seat of SEATS) {
      const s = ctx();
      if (s.pending[seat] !== undefined) continue;
      const c = seat === me && firstMonth ? first : policy(playerView(s, seat, { brief: true }), seat === me ? ownBot : world.bots[seat]);
      actor.send({ type: 'move.play', seat, move: c.move, reason: '', ...(c.table ? { table: c.table } : {}) });
      if (ctx().turn !== turn || actor.getSnapshot().status !== 'active') break;
    }
    firstMonth = false;
    if (ctx().deal !== null) deal = true;
  }
  const end = ctx();
  actor.stop();
  return { score: leafScore(end, me), ending: end.ending, deal: deal || end.deal !== null };
}
