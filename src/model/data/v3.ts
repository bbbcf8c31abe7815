/**
 * Scenario version 3: version 2 with the negotiation table (model/table.ts). The position cards
 * retire (`until: 2` in moves.ts); positions become offers over terms (data/terms.ts). Here are the
 * patches to entries versions 2 and 3 share and the numbers only version 3 uses.
 */
import type { Chance, EventDef } from '../rules';

const events: Readonly<Record<string, Partial<EventDef>>> = {
  // The backchannel leak's extra cost for a secret freeze offer is now read from the offers
  // themselves: a revealed secret offer that contradicts the public line (model/tableLeaks.ts).
  leak: { modifiers: [] },
};

/** The negotiation table's numbers: version 3's here, version 4's in data/v4.ts. */
export interface TableNumbers {
  offerLifetime: number;
  proposeCost: number;
  secretOfferSecrecy: number;
  seoulTermAlliance: number;
  congressSpoiler: number;
  cheat: Chance;
  /** The hawks' sabotage in a month of implementation (claims 1 and 4). */
  sabotage: Chance;
  minImplementation: number;
  /** Terms a deal carries out a month. */
  termsPerMonth: number;
  /** Trust each term a US–DPRK offer gives that the seat never offered the other before adds, up to three terms (claims 2 and 3). */
  concessionTrust: number;
  /** Trust an accepted US–DPRK offer adds (claim 2). */
  acceptTrust: number;
}

const table: TableNumbers = {
  /** Open offers lapse after this many months (alternating offers need an answer in a season). */
  offerLifetime: 3,
  /** Capital a proposal costs, before surcharges. */
  proposeCost: 1,
  /** Secrecy a secret offer costs (claim 3). */
  secretOfferSecrecy: -3,
  /** Alliance cost of each term touching Seoul's security, when Seoul did not consult (claim 10). */
  seoulTermAlliance: -4,
  /** Extra spoiler chance a month when the deal gives full relief or recognition (claim 6b: Congress). */
  congressSpoiler: 0.05,
  /** Pyongyang's cheating on freeze-type or roadmap terms: `base + per·(indicator − 50)` (claims 4, 7, 8). */
  cheat: { base: 0.03, per: { dprkConfidence: 0.002, russiaTies: 0.002 }, max: 0.25 },
  /** Minimum implementation months (a term a month, at least three as in version 2). */
  minImplementation: 3,
  /** Version 2's spoiler chance, kept for the table's hawks. */
  sabotage: { base: 0.05, per: { usOpposition: 0.003, cabinetCohesion: -0.002 }, max: 0.4 },
  termsPerMonth: 1,
  concessionTrust: 0,
  acceptTrust: 0,
};

export const V3 = { events, table };
