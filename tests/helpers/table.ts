/** Small builders for the negotiation table's tests (scenario version 3). */
import { commitMove, finishTurn, resolveTurn } from '../../src/model/resolve';
import { createInitialState, type NewGameInput } from '../../src/model/state';
import type { Offer, TableAction, TermId } from '../../src/model/table';
import { SEATS, type GameState, type Seat } from '../../src/model/types';

/**
 * A version-3 game state. Secrecy starts at 100 so that no leak fires by chance (the leak
 * events' chance falls with secrecy) unless a test injects one.
 */
export function v3(edit: (s: GameState) => void = () => {}, input: Partial<NewGameInput> = {}): GameState {
  const s = createInitialState({ seed: 7, scenarioVersion: 3, overrides: { secrecy: 100 }, ...input });
  edit(s);
  return s;
}

export type Plays = Partial<Record<Seat, TableAction | [string, TableAction?]>>;

/** Seals every seat's card (default: hold) and table action, then resolves the month and finishes it. */
export function month(s: GameState, plays: Plays = {}, finish = true): GameState {
  let x = s;
  for (const seat of SEATS) {
    const p = plays[seat];
    const [move, table] = Array.isArray(p) ? p : [`${seat}.hold`, p];
    x = commitMove(x, seat, move, '', table);
  }
  x = resolveTurn(x);
  return finish ? finishTurn(x) : x;
}

/** A month of cards alone (each seat's default: hold), resolved and finished: for rules without the table. */
export function cardMonth(s: GameState, moves: Partial<Record<Seat, string>>): GameState {
  return month(s, Object.fromEntries(Object.entries(moves).map(([seat, move]) => [seat, [move]])));
}

export const propose = (to: Seat, gives: TermId[], asks: TermId[], line: 'secret' | 'public' = 'secret'): TableAction => ({
  kind: 'propose',
  to,
  gives,
  asks,
  line,
});

export const offer = (s: GameState, id: number): Offer => {
  const o = s.table?.offers.find((x) => x.id === id);
  if (!o) throw new Error(`no offer ${id}`);
  return o;
};

/** The sum of the changes a cause made to an indicator in the state's record. */
export function changedBy(s: GameState, cause: string, indicator: string): number {
  return s.changes.filter((c) => c.cause === cause && c.indicator === indicator).reduce((n, c) => n + c.delta, 0);
}
