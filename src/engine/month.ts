/**
 * A month of the game without an actor: the seats' moves are sealed with the model's own
 * functions, the month resolves, and each region of the statechart takes the `turn.resolved`
 * transition its own definition selects, with its own guards and assignments, in document order.
 * Games played by bots in every seat (sim, the lab, the strategist's and the turning points'
 * futures) step months so; the actor's event machinery cost most of their time. Tests hold a
 * month and a whole game to the actor's result (tests/bots/rollout.test.ts, tests/engine/botGame.test.ts).
 *
 * The step relies on the region states naming the stage the state's `tracks` record: every stage
 * transition assigns the track it targets (`enterStage`), and the regions that do not start in a
 * fixed stage route to the context's one at start.
 */
import { gameMachine } from '../machine/gameMachine';
import { isLegalPlay } from '../model/legal';
import { commitMove, resolveTurn } from '../model/resolve';
import type { TableAction } from '../model/table';
import { normalTableAction } from '../model/tableShape';
import { SEATS, type GameState, type Seat, type TrackId } from '../model/types';

/** A seat's card for a month and the table action sealed with it. */
export interface FirstMove {
  move: string;
  table: TableAction | null;
}

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
  if (!f) throw new Error(`month: unknown guard ${g.type}`);
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
export function sealMove(s: GameState, seat: Seat, m: FirstMove, check = true, reason = ''): GameState {
  const table = m.table ?? undefined;
  if (check && !isLegalPlay(s, seat, m.move, table)) throw new Error(`rollout: ${seat} may not play ${m.move}`);
  return commitMove(s, seat, m.move, reason, table && normalTableAction(table));
}

/** Resolves a month every seat has sealed its move for, and takes the statechart's transitions. */
export function closeMonth(s: GameState): GameState {
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
    d = sealMove(d, seat, m);
  }
  return closeMonth(d);
}
