/**
 * The strategist's plans (version 4): the personality a strategist seat keeps playing unless its
 * search finds a better move (strategist.ts), and the way a held plan bargains. The sampled worlds
 * (determinize.ts) model another seat's strategist by its plan too.
 */
import type { PlayerView } from '../model/view';
import { CURRENT_VERSION } from '../model/ruleset';
import { SEATS, type Seat, type SeatControllers } from '../model/types';
import type { Bargainer } from './bargain';
import { isPersonalityName, type PersonalityName } from './personalities';

/**
 * Version 4: the plan a seat keeps against people (or another strategist), the personality that
 * scored best for it in paired games against every pair of fixed opponents (Washington's and
 * Pyongyang's dealmaker, Seoul's dove).
 */
const STEADY_PLAN: Record<Seat, PersonalityName> = { us: 'dealmaker', dprk: 'dealmaker', rok: 'dove' };

type Profile = Record<'hawk' | 'dove' | 'dealmaker' | 'random', Record<'hawk' | 'dove' | 'dealmaker' | 'random', PersonalityName>>;
const row = (h: PersonalityName, d: PersonalityName, m: PersonalityName, r: PersonalityName) => ({
  hawk: h,
  dove: d,
  dealmaker: m,
  random: r,
});
/**
 * Version 4: the personality that scored best for a seat against each profile of fixed bots in the
 * other two seats (docs/balance.md's best responses, 40 games a profile; rows: the first other seat
 * in seat order, columns: the second). Played as fixed bots on the paired games' seeds, these
 * answers scored Washington +2.8 ± 1.7, Pyongyang +0.7 ± 2.2, Seoul +1.3 ± 3.3 over the seat's
 * best personality: for Washington and Pyongyang about all of the strategist's lead, its search
 * adding little beyond its plan (see STRATEGIST_BUDGET). Versions before 4 keep these too.
 */
const BEST_RESPONSE_V4: Record<Seat, Profile> = {
  us: {
    hawk: row('dealmaker', 'hawk', 'hawk', 'hawk'),
    dove: row('dealmaker', 'dealmaker', 'dealmaker', 'dealmaker'),
    dealmaker: row('dealmaker', 'dove', 'dealmaker', 'dealmaker'),
    random: row('hawk', 'hawk', 'hawk', 'hawk'),
  },
  dprk: {
    hawk: row('dove', 'dove', 'dove', 'dove'),
    dove: row('dove', 'dealmaker', 'dealmaker', 'dealmaker'),
    dealmaker: row('dove', 'dealmaker', 'dealmaker', 'dealmaker'),
    random: row('dove', 'dove', 'dove', 'dealmaker'),
  },
  rok: {
    hawk: row('dealmaker', 'dealmaker', 'dove', 'dove'),
    dove: row('hawk', 'dealmaker', 'dove', 'dove'),
    dealmaker: row('dealmaker', 'dealmaker', 'hawk', 'dealmaker'),
    random: row('dealmaker', 'dealmaker', 'dealmaker', 'hawk'),
  },
};

/**
 * Version 5: the same best responses, found again under its rules (Seoul's public line read
 * against Washington's sanctions and Pyongyang's overtures; 40 games a profile on seeds from
 * 9001). 12 of the 48 answers changed: 6 of Seoul's, 5 of Washington's (against Pyongyang's hawk
 * its dealmaker now, not its hawk, since the hawk's sanctions make Seoul's engagement cost the
 * alliance), 1 of Pyongyang's.
 */
const BEST_RESPONSE_V5: Record<Seat, Profile> = {
  us: {
    hawk: row('dealmaker', 'dealmaker', 'dealmaker', 'dealmaker'),
    dove: row('dealmaker', 'dealmaker', 'dealmaker', 'dealmaker'),
    dealmaker: row('dealmaker', 'dove', 'dealmaker', 'dealmaker'),
    random: row('hawk', 'dealmaker', 'dealmaker', 'hawk'),
  },
  dprk: {
    hawk: row('dove', 'dove', 'dove', 'dove'),
    dove: row('dove', 'dealmaker', 'dealmaker', 'dealmaker'),
    dealmaker: row('dove', 'dealmaker', 'dealmaker', 'dealmaker'),
    random: row('dove', 'dealmaker', 'dove', 'dealmaker'),
  },
  rok: {
    hawk: row('dealmaker', 'dealmaker', 'dealmaker', 'hawk'),
    dove: row('dealmaker', 'dealmaker', 'dove', 'dove'),
    dealmaker: row('dealmaker', 'dealmaker', 'hawk', 'dealmaker'),
    random: row('hawk', 'hawk', 'hawk', 'hawk'),
  },
};

/**
 * Version 6: found again under its rules (Washington's public line read against Pyongyang's too;
 * 40 games a profile on seeds from 9001). Washington's answers did not change; 3 of Pyongyang's and
 * 3 of Seoul's did.
 */
const BEST_RESPONSE_V6: Record<Seat, Profile> = {
  us: BEST_RESPONSE_V5.us,
  dprk: {
    hawk: row('dealmaker', 'dove', 'dove', 'dove'),
    dove: row('dove', 'dealmaker', 'dealmaker', 'dealmaker'),
    dealmaker: row('dove', 'dealmaker', 'dealmaker', 'dealmaker'),
    random: row('dealmaker', 'dove', 'dove', 'dealmaker'),
  },
  rok: {
    hawk: row('dealmaker', 'dealmaker', 'dealmaker', 'hawk'),
    dove: row('hawk', 'dealmaker', 'hawk', 'dove'),
    dealmaker: row('dealmaker', 'dealmaker', 'hawk', 'dove'),
    random: row('hawk', 'hawk', 'hawk', 'hawk'),
  },
};

/** The best-response table a game of scenario version `version` plays by. */
function bestResponse(version: number): Record<Seat, Profile> {
  return version >= 6 ? BEST_RESPONSE_V6 : version === 5 ? BEST_RESPONSE_V5 : BEST_RESPONSE_V4;
}

/**
 * Version 4: plans that bargain their own way, not their personality's. Pyongyang's plays the dove's
 * cards and bargains in the open as the dove does, but concedes steadily (not early) and never
 * below 40% of its best package's worth. Found by a random search over the bargainers' settings
 * (the concession curve, the reserve, the lines) for each seat's personalities against the 16
 * profiles of fixed bots, then checked on fresh seeds (24 games a profile): Pyongyang 46.7 against
 * 43.2 for its best personality (the dealmaker) and 43.0 for the dove, ahead or level against every
 * Washington personality (hawk 22.2 against 22.1 for the dove, dove 60.9 against 53.8 for the
 * dealmaker, dealmaker 58.6 against 55.9, random 45.1 against 45.3 for the dove), so it is
 * Pyongyang's plan against every profile. The same search found nothing for Washington (at best
 * +0.4) or Seoul (+0.7).
 */
export const HELD_PLANS: Partial<Record<Seat, { plan: PersonalityName; way: Bargainer }>> = {
  dprk: { plan: 'dove', way: { strategy: 'conceder', beta: 1.5, reserve: 0.4, opening: 0, lines: 'open', rejectBelow: null } },
};

/**
 * The plan a strategist in `seat` keeps, from the game's controllers (public): its held plan where
 * it has one; else, against fixed bots in both other seats, the best response to them; else its
 * steady plan. Tried: against another strategist, the personality that beat the steady plan by
 * more than 2 points in 20 `sim` games a profile (Seoul's hawk in four profiles, Washington's hawk
 * or dove in two). The tournament (20 games a strategist profile) gave leads of +3.2, +3.3 and
 * +2.1 against +4.2, +4.7 and +1.4: on the same seeds Seoul won 4 to 11 points where its plan
 * changed, and Pyongyang's strategist lost 12 to 21 in the same games (docs/model.md).
 */
export function planOf(seats: SeatControllers, seat: Seat, version: number = CURRENT_VERSION): PersonalityName {
  const held = HELD_PLANS[seat];
  if (held) return held.plan;
  const fixed = (s: Seat) => {
    const n = seats[s].startsWith('bot:') ? seats[s].slice(4) : '';
    return isPersonalityName(n) || n === 'random' ? n : null;
  };
  const [a, b] = SEATS.filter((s) => s !== seat).map(fixed);
  return a && b ? bestResponse(version)[seat][a][b] : STEADY_PLAN[seat];
}

/** The plan for the view's seat (`planOf` its seat). */
export function steadyPlan(view: PlayerView): PersonalityName {
  return planOf(view.seats, view.seat as Seat, view.scenario.version);
}
