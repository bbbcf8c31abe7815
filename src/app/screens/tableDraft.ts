/**
 * The month's table action while the player builds it (scenario version 3): an offer taking
 * shape term by term, or the choice to accept or reject an offer addressed to the player. The
 * draft is the player's alone until End turn seals it with the month's card; until then it can be
 * changed or cleared. Pure functions over the `TableView`, so the Table panel and the Board agree
 * on what will be sent, and both are tested without a browser.
 */
import { TERMS_BY_SEAT, type OfferLine, type TableAction, type TableView, type TermId } from '../../model/table';
import { acceptCost, proposalCost, type TableContext } from '../../model/tableRules';
import type { Seat } from '../../model/types';

/** An offer being built: partner and line may still be unchosen, and the terms empty. */
export interface ProposeDraft {
  kind: 'propose';
  to: Seat | null;
  line: OfferLine | null;
  gives: TermId[];
  asks: TermId[];
}

export type TableDraft = ProposeDraft | { kind: 'accept'; offer: number } | { kind: 'reject'; offer: number } | null;

/** Why a draft cannot be sent yet (each worded in i18n as `ui.table.problem.<code>`). */
export type DraftProblem = 'partner' | 'line' | 'noTerms' | 'blocked' | 'notAcceptable' | 'notOpen';

export type Side = 'gives' | 'asks';

/** A new offer: to the first seat the player may address, on its first line. */
export function newOffer(table: TableView): ProposeDraft {
  const first = table.partners[0];
  return { kind: 'propose', to: first?.seat ?? null, line: first?.lines[0] ?? null, gives: [], asks: [] };
}

/** The offer in the draft, or a new one (choosing to build an offer drops an accept or reject). */
function offerOf(draft: TableDraft, table: TableView): ProposeDraft {
  return draft?.kind === 'propose' ? draft : newOffer(table);
}

/** Addresses the offer to `seat`: the terms asked of the old partner go, and the line stays if the new partner takes it. */
export function withPartner(draft: TableDraft, table: TableView, seat: Seat): ProposeDraft {
  const d = offerOf(draft, table);
  const lines = table.partners.find((p) => p.seat === seat)?.lines ?? [];
  const line = d.line !== null && lines.includes(d.line) ? d.line : (lines[0] ?? null);
  return { ...d, to: seat, line, asks: d.to === seat ? d.asks : [] };
}

export function withLine(draft: TableDraft, table: TableView, line: OfferLine): ProposeDraft {
  return { ...offerOf(draft, table), line };
}

/** Adds the term to what the player gives or asks, or takes it out again. Terms keep the order of their seat's list. */
export function toggleTerm(draft: TableDraft, table: TableView, side: Side, term: TermId): ProposeDraft {
  const d = offerOf(draft, table);
  const list = d[side];
  const next = list.includes(term) ? list.filter((t) => t !== term) : [...list, term];
  const order = TERMS_BY_SEAT.dprk.length + TERMS_BY_SEAT.us.length + TERMS_BY_SEAT.rok.length;
  const rank = (t: TermId) => {
    const i = table.terms.findIndex((x) => x.id === t);
    return i < 0 ? order : i;
  };
  return { ...d, [side]: next.sort((a, b) => rank(a) - rank(b)) };
}

/** Chooses to accept or reject offer `offer`; choosing the same again takes the choice back. */
export function chooseOffer(draft: TableDraft, kind: 'accept' | 'reject', offer: number): TableDraft {
  if (draft && draft.kind === kind && draft.offer === offer) return null;
  return { kind, offer };
}

/** The terms `seat` gives (its own list, in order). */
export function termsOf(seat: Seat): readonly TermId[] {
  return TERMS_BY_SEAT[seat];
}

/**
 * The table action the draft stands for, or why it cannot be sent yet. Checked against the view
 * as the rules will check it (`src/model/table*.ts`): a partner and a line the player may use now,
 * at least one term, only the player's own terms given and none of them blocked, only the
 * partner's terms asked (a blocked one may be asked: a demand); an accept only of an offer the
 * view lists as acceptable, without giving a term that is blocked now; a reject only of an open
 * offer addressed to the player.
 */
export function draftAction(draft: TableDraft, table: TableView, seat: Seat): { action: TableAction | null; problem: DraftProblem | null } {
  if (draft === null) return { action: null, problem: null };
  const blocked = (t: TermId) => (table.terms.find((x) => x.id === t)?.blocked ?? null) !== null;
  if (draft.kind === 'propose') {
    const partner = table.partners.find((p) => p.seat === draft.to);
    if (!partner || draft.to === null) return { action: null, problem: 'partner' };
    if (draft.line === null || !partner.lines.includes(draft.line)) return { action: null, problem: 'line' };
    const gives = draft.gives.filter((t) => termsOf(seat).includes(t));
    const asks = draft.asks.filter((t) => termsOf(draft.to as Seat).includes(t));
    if (gives.length + asks.length === 0) return { action: null, problem: 'noTerms' };
    if (gives.some(blocked)) return { action: null, problem: 'blocked' };
    return { action: { kind: 'propose', to: draft.to, gives, asks, line: draft.line }, problem: null };
  }
  const offer = table.offers.find((o) => o.id === draft.offer);
  if (draft.kind === 'accept') {
    if (!offer || !table.acceptable.includes(draft.offer)) return { action: null, problem: 'notAcceptable' };
    if (offer.asks.some(blocked)) return { action: null, problem: 'blocked' };
    return { action: { kind: 'accept', offer: draft.offer }, problem: null };
  }
  if (!offer || offer.status !== 'open' || offer.to !== seat) return { action: null, problem: 'notOpen' };
  return { action: { kind: 'reject', offer: draft.offer }, problem: null };
}

/**
 * Capital the action costs, by the rules' own reckoning (src/model/tableRules.ts) over what the
 * view shows (indicators, statuses, tracks): an offer 1 plus the surcharges of the terms given and
 * asked, an acceptance the surcharges of the terms it gives (those the offer asks), a rejection
 * nothing.
 */
export function actionCost(action: TableAction | null, table: TableView, seat: Seat, ctx: TableContext): number {
  if (action === null || action.kind === 'reject') return 0;
  if (action.kind === 'propose') return proposalCost(ctx, seat, action.gives, action.asks);
  const offer = table.offers.find((o) => o.id === action.offer);
  return offer ? acceptCost(ctx, offer) : 0;
}

/**
 * What a package of terms is worth to the viewer: the sum of each term's value to it
 * (`TermView.value` is already the viewer's own valuation, whichever seat gives the term).
 */
export function packageValue(terms: readonly TermId[], table: TableView): number {
  return terms.reduce((n, t) => n + (table.terms.find((x) => x.id === t)?.value ?? 0), 0);
}
