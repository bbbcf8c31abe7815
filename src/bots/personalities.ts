/**
 * Bot personalities as data: what each one values, per seat. A bot scores every card in its hand
 * by the card's visible effect weighted by these values, plus biases for the card's tags and for
 * moving the talks on, plus a little noise from the game's generator.
 */
import type { MoveTag } from '../model/rules';
import type { IndicatorId, Seat } from '../model/types';

/** Every bot a seat can have: the fixed personalities, `random`, and the `strategist` that plans ahead. */
export const BOT_NAMES = ['hawk', 'dove', 'dealmaker', 'random', 'strategist'] as const;
export type BotName = (typeof BOT_NAMES)[number];
/** The personalities described by the table below. */
export const PERSONALITY_NAMES = ['hawk', 'dove', 'dealmaker'] as const;
export type PersonalityName = (typeof PERSONALITY_NAMES)[number];
/** The bots that decide by one look at their hand (no planning): cheap enough for any number of games. */
export const FIXED_BOTS = ['hawk', 'dove', 'dealmaker', 'random'] as const satisfies readonly BotName[];

export interface Personality {
  /** Value of +1 on an indicator (negative: the bot wants it lower). */
  values: Partial<Record<IndicatorId, number>>;
  tags: Partial<Record<MoveTag, number>>;
  /** Value of a move that would move the negotiation track forward now. */
  progress: number;
  /** Value of a point of capital kept. */
  thrift: number;
  /** Size of the random spread added to each card's score. */
  noise: number;
  /** Indicators that count for more once they near a red line: below `below` (or above `above`), values are multiplied. */
  danger?: Partial<Record<IndicatorId, { below?: number; above?: number; factor: number }>>;
  /** Preferred deal position for the seat. */
  stance?: 'cvid' | 'freeze' | 'recognition' | 'roadmap';
}

/** Seoul and Washington both fear losing the alliance once it runs low (claim 10). */
const ALLIANCE_RED_LINE = { alliance: { below: 40, factor: 4 }, tension: { above: 80, factor: 3 } };
/** Pyongyang's pragmatists step back from the brink (claim 4: regime security first). */
const WAR_RED_LINE = { tension: { above: 80, factor: 3 } };
/**
 * A hard-liner's brinkmanship (claims 4 and 7): provocations raise the price of talks, but regime
 * security comes first, so Pyongyang's hawks pull back once the standoff is tenser than usual
 * (the scenario starts at 55).
 */
const BRINK = { tension: { above: 57, factor: 40 } };

export const PERSONALITIES: Record<Seat, Record<PersonalityName, Personality>> = {
  us: {
    hawk: {
      values: { cabinetCohesion: 0.8, alliance: 0.7, sanctions: 0.5, usOpposition: -0.6, trust: 0.1, tension: -0.2, dprkCapability: -0.4 },
      tags: { pressure: 4, alliance: 3, concede: -10, engage: -2 },
      progress: 3,
      thrift: 1,
      noise: 5,
      stance: 'cvid',
      danger: ALLIANCE_RED_LINE,
    },
    dove: {
      values: { trust: 0.9, tension: -0.7, alliance: 0.3, interKorean: 0.3, determination: 0.3 },
      tags: { engage: 6, concede: 2, pressure: -6, provoke: -10 },
      progress: 10,
      thrift: 0.6,
      noise: 5,
      stance: 'freeze',
      danger: ALLIANCE_RED_LINE,
    },
    dealmaker: {
      values: { determination: 0.5, trust: 0.6, alliance: 0.35, usOpposition: -0.3, costSharing: 0.3, tension: -0.3, cabinetCohesion: 0.2 },
      tags: { deal: 5, engage: 4, pressure: 0 },
      progress: 12,
      thrift: 0.8,
      noise: 6,
      stance: 'freeze',
      danger: ALLIANCE_RED_LINE,
    },
  },
  dprk: {
    hawk: {
      values: { dprkCapability: 0.8, dprkConfidence: 0.6, russiaTies: 0.6, sanctions: -0.5, trust: 0.1, tension: -0.1 },
      tags: { provoke: 6, pressure: 4, concede: -8, engage: 1 },
      progress: 14,
      thrift: 0.8,
      noise: 6,
      stance: 'recognition',
      danger: BRINK,
    },
    dove: {
      values: { trust: 0.8, sanctions: -0.7, interKorean: 0.5, tension: -0.5 },
      tags: { engage: 6, deal: 3, provoke: -10 },
      progress: 9,
      thrift: 0.6,
      noise: 5,
      stance: 'freeze',
      danger: WAR_RED_LINE,
    },
    dealmaker: {
      values: { sanctions: -0.8, trust: 0.6, dprkConfidence: 0.3, russiaTies: 0.2, tension: -0.2, dprkCapability: 0.2 },
      tags: { deal: 5, engage: 3, provoke: -1 },
      progress: 10,
      thrift: 0.8,
      noise: 7,
      stance: 'freeze',
      danger: WAR_RED_LINE,
    },
  },
  rok: {
    hawk: {
      values: { alliance: 0.9, tension: -0.2, interKorean: 0.1, costSharing: -0.3, rokNukeSupport: 0.1 },
      tags: { alliance: 6, pressure: 3, engage: -3 },
      progress: 0,
      thrift: 0.8,
      noise: 5,
      danger: ALLIANCE_RED_LINE,
    },
    dove: {
      values: { interKorean: 0.9, tension: -0.6, trust: 0.5, alliance: 0.3, costSharing: -0.2 },
      tags: { engage: 6, pressure: -5 },
      progress: 4,
      thrift: 0.6,
      noise: 5,
      danger: ALLIANCE_RED_LINE,
    },
    dealmaker: {
      values: { alliance: 0.6, interKorean: 0.6, costSharing: -0.5, tension: -0.4, trust: 0.3, rokNukeSupport: -0.1 },
      tags: { alliance: 2, engage: 2 },
      progress: 3,
      thrift: 0.8,
      noise: 7,
      danger: ALLIANCE_RED_LINE,
    },
  },
};

export function isBotName(name: string): name is BotName {
  return (BOT_NAMES as readonly string[]).includes(name);
}

export function isPersonalityName(name: string): name is PersonalityName {
  return (PERSONALITY_NAMES as readonly string[]).includes(name);
}

/**
 * Changes to the personalities from scenario version 4 on, by seat and personality. Earlier
 * versions keep the table above, so their bot games (the golden games, the version-2 balance
 * report) stay as they were.
 */
const FROM_V4: Partial<Record<Seat, Partial<Record<PersonalityName, Partial<Personality>>>>> = {
  us: {
    // The tournament under version 4: a dealmaker that valued the alliance at 0.35 suspended the
    // exercises as a card so often that Seoul's alliance (a fifth of Washington's score) paid for
    // its deals; at 0.6 it trades a little trust for the alliance and scores above the hawk.
    dealmaker: {
      values: { determination: 0.5, trust: 0.6, alliance: 0.6, usOpposition: -0.3, costSharing: 0.3, tension: -0.3, cabinetCohesion: 0.2 },
    },
  },
};

/** A personality as it plays in a given scenario version. */
export function personalityFor(version: number, seat: Seat, name: PersonalityName): Personality {
  const base = PERSONALITIES[seat][name];
  const patch = version >= 4 ? FROM_V4[seat]?.[name] : undefined;
  return patch ? { ...base, ...patch } : base;
}
