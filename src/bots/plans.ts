/**
 * The strategist's plans (version 4): the personality a strategist seat keeps playing unless its
 * search finds a better move (strategist.ts), and the way a held plan bargains. The sampled worlds
 * (determinize.ts) model another seat's strategist by its plan too.
 */
import type { PlayerView } from '../model/view';
import { CURRENT_VERSION } from '../model/ruleset';
import { SEATS, type Seat, type SeatControllers } from '../model/types';
import type { Bargainer } from './bargain';
import { isPersonalityName, type Personality, type PersonalityName } from './personalities';

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
 * The best-response table a game of scenario version `version` plays by. From version 6 every seat
 * holds its plan against every profile (HELD_PLANS), so no table is read.
 */
function bestResponse(version: number): Record<Seat, Profile> {
  return version >= 5 ? BEST_RESPONSE_V5 : BEST_RESPONSE_V4;
}

/**
 * Plans a strategist seat holds against every profile, playing a personality otherwise than the
 * fixed bot of that name (`PlanStyle`).
 *
 * Version 4: plans that bargain their own way, not their personality's. Pyongyang's plays the dove's
 * cards and bargains in the open as the dove does, but concedes steadily (not early) and never
 * below 40% of its best package's worth. Found by a random search over the bargainers' settings
 * (the concession curve, the reserve, the lines) for each seat's personalities against the 16
 * profiles of fixed bots, then checked on fresh seeds (24 games a profile): Pyongyang 46.7 against
 * 43.2 for its best personality (the dealmaker) and 43.0 for the dove, ahead or level against every
 * Washington personality (hawk 22.2 against 22.1 for the dove, dove 60.9 against 53.8 for the
 * dealmaker, dealmaker 58.6 against 55.9, random 45.1 against 45.3 for the dove), so it is
 * Pyongyang's plan against every profile. The same search found nothing for Washington (at best
 * +0.4) or Seoul (+0.7), nor did it again under version 6 for Washington (+0.5 on fresh seeds).
 *
 * Version 6: Washington's and Seoul's plans play the dealmaker's cards with other weights. Found by
 * a random search over the dealmaker's card weights (each weight scaled by 0.4–1.6, some added;
 * the tags, thrift and noise likewise) against the 16 profiles of fixed bots (12 games a profile,
 * seeds from 7001; for Washington a second round around the best, spread halved), then checked
 * rounded on fresh seeds (40 games a profile, seeds from 13001). Washington's, which values the
 * alliance and Congress more and trust less, likes deals more and pressure less and spends its
 * capital more freely: 39.6 against 36.8 for the dealmaker. Seoul's, which weighs the alliance
 * and inter-Korean relations more and the bill less, plays the pressure cards more readily and
 * with less noise: 57.2 against 54.0 for the dealmaker and 54.3 for the best responses that
 * version 6's matrix of fixed bots had found (40 games a profile, seeds from 9001), played as fixed
 * bots, so it is Seoul's plan against every profile (and that table is no longer kept).
 */
export const HELD_PLANS: Partial<Record<Seat, HeldPlan>> = {
  dprk: { plan: 'dove', way: { strategy: 'conceder', beta: 1.5, reserve: 0.4, opening: 0, lines: 'open', rejectBelow: null } },
  us: {
    plan: 'dealmaker',
    since: 6,
    cards: {
      values: { determination: 0.4, trust: 0.4, alliance: 0.8, usOpposition: -0.5, costSharing: 0.3, tension: -0.4, cabinetCohesion: 0.1 },
      tags: { deal: 6.5, engage: 3, pressure: -3.5 },
      thrift: 0.6,
    },
  },
  rok: {
    plan: 'dealmaker',
    since: 6,
    cards: {
      values: { alliance: 0.8, interKorean: 0.9, costSharing: -0.3, tension: -0.35, trust: 0.25, usOpposition: -0.1, rokNukeSupport: -0.1 },
      tags: { engage: 1.5, pressure: 4, alliance: 1.5 },
      noise: 3,
    },
  },
};

/**
 * How a strategist's held plan plays its personality otherwise than the fixed bot of that name:
 * another way of bargaining (`way`), other weights for its cards (`cards`, over the personality's).
 */
export interface PlanStyle {
  way?: Bargainer;
  cards?: Partial<Personality>;
}

/** A plan a strategist seat holds against every profile, from scenario version `since` (default 4). */
export interface HeldPlan extends PlanStyle {
  plan: PersonalityName;
  since?: number;
}

/** The held plan of a seat in a game of scenario version `version`, if it has one. */
export function heldPlan(seat: Seat, version: number): HeldPlan | undefined {
  const held = HELD_PLANS[seat];
  return held && version >= (held.since ?? 4) ? held : undefined;
}

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
  const held = heldPlan(seat, version);
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
