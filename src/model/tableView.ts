/**
 * The negotiation table as one seat sees it (`PlayerView.table`, scenario version 3). Secret
 * offers are seen only by their two seats until they leak (and by everyone once the game ends);
 * each seat sees only its own valuation of the terms.
 */
import { TERMS } from './data/terms';
import { TERM_IDS, type Offer, type TableView, type TermView } from './table';
import { blockedReason, giveSurcharge, giverOf, linesFor, askSurcharge, acceptCost, tableOpen } from './tableRules';
import { seoulConsulted, valueOfTerm } from './tableValue';
import { SEATS, type GameState, type Seat } from './types';

/** Whether the viewer may see an offer. */
export function offerVisible(o: Offer, viewer: Seat | 'all', ended: boolean): boolean {
  return viewer === 'all' || ended || o.line === 'public' || o.revealedOn !== undefined || o.from === viewer || o.to === viewer;
}

function termsFor(s: GameState, viewer: Seat | 'all'): TermView[] {
  // `termValue` for each term, with the month's one test of whether Seoul consulted.
  const consulted = viewer === 'all' ? false : seoulConsulted(s);
  return TERM_IDS.map((id) => {
    const giver = giverOf(id);
    const own = viewer === giver;
    // Washington's surcharge on asking a freeze without the roadmap shows on the freeze-type terms it asks.
    const ask = viewer === 'us' && giver === 'dprk' ? askSurcharge(s, 'us', [id]) : 0;
    return {
      id,
      giver,
      value: viewer === 'all' ? 0 : valueOfTerm(s, viewer, id, consulted),
      blocked: own ? blockedReason(s, id) : null,
      surcharge: own ? giveSurcharge(s, id) : ask,
      touchesSeoul: TERMS[id].touchesSeoul,
      source: TERMS[id].source,
    };
  });
}

/** The table in the view, or null before version 3. */
export function tableView(s: GameState, viewer: Seat | 'all'): TableView | null {
  const t = s.table;
  if (!t) return null;
  const ended = s.ending !== null;
  const offers = t.offers.filter((o) => offerVisible(o, viewer, ended));
  const visibleIds = new Set(offers.map((o) => o.id));
  const agreedSeen = (t.agreedFrom ?? []).every((id) => visibleIds.has(id));
  const seat = viewer === 'all' ? null : viewer;
  const free = seat !== null && !ended && s.pending[seat] === undefined;
  const acceptable =
    free && tableOpen(s)
      ? t.offers
          .filter((o) => o.to === seat && o.status === 'open' && o.turn < s.turn)
          .filter((o) => o.asks.every((x) => blockedReason(s, x) === null) && acceptCost(s, o) <= s.capital[seat])
          .map((o) => o.id)
      : [];
  const partners = free
    ? SEATS.filter((x) => x !== seat)
        .map((x) => ({ seat: x, lines: linesFor(s, seat, x) }))
        .filter((p) => p.lines.length > 0)
    : [];
  return {
    offers,
    terms: termsFor(s, viewer),
    agreed: t.agreed && agreedSeen ? t.agreed : null,
    acceptable,
    partners,
    pending: seat ? (s.pending[seat]?.table ?? null) : null,
  };
}
