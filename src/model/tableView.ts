/**
 * The negotiation table as one seat sees it (`PlayerView.table`, scenario version 3). Secret
 * offers are seen only by their two seats until they leak (and by everyone once the game ends);
 * each seat sees only its own valuation of the terms.
 */
import { TERMS } from './data/terms';
import { TERM_IDS, type Offer, type TableView, type TermId, type TermView } from './table';
import { blockedReason, giveSurcharge, giverOf, linesFor, askSurcharge, acceptCost, tableOpen } from './tableRules';
import { seoulConsulted, valueOfTerm } from './tableValue';
import { SEATS, type GameState, type Seat } from './types';

/** Whether the viewer may see an offer. */
export function offerVisible(o: Offer, viewer: Seat | 'all', ended: boolean): boolean {
  return viewer === 'all' || ended || o.line === 'public' || o.revealedOn !== undefined || o.from === viewer || o.to === viewer;
}

function termsFor(s: GameState, viewer: Seat | 'all', kept: boolean): TermView[] {
  // `termValue` for each term, with the month's one test of whether Seoul consulted.
  const consulted = viewer === 'all' ? false : seoulConsulted(s);
  return TERM_IDS.map((id) => {
    const giver = giverOf(id);
    const own = viewer === giver;
    // Washington's surcharge on asking a freeze without the roadmap shows on the freeze-type terms it asks.
    const ask = viewer === 'us' && giver === 'dprk' ? askSurcharge(s, 'us', [id]) : 0;
    const value = viewer === 'all' ? 0 : valueOfTerm(s, viewer, id, consulted);
    const blocked = own ? blockedReason(s, id) : null;
    const surcharge = own ? giveSurcharge(s, id) : ask;
    return kept ? termView(id, giver, value, blocked, surcharge) : termOf(id, giver, value, blocked, surcharge);
  });
}

function termOf(id: TermId, giver: Seat, value: number, blocked: string | null, surcharge: number): TermView {
  return { id, giver, value, blocked, surcharge, touchesSeoul: TERMS[id].touchesSeoul, source: TERMS[id].source };
}

/**
 * A term as a full view shows it: the same object for the same figures (the last 16 kept per
 * term). Its figures mostly stay through a month, so the month's views hand on the same terms, and
 * the classroom server fingerprints each once (src/server/views.ts). Views are never changed.
 */
const TERM_VIEWS = new Map<TermId, Map<string, TermView>>();
function termView(id: TermId, giver: Seat, value: number, blocked: string | null, surcharge: number): TermView {
  let kept = TERM_VIEWS.get(id);
  if (!kept) TERM_VIEWS.set(id, (kept = new Map<string, TermView>()));
  // The giver is the term's own (giverOf), so the figures alone tell its views apart.
  const key = `${value} ${blocked} ${surcharge}`;
  let view = kept.get(key);
  if (!view) {
    view = termOf(id, giver, value, blocked, surcharge);
    if (kept.size >= 16) kept.delete(kept.keys().next().value as string);
    kept.set(key, view);
  }
  return view;
}

/**
 * The table in the view, or null before version 3. With `kept` (a full view) its terms are the
 * same objects while their figures stay (`termView`); a bot's brief view builds them afresh, which
 * costs it less than looking them up.
 */
export function tableView(s: GameState, viewer: Seat | 'all', kept = false): TableView | null {
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
    terms: termsFor(s, viewer, kept),
    agreed: t.agreed && agreedSeen ? t.agreed : null,
    acceptable,
    partners,
    pending: seat ? (s.pending[seat]?.table ?? null) : null,
  };
}
