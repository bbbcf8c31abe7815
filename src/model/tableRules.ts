/**
 * The negotiation table's rules of access (scenario version 3): which lines a seat may use, which
 * terms home politics bars it from giving (bounds), what an action costs (surcharges), and whether
 * a table action is allowed now. The functions read only what every seat sees (indicators,
 * statuses, tracks), so bots and the UI can ask them of a player view too.
 */
import { FREEZE_TERMS } from './data/terms';
import type { Channel } from './rules';
import { rulesFor, tableNumbers } from './ruleset';
import { TERMS_BY_SEAT, type Offer, type OfferLine, type TableAction, type TermId } from './table';
import { tableActionProblem } from './tableShape';
import type { GameState, NegotiationStage, Seat } from './types';

/** What the table's rules read: public facts only. */
export type TableContext = Pick<GameState, 'scenario' | 'indicators' | 'statuses' | 'tracks'>;

/** The seat that gives a term. */
export function giverOf(term: TermId): Seat {
  return (TERMS_BY_SEAT.us as readonly TermId[]).includes(term)
    ? 'us'
    : (TERMS_BY_SEAT.dprk as readonly TermId[]).includes(term)
      ? 'dprk'
      : 'rok';
}

/**
 * The channel a secret offer travels on, or null when there is no secret line between the two
 * seats: Washington and Pyongyang on the backchannel (claim 2), Seoul and Pyongyang on the
 * inter-Korean line, Seoul to Washington through the alliance's consultations (claim 10).
 */
export function secretChannel(from: Seat, to: Seat): Channel | null {
  if ((from === 'us' && to === 'dprk') || (from === 'dprk' && to === 'us')) return 'backchannel';
  if ((from === 'rok' && to === 'dprk') || (from === 'dprk' && to === 'rok')) return 'interKorean';
  if (from === 'rok' && to === 'us') return 'alliance';
  return null;
}

/** True when a secret offer on this channel (or on any, without one) has not leaked yet. */
export function hasUnrevealedOffers(s: GameState, channel?: Channel): boolean {
  return (s.table?.offers ?? []).some(
    (o) => o.line === 'secret' && o.revealedOn === undefined && (channel === undefined || secretChannel(o.from, o.to) === channel),
  );
}

/** Stages in which the US–DPRK backchannel is open for offers (claims 2 and 3). */
const BACKCHANNEL_OPEN: readonly NegotiationStage[] = ['secretEnvoy', 'exploratory', 'formal', 'summit'];
/** Stages in which nothing new can be put on the table: a deal is signed, or talks are over. */
const TABLE_CLOSED: readonly NegotiationStage[] = ['agreement', 'implementation', 'collapsed'];

/** Whether proposing and accepting are possible in this negotiation stage. */
export function tableOpen(ctx: TableContext): boolean {
  return !TABLE_CLOSED.includes(ctx.tracks.negotiation);
}

/** The lines `from` may address an offer to `to` on now (secret first). */
export function linesFor(ctx: TableContext, from: Seat, to: Seat): OfferLine[] {
  if (from === to || !tableOpen(ctx)) return [];
  const channel = secretChannel(from, to);
  const secret = channel !== null && (channel !== 'backchannel' || BACKCHANNEL_OPEN.includes(ctx.tracks.negotiation));
  return secret ? ['secret', 'public'] : ['public'];
}

/**
 * Why home politics bars the giver from giving a term now (a reason code worded in i18n as
 * `table.blocked.<code>`), or null. A seat may still ask for a blocked term: a demand.
 */
export function blockedReason(ctx: TableContext, term: TermId): string | null {
  const i = ctx.indicators;
  switch (term) {
    case 'recognition': // claims 6a and 11: only a determined President, and only at the table's top
      if (i.determination < 70) return 'determination';
      return ctx.tracks.negotiation === 'formal' || ctx.tracks.negotiation === 'summit' ? null : 'notFormal';
    case 'fullRelief': // claim 6b: Congress wrote the sanctions into law
      return i.usOpposition > 60 ? 'congress' : null;
    case 'troopCut': // claim 10: below 10,000 troops the alliance has ruptured already
      return ctx.statuses.troops <= 10000 ? 'troopsFloor' : null;
    case 'suspendExercises':
      return ctx.statuses.exercises === 'suspended' ? 'alreadySuspended' : null;
    case 'roadmap': // claims 4 and 7: a confident Pyongyang, or one that does not trust, offers no roadmap
      if (i.dprkConfidence > 70) return 'confidence';
      return i.trust < 40 ? 'distrust' : null;
    case 'yongbyon':
      return i.dprkConfidence > 80 ? 'confidence' : null;
    case 'forgoNukes': // claim 9: with the nuclear debate this hot no government can pledge it away
      return i.rokNukeSupport > 85 ? 'nukeDebate' : null;
    default:
      return null;
  }
}

/** Extra capital giving a term costs now: recognition while the circle is loyal (claim 1), joint projects under a conservative government (claim 9). */
export function giveSurcharge(ctx: TableContext, term: TermId): number {
  if (term === 'recognition' && ctx.tracks.cabinet === 'loyal') return 2;
  if (term === 'jointProjects' && ctx.statuses.seoulGovernment === 'conservative') return 1;
  return 0;
}

/** Extra capital a US offer costs while the circle is loyal when it asks a freeze but not the roadmap (claims 1 and 5). */
export function askSurcharge(ctx: TableContext, from: Seat, asks: readonly TermId[]): number {
  if (from !== 'us' || ctx.tracks.cabinet !== 'loyal') return 0;
  return asks.some((t) => FREEZE_TERMS.includes(t)) && !asks.includes('roadmap') ? 2 : 0;
}

/** Capital a proposal costs: the action, and the surcharges of the terms it gives and asks. */
export function proposalCost(ctx: TableContext, from: Seat, gives: readonly TermId[], asks: readonly TermId[]): number {
  return tableNumbers(ctx).proposeCost + gives.reduce((n, t) => n + giveSurcharge(ctx, t), 0) + askSurcharge(ctx, from, asks);
}

/** Capital accepting an offer costs: the surcharges of the terms the acceptor gives. */
export function acceptCost(ctx: TableContext, offer: Pick<Offer, 'asks'>): number {
  return offer.asks.reduce((n, t) => n + giveSurcharge(ctx, t), 0);
}

/** Capital a table action costs now (0 for an action that cannot be costed: an unknown offer). */
export function tableActionCost(s: GameState, seat: Seat, a: TableAction): number {
  if (a.kind === 'propose') return proposalCost(s, seat, a.gives, a.asks);
  if (a.kind === 'reject') return 0;
  const offer = s.table?.offers.find((o) => o.id === a.offer);
  return offer ? acceptCost(s, offer) : 0;
}

/** The first term in the list the seat is barred from giving, with why. */
function firstBlocked(ctx: TableContext, terms: readonly TermId[]): { term: TermId; why: string } | null {
  for (const term of terms) {
    const why = blockedReason(ctx, term);
    if (why) return { term, why };
  }
  return null;
}

/**
 * Why `seat` may not take this table action now (a clause, as `whyIllegal` gives for cards), or
 * null. `spent` is the capital the seat's card of the month costs (0 once the card resolved).
 */
export function whyTableIllegal(s: GameState, seat: Seat, a: TableAction, spent: number): string | null {
  if (!rulesFor(s.scenario).on.table || !s.table) return 'there is no negotiation table in this version of the scenario';
  if (s.ending !== null) return 'the game is over';
  const shape = tableActionProblem(seat, a);
  if (shape) return shape;
  const cost = tableActionCost(s, seat, a);
  if (a.kind === 'propose') {
    if (!linesFor(s, seat, a.to).includes(a.line)) return `${seat} cannot make a ${a.line} offer to ${a.to} now`;
    const blocked = firstBlocked(s, a.gives);
    if (blocked) return `${seat} cannot give ${blocked.term} now (${blocked.why})`;
  } else {
    const offer = s.table.offers.find((o) => o.id === a.offer);
    if (!offer) return `there is no offer ${a.offer}`;
    if (offer.to !== seat) return `offer ${a.offer} is not addressed to ${seat}`;
    if (offer.status !== 'open') return `offer ${a.offer} is ${offer.status}`;
    if (a.kind === 'accept') {
      if (offer.turn >= s.turn) return `offer ${a.offer} can be accepted from the month after it was made`;
      if (!tableOpen(s)) return 'no offer can be accepted at this stage of the talks';
      const blocked = firstBlocked(s, offer.asks);
      if (blocked) return `${seat} cannot give ${blocked.term} now (${blocked.why})`;
    }
  }
  if (s.capital[seat] < spent + cost) return `the table action costs ${cost} capital and ${seat} has ${s.capital[seat] - spent} left`;
  return null;
}
