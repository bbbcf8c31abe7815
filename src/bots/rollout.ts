/**
 * Plays a sampled world forward with the game's own rules: the first month with a chosen move for
 * the planning seat, then every seat by its modelled bot, for a horizon of months.
 *
 * A month is stepped without an actor (`stepMonth`, src/engine/month.ts): the seats' moves are
 * sealed with the model's own functions, the month resolves, and each region of the statechart
 * takes the `turn.resolved` transition its own definition selects. The strategist plays thousands
 * of months a decision; a test holds the step to the actor's result month by month.
 */
import { closeMonth, sealMove as seal, type FirstMove } from '../engine/month';
import { mix32, seedRng } from '../model/rng';
import { scoreSeat } from '../model/score';
import { SEATS, type EndingId, type GameState, type Seat } from '../model/types';
import { playerView } from '../model/view';
import type { BotName } from './personalities';
import type { Policy, World } from './determinize';

/** The planning seat's first month: its card and the table action sealed with it. */
export type { FirstMove } from '../engine/month';
/** One month stepped without an actor (src/engine/month.ts). */
export { stepMonth } from '../engine/month';

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

/**
 * Plays `world` forward. With `commonChance`, each month after the first draws its chance from a
 * generator seeded by the world and the month, not from where the month before left it: every
 * candidate's future in a world then meets the same events and the same bot noise month by month
 * (common random numbers), so their difference is the move's, not the dice's.
 */
export function rollout(
  world: World,
  me: Seat,
  first: FirstMove,
  horizon: number,
  policy: Policy,
  ownBot: BotName,
  commonChance = false,
): Future {
  let s = world.state;
  let deal = false;
  const seed = commonChance ? mix32(s.rng[0], s.rng[1], s.rng[2], s.rng[3]) : 0;
  // The other seats' first moves do not depend on the planning seat's: every candidate's future shares them.
  const opening = (world.opening ??= {});
  for (let month = 0; month < horizon && s.endedOn === null; month++) {
    if (commonChance && month > 0) s = { ...s, rng: seedRng(mix32(seed, month)) };
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
