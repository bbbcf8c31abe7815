/**
 * A small, honest default table policy for the bots (scenario version 3), from the seat's player
 * view only: accept an offer addressed to it whose value to it (its own valuation of the terms,
 * `view.table.terms[].value`) reaches the personality's threshold; otherwise put its preferred
 * package on the table once talks are under way, unless it already has that offer open. The
 * concession strategies that bargain in earnest are the bargaining bots' (src/bots/bargain.ts).
 */
import type { Offer, OfferLine, TableAction, TermId, TermView } from '../model/table';
import type { Seat } from '../model/types';
import type { PlayerView } from '../model/view';
import { isBotName, type PersonalityName } from './personalities';

/** The least value (score points) an offer must have for the personality to accept it. */
const THRESHOLD: Readonly<Record<PersonalityName, number>> = { hawk: 4, dealmaker: 0, dove: -3 };

interface Package {
  to: Seat;
  gives: TermId[];
  asks: TermId[];
}

/**
 * Each personality's opening package: Washington's hawks ask the roadmap (claim 1), its
 * dealmakers and doves the rumoured freeze for relief (claim 5); Pyongyang's hawks ask relief and
 * recognition for a moratorium (claim 7), its dealmakers and doves offer a freeze for relief;
 * Seoul's doves offer joint projects for a moratorium (claim 9).
 */
const PACKAGES: Readonly<Record<Seat, Partial<Record<PersonalityName, Package>>>> = {
  us: {
    hawk: { to: 'dprk', gives: ['partialRelief'], asks: ['roadmap'] },
    dealmaker: { to: 'dprk', gives: ['partialRelief'], asks: ['freeze'] },
    dove: { to: 'dprk', gives: ['partialRelief', 'peaceDeclaration'], asks: ['freeze'] },
  },
  dprk: {
    hawk: { to: 'us', gives: ['testMoratorium'], asks: ['fullRelief', 'recognition'] },
    dealmaker: { to: 'us', gives: ['freeze'], asks: ['partialRelief'] },
    dove: { to: 'us', gives: ['freeze'], asks: ['partialRelief'] },
  },
  rok: {
    dove: { to: 'dprk', gives: ['jointProjects'], asks: ['testMoratorium'] },
  },
};

const TALKING = ['secretEnvoy', 'exploratory', 'formal', 'summit'];

function termOf(terms: readonly TermView[], id: TermId): TermView | undefined {
  return terms.find((t) => t.id === id);
}

/** An offer's value to the viewer: every term in it, given or received, by the viewer's own valuation. */
export function offerValue(view: PlayerView, o: Pick<Offer, 'gives' | 'asks'>): number {
  const terms = view.table?.terms ?? [];
  return [...o.gives, ...o.asks].reduce((v, id) => v + (termOf(terms, id)?.value ?? 0), 0);
}

function sameTerms(a: readonly TermId[], b: readonly TermId[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/**
 * The bot's table action for the month, or null. `n` is a number in [0, 1) derived from the
 * view's decision seed; `budget` is the capital left after the month's card (default: all of it).
 */
export function chooseTableAction(view: PlayerView, bot: string, n: number, budget?: number): TableAction | null {
  const table = view.table;
  if (!table || view.seat === 'all' || view.ending !== null || table.pending) return null;
  const seat = view.seat;
  const left = budget ?? view.capital[seat] ?? 0;
  const name: PersonalityName = isBotName(bot) && bot !== 'random' && bot !== 'strategist' ? bot : 'dealmaker';
  const surcharge = (id: TermId) => termOf(table.terms, id)?.surcharge ?? 0;

  // Accept the best offer that reaches the threshold (the random bot: any, half the time).
  let best: { offer: Offer; value: number } | null = null;
  for (const id of table.acceptable) {
    const offer = table.offers.find((o) => o.id === id);
    if (!offer) continue;
    const value = offerValue(view, offer);
    const cost = offer.asks.reduce((c, t) => c + surcharge(t), 0);
    const wanted = bot === 'random' ? n < 0.5 : value >= THRESHOLD[name];
    if (wanted && cost <= left && (!best || value > best.value)) best = { offer, value };
  }
  if (best) return { kind: 'accept', offer: best.offer.id };
  if (bot === 'random') return null;

  const pkg = PACKAGES[seat][name];
  if (!pkg || !TALKING.includes(view.tracks.negotiation)) return null;
  // A package with the partner is agreed already: it waits for the summit.
  if (table.agreed && table.agreed[seat].length > 0 && table.agreed[pkg.to].length > 0) return null;
  const gives = pkg.gives.filter((id) => termOf(table.terms, id)?.blocked === null);
  if (gives.length === 0) return null;
  const partner = table.partners.find((p) => p.seat === pkg.to);
  if (!partner) return null;
  const line: OfferLine = partner.lines.includes('secret') ? 'secret' : 'public';
  const mine = table.offers.find((o) => o.from === seat && o.to === pkg.to && o.status === 'open');
  if (mine && sameTerms(mine.gives, gives) && sameTerms(mine.asks, pkg.asks)) return null;
  // The cost as the rules charge it: the action, the surcharges of the terms given and (Washington) asked.
  const askCost = seat === 'us' ? Math.max(0, ...pkg.asks.map(surcharge)) : 0;
  const cost = 1 + gives.reduce((c, t) => c + surcharge(t), 0) + askCost;
  if (cost > left) return null;
  return { kind: 'propose', to: pkg.to, gives, asks: [...pkg.asks], line };
}
