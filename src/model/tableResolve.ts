/**
 * The negotiation table's month (scenario version 3): the sealed table actions resolve after the
 * month's moves, in seat order; open offers lapse; the positions the other rules read are derived
 * from the offers. The summit and the deal's implementation are in tableDeal.ts, leaks in
 * tableLeaks.ts.
 */
import { tableNumbers } from './ruleset';
import { addDelta } from './state';
import type { Offer, TableAction, TableState, TermId } from './table';
import { acceptCost, proposalCost, whyTableIllegal } from './tableRules';
import { SEATS, type DprkPosition, type GameState, type NewsItem, type Seat, type UsPosition } from './types';
import { FREEZE_TERMS } from './data/terms';

function news(d: GameState, item: Omit<NewsItem, 'turn'>): void {
  d.news.push({ turn: d.turn, ...item });
}

/** A fresh copy of the table that this month's rules may change (offers are replaced, never mutated). */
export function draftTable(d: GameState): TableState {
  const t = d.table as TableState;
  const copy: TableState = { ...t, offers: t.offers.slice(), agreed: t.agreed ? { ...t.agreed } : null };
  if (t.agreedFrom) copy.agreedFrom = t.agreedFrom.slice();
  d.table = copy;
  return copy;
}

function setOffer(t: TableState, o: Offer, patch: Partial<Offer>): Offer {
  const next = { ...o, ...patch };
  t.offers[t.offers.indexOf(o)] = next;
  return next;
}

/** The latest open offer from one seat to another. */
export function openOffer(t: TableState, from: Seat, to: Seat): Offer | undefined {
  for (let i = t.offers.length - 1; i >= 0; i--) {
    const o = t.offers[i] as Offer;
    if (o.from === from && o.to === to && o.status === 'open') return o;
  }
  return undefined;
}

/** Each side gives every term the other asks of it. */
export function overlap(a: Pick<Offer, 'gives' | 'asks'>, b: Pick<Offer, 'gives' | 'asks'>): boolean {
  return a.asks.every((t) => b.gives.includes(t)) && b.asks.every((t) => a.gives.includes(t));
}

/** Washington or Pyongyang, to the other. */
const usDprk = (o: Pick<Offer, 'from' | 'to'>) => (o.from === 'us' && o.to === 'dprk') || (o.from === 'dprk' && o.to === 'us');

/**
 * Version 4: an offer that gives ground builds trust (claims 2 and 3), for each term the seat has
 * never offered the other side before, so withdrawing a term and offering it again earns nothing.
 */
function concessionTrust(d: GameState, t: TableState, offer: Offer): void {
  const per = tableNumbers(d).concessionTrust;
  if (per === 0 || !usDprk(offer)) return;
  const given = new Set<TermId>();
  for (const o of t.offers) if (o.id !== offer.id && o.from === offer.from && o.to === offer.to) for (const x of o.gives) given.add(x);
  const fresh = offer.gives.filter((x) => !given.has(x)).length;
  if (fresh > 0)
    addDelta(d, 'trust', per * Math.min(3, fresh), { cause: `table.offer.${offer.id}`, seat: offer.from, secret: offer.line === 'secret' });
}

/** Adds an accepted offer's terms to the agreed package (each seat's terms once, in the order given). */
function agree(t: TableState, o: Offer): void {
  const pkg = t.agreed ?? { us: [], dprk: [], rok: [] };
  const add = (seat: Seat, terms: readonly TermId[]) => {
    pkg[seat] = [...pkg[seat], ...terms.filter((x) => !pkg[seat].includes(x))];
  };
  add(o.from, o.gives);
  add(o.to, o.asks);
  t.agreed = pkg;
  t.agreedFrom = [...(t.agreedFrom ?? []), o.id];
}

/** The home price of a public offer that gives concessions (claims 1, 6b and 7). */
function homePrice(d: GameState, o: Offer): void {
  const cause = { cause: `table.offer.${o.id}`, seat: o.from };
  if (o.from === 'us') {
    for (let k = 0; k < o.gives.length; k++) {
      addDelta(d, 'usOpposition', 3, cause);
      addDelta(d, 'cabinetCohesion', -3, cause);
    }
  }
  if (o.from === 'dprk')
    for (const term of o.gives) if (term === 'roadmap' || term === 'yongbyon') addDelta(d, 'dprkConfidence', -4, cause);
}

function propose(d: GameState, t: TableState, seat: Seat, a: Extract<TableAction, { kind: 'propose' }>): void {
  d.capital[seat] = Math.max(0, d.capital[seat] - proposalCost(d, seat, a.gives, a.asks));
  const own = openOffer(t, seat, a.to);
  if (own) setOffer(t, own, { status: 'withdrawn', closedOn: d.turn });
  const theirs = openOffer(t, a.to, seat);
  const offer: Offer = {
    id: t.nextId,
    turn: d.turn,
    from: seat,
    to: a.to,
    gives: [...a.gives],
    asks: [...a.asks],
    line: a.line,
    status: 'open',
  };
  t.nextId += 1;
  t.offers.push(offer);
  const params = { offer: offer.id, from: seat, to: a.to };
  concessionTrust(d, t, offer);
  if (a.line === 'secret')
    addDelta(d, 'secrecy', tableNumbers(d).secretOfferSecrecy, { cause: `table.offer.${offer.id}`, seat, secret: true });
  else homePrice(d, offer);
  news(d, { id: 'note.offerMade', params, source: 'Game rule: alternating offers at the negotiation table.' });
  // Washington and Pyongyang each give, in the same month, everything the other asks: both are accepted.
  const pair = (seat === 'us' && a.to === 'dprk') || (seat === 'dprk' && a.to === 'us');
  if (theirs && pair && theirs.turn === d.turn && overlap(theirs, offer)) {
    setOffer(t, theirs, { status: 'accepted', closedOn: d.turn });
    const mine = setOffer(t, offer, { status: 'accepted', closedOn: d.turn });
    agree(t, theirs);
    agree(t, mine);
    news(d, { id: 'note.offersOverlap', params: { offer: offer.id, other: theirs.id }, source: 'Claim 2: the packages meet.' });
  } else if (theirs) {
    setOffer(t, theirs, { status: 'countered', closedOn: d.turn });
  }
}

function answer(d: GameState, t: TableState, seat: Seat, a: Extract<TableAction, { kind: 'accept' | 'reject' }>): void {
  const offer = t.offers.find((o) => o.id === a.offer) as Offer;
  if (a.kind === 'reject') {
    setOffer(t, offer, { status: 'rejected', closedOn: d.turn });
    addDelta(d, 'trust', -2, { cause: `table.offer.${offer.id}`, seat });
    news(d, {
      id: 'note.offerRejected',
      params: { offer: offer.id, from: offer.from, to: seat },
      source: 'Game rule: a rejection costs trust.',
    });
    return;
  }
  d.capital[seat] = Math.max(0, d.capital[seat] - acceptCost(d, offer));
  agree(t, setOffer(t, offer, { status: 'accepted', closedOn: d.turn }));
  const bonus = tableNumbers(d).acceptTrust;
  if (bonus > 0 && usDprk(offer)) addDelta(d, 'trust', bonus, { cause: `table.offer.${offer.id}`, seat });
  news(d, {
    id: 'note.offerAccepted',
    params: { offer: offer.id, from: offer.from, to: seat },
    source: 'Game rule: an accepted package is signed at the summit.',
  });
}

/**
 * Resolves the month's sealed table actions in seat order (after the month's moves), then lets
 * open offers lapse and derives the positions. An action that the month's moves made impossible
 * (its offer was countered, a bound now binds) is void, and the news says so.
 */
export function resolveTable(d: GameState, actions: Partial<Record<Seat, TableAction>>): void {
  if (!d.table) return;
  const t = draftTable(d);
  for (const seat of SEATS) {
    const a = actions[seat];
    if (!a) continue;
    if (whyTableIllegal(d, seat, a, 0) !== null) {
      news(d, {
        id: 'note.tableVoid',
        params: { side: seat, kind: a.kind },
        source: 'Game rule: sealed actions resolve after the month’s moves.',
      });
      continue;
    }
    if (a.kind === 'propose') propose(d, t, seat, a);
    else answer(d, t, seat, a);
  }
  for (const o of t.offers.slice()) {
    if (o.status === 'open' && d.turn - o.turn >= tableNumbers(d).offerLifetime) setOffer(t, o, { status: 'lapsed', closedOn: d.turn });
  }
  derivePositions(d);
}

/** The latest offer from `from` to `to` that is open or was accepted. */
export function standingOffer(t: TableState, from: Seat, to: Seat): Offer | undefined {
  for (let i = t.offers.length - 1; i >= 0; i--) {
    const o = t.offers[i] as Offer;
    if (o.from === from && o.to === to && (o.status === 'open' || o.status === 'accepted')) return o;
  }
  return undefined;
}

/**
 * The positions (version 3) follow the table: Pyongyang's is `roadmap` when its latest open or
 * accepted offer to Washington gives the roadmap, `freeze` when it gives a moratorium, a freeze or
 * Yongbyon, `recognition` when it asks for recognition, else `none`. Washington's is
 * `recognition` when its latest offer gives recognition, `cvid` when it asks the roadmap, `freeze`
 * when it asks a freeze-type term, else `none`. Drifts and conditions read them as before.
 */
export function derivePositions(d: GameState): void {
  if (!d.table) return;
  const dp = standingOffer(d.table, 'dprk', 'us');
  const up = standingOffer(d.table, 'us', 'dprk');
  let dprk: DprkPosition = 'none';
  if (dp?.gives.includes('roadmap')) dprk = 'roadmap';
  else if (dp?.gives.some((x) => FREEZE_TERMS.includes(x))) dprk = 'freeze';
  else if (dp?.asks.includes('recognition')) dprk = 'recognition';
  let us: UsPosition = 'none';
  if (up?.gives.includes('recognition')) us = 'recognition';
  else if (up?.asks.includes('roadmap')) us = 'cvid';
  else if (up?.asks.some((x) => FREEZE_TERMS.includes(x))) us = 'freeze';
  d.positions = { us, dprk };
}
