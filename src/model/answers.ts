/**
 * What the other seats' recent moves make of a card this month (scenario version 5's partner
 * events, src/model/data/events.ts): the certain events whose first condition, another seat's
 * move, the viewer has already seen in the months before this one, and whose second is the card
 * itself, played now. The card's preview shows its own effect; these are the news it would bring
 * as well. This month's other moves are sealed, so an answer to a move made in the same month is
 * not foreseen here: that stays the game's uncertainty.
 */
import type { Effect } from './rules';
import { rulesFor } from './ruleset';
import { windowStart } from './state';
import type { Seat } from './types';
import type { PlayerView } from './view';

export interface CardAnswer {
  /** Event id without the `event.` prefix. */
  event: string;
  effect: Effect;
  /** The seen move that the card would answer. */
  after: { seat: Seat; move: string; turn: number };
}

/** The certain events that playing `moveId` this month would bring, given the moves the view has seen. */
export function cardAnswers(view: Pick<PlayerView, 'scenario' | 'turn' | 'moves'>, moveId: string): CardAnswer[] {
  const out: CardAnswer[] = [];
  for (const e of rulesFor(view.scenario).events) {
    const w = e.when;
    // Only the plain shape: certain, a partner's move within some months, the card this month.
    if (!w?.recent || !w.alsoRecent || w.alsoRecent.within !== 1 || !w.alsoRecent.moves.includes(moveId) || !e.effect) continue;
    if (Object.keys(w).length !== 2 || e.chance.base < 1 || e.chance.per || e.modifiers || e.outcomes) continue;
    const { move, within } = w.recent;
    let seen: PlayerView['moves'][number] | undefined;
    // The condition's window as the month will test it, less this month, whose moves are sealed.
    const from = windowStart(view.turn, within, true);
    for (const m of view.moves) if (m.move === move && m.turn < view.turn && m.turn >= from) seen = m;
    if (seen) out.push({ event: e.id, effect: e.effect, after: { seat: seen.seat, move, turn: seen.turn } });
  }
  return out;
}

/**
 * What the news playing `moveId` now would bring (`cardAnswers`) is worth to `seat` by its own
 * objectives: each indicator it wants high or low, its weight times the change. The bots'
 * strategist answers its partners with it (src/bots/strategist.ts).
 */
export function answerWorth(view: Pick<PlayerView, 'scenario' | 'turn' | 'moves'>, moveId: string, seat: Seat): number {
  const objectives = rulesFor(view.scenario).objectives.filter((o) => o.seat === seat);
  let worth = 0;
  for (const a of cardAnswers(view, moveId)) {
    for (const o of objectives) {
      const m = o.measure;
      if (m.kind !== 'high' && m.kind !== 'low') continue;
      const d = a.effect.deltas?.[m.indicator] ?? 0;
      worth += (m.kind === 'high' ? 1 : -1) * o.weight * d;
    }
  }
  return worth;
}
