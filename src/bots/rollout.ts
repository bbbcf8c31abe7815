/**
 * Plays a sampled world forward with the game's own rules: the first month with a chosen move for
 * the planning seat, then every seat by its modelled bot, for a horizon of months.
 *
 * A month is stepped without an actor (`stepMonth`): the seats' moves are sealed with the model's
 * own functions, the month resolves, and each region of the statechart takes the `turn.resolved`
 * transition its own definition selects, with its own guards and assignments, in document order.
 * The strategist plays thousands of months a decision; the actor's event machinery cost most of
 * that time, and a test holds the step to the actor's result month by month.
 */
import { gameMachine } from '../machine/gameMachine';
import { isLegalPlay } from '../model/legal';
import { commitMove, resolveTurn } from '../model/resolve';
import { scoreSeat } from '../model/score';
import { SEATS, type EndingId, type GameState, type Seat, type TrackId } from '../model/types';
import { playerView } from '../model/view';
import type { TableAction } from '../model/table';
import { normalTableAction } from '../model/tableShape';
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

// ── The statechart's month, read from its own definition ─────────────────────────────────
type Args = { context: GameState; event: { type: 'turn.resolved' } };
type GuardRef = string | { type: string; params?: unknown } | { guards: GuardRef[] };
type ActionRef = string | { type: string; params?: unknown };
interface Transition {
  guard?: GuardRef;
  target?: { key: string }[];
  actions: ActionRef[];
}
interface StateNode {
  states: Record<string, StateNode>;
  transitions: Map<string, Transition[]>;
}
const impl = gameMachine.implementations as unknown as {
  guards: Record<string, (args: Args, params: unknown) => boolean>;
  actions: Record<string, { assignment?: (args: Args, params: unknown) => GameState }>;
};
const REGIONS: readonly TrackId[] = ['negotiation', 'seoul', 'ukraine', 'cabinet'];
const playing = (gameMachine.root as unknown as StateNode).states.playing as StateNode;
const RESOLVED = { type: 'turn.resolved' } as const;

function passes(g: GuardRef | undefined, args: Args): boolean {
  if (g === undefined) return true;
  if (typeof g === 'string') return (impl.guards[g] as (a: Args, p: unknown) => boolean)(args, undefined);
  if ('guards' in g) return g.guards.every((x) => passes(x, args));
  const f = impl.guards[g.type];
  if (!f) throw new Error(`rollout: unknown guard ${g.type}`);
  return f(args, g.params);
}

/** The region transitions (and the turn's own) taken on `turn.resolved`, selected on the resolved month as the statechart does. */
function resolvedTransitions(s: GameState): Transition[] {
  const out: Transition[] = [];
  const args: Args = { context: s, event: RESOLVED };
  for (const r of REGIONS) {
    const node = (playing.states[r] as StateNode).states[s.tracks[r]];
    const t = node?.transitions.get('turn.resolved')?.find((x) => passes(x.guard, args));
    if (t) out.push(t);
  }
  const turn = (playing.states.turn as StateNode).states.resolving as StateNode;
  out.push((turn.transitions.get('turn.resolved') as Transition[])[0] as Transition);
  return out;
}

/**
 * Seals a seat's move for the month as the game's runner does. Throws on an illegal move when
 * asked to check (a bot chooses from its view's hand and capital, as the runner's games rely on).
 */
function seal(s: GameState, seat: Seat, m: FirstMove, check = true): GameState {
  const table = m.table ?? undefined;
  if (check && !isLegalPlay(s, seat, m.move, table)) throw new Error(`rollout: ${seat} may not play ${m.move}`);
  return commitMove(s, seat, m.move, '', table && normalTableAction(table));
}

/** Resolves a month every seat has sealed its move for, and takes the statechart's transitions. */
function closeMonth(s: GameState): GameState {
  let d = resolveTurn(s);
  for (const t of resolvedTransitions(d)) {
    for (const a of t.actions) {
      const { type, params } = typeof a === 'string' ? { type: a, params: undefined } : a;
      const assignment = impl.actions[type]?.assignment;
      if (assignment) d = assignment({ context: d, event: RESOLVED }, params);
    }
  }
  return d;
}

/**
 * One month of the game from a state open for moves: the moves of the seats that have not sealed
 * one yet, in seat order, the month resolved and the statechart's transitions taken.
 */
export function stepMonth(s: GameState, moves: Partial<Record<Seat, FirstMove>>): GameState {
  let d = s;
  for (const seat of SEATS) {
    if (d.pending[seat] !== undefined) continue;
    const m = moves[seat];
    if (!m) throw new Error(`rollout: no move for ${seat}`);
    d = seal(d, seat, m);
  }
  return closeMonth(d);
}

export function rollout(world: World, me: Seat, first: FirstMove, horizon: number, policy: Policy, ownBot: BotName): Future {
  let s = world.state;
  let deal = false;
  // The other seats' first moves do not depend on the planning seat's: every candidate's future shares them.
  const opening = (world.opening ??= {});
  for (let month = 0; month < horizon && s.endedOn === null; month++) {
    for (const seat of SEATS) {
      if (s.pending[seat] !== undefined) continue;
      let m: FirstMove | undefined = seat === me && month === 0 ? first : month === 0 ? opening[seat] : undefined;
      if (!m) {
        const c = policy(playerView(s, seat, { brief: true }), seat === me ? ownBot : world.bots[seat]);
        m = { move: c.move, table: c.table ?? null };
        if (month === 0) opening[seat] = m;
      }
      s = seal(s, seat, m, m === first);
    }
    s = closeMonth(s);
    if (s.deal !== null) deal = true;
  }
  return { score: leafScore(s, me), ending: s.ending, deal };
}
