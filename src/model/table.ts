/**
 * The negotiation table (scenario version 3): offers over terms instead of position cards.
 *
 * An offer is a package: the terms its seat gives and the terms it asks of the seat it is
 * addressed to, sent through the secret channel or stated in public. A seat may, besides its
 * month's card, take one table action a month: propose (a proposal to a seat whose offer to you is
 * open counters it), accept an open offer addressed to it, or reject one. Actions are sealed with
 * the card and resolve after the month's moves, in seat order; an offer can be accepted from the
 * month after it was made (alternating offers). A summit succeeds when the US and DPRK packages
 * overlap; a deal is its terms, and its implementation follows them.
 *
 * This file is the contract: the shapes every layer (model, machine, view, codec, bots, UI,
 * server) shares. Rules live in the model beside it.
 */
import type { Seat } from './seats';

/** Every term, by the seat that gives it. Ids are a public interface (saves, links, the network): never rename one. */
export const TERMS_BY_SEAT = {
  dprk: ['testMoratorium', 'freeze', 'yongbyon', 'roadmap'],
  us: ['partialRelief', 'fullRelief', 'suspendExercises', 'peaceDeclaration', 'recognition', 'troopCut'],
  rok: ['payMore', 'jointProjects', 'forgoNukes'],
} as const satisfies Record<Seat, readonly string[]>;

export type TermId = (typeof TERMS_BY_SEAT)[Seat][number];
export const TERM_IDS: readonly TermId[] = [...TERMS_BY_SEAT.dprk, ...TERMS_BY_SEAT.us, ...TERMS_BY_SEAT.rok];

/** How an offer travels: through its channel (secret until it leaks) or stated in public (a public line). */
export type OfferLine = 'secret' | 'public';

export const OFFER_STATUSES = ['open', 'accepted', 'rejected', 'countered', 'withdrawn', 'lapsed'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** An offer on the table, as the game state records it. */
export interface Offer {
  /** 1, 2, 3 … in the order offers were made; ids are never reused. */
  id: number;
  turn: number;
  from: Seat;
  to: Seat;
  /** Terms `from` gives (each a term of `from`'s own list). */
  gives: TermId[];
  /** Terms `from` asks of `to` (each a term of `to`'s list). */
  asks: TermId[];
  line: OfferLine;
  status: OfferStatus;
  /** Turn on which the status last changed (accepted, rejected, countered, withdrawn, lapsed). */
  closedOn?: number;
  /** Turn on which a secret offer became known beyond its two seats (a leak, or the end of the game). */
  revealedOn?: number;
}

/** What a seat may do at the table in a month, sealed together with its card. */
export type TableAction =
  | { kind: 'propose'; to: Seat; gives: TermId[]; asks: TermId[]; line: OfferLine }
  | { kind: 'accept'; offer: number }
  | { kind: 'reject'; offer: number };

/** The table in the game state (version 3 only; absent in earlier versions so their hashes stay). */
export interface TableState {
  /** Every offer ever made, oldest first. */
  offers: Offer[];
  /** The package agreed (accepted, or overlapping offers) and not yet signed at a summit or broken. */
  agreed: { us: TermId[]; dprk: TermId[]; rok: TermId[] } | null;
  /** The next offer id. */
  nextId: number;
  /** Optional (table-core): the accepted offers the agreed package was made of, for who may see it. */
  agreedFrom?: number[];
  /** Optional (table-core): the signed deal's terms (Pyongyang's, Washington's, Seoul's) and how many are implemented. */
  deal?: { terms: TermId[]; done: number; signedOn: number } | null;
}

/** A term as one seat sees it at the table. */
export interface TermView {
  id: TermId;
  /** The seat that gives it. */
  giver: Seat;
  /** What the term is worth to the viewer, in score points, if it is part of a signed and implemented deal (the viewer's own valuation; never another seat's). */
  value: number;
  /** Null when the viewer could give (or ask for) the term now; otherwise why not (a reason code worded in i18n). */
  blocked: string | null;
  /** Capital it costs the giver, on top of the action, when it is given now (e.g. the loyal circle's surcharge). */
  surcharge: number;
  /** Whether giving it without Seoul at the table costs the alliance (claim 10). */
  touchesSeoul: boolean;
  source: string;
}

/** The table as one seat sees it (`PlayerView.table`; null before version 3). */
export interface TableView {
  /** Offers the viewer may see: its own, those addressed to it, public ones, and leaked ones. */
  offers: Offer[];
  /** Every term, with the viewer's own valuation. */
  terms: TermView[];
  /** The agreed package, if the viewer is party to it or it is public. */
  agreed: TableState['agreed'];
  /** Open offers addressed to the viewer that it may accept this month (made in an earlier month). */
  acceptable: number[];
  /** Seats the viewer may address an offer to this month, and on which lines. */
  partners: { seat: Seat; lines: OfferLine[] }[];
  /** The viewer's sealed table action this month, if any. */
  pending: TableAction | null;
}
