/**
 * Leaks at the negotiation table (scenario version 3): a channel's leak reveals the secret offers
 * that travelled on it. When a revealed secret offer contradicts its seat's public line, the
 * split comes out: in Washington the cabinet splits and the opposition grows (claims 1, 3 and 5:
 * Trump publicly denied the rumoured freeze); in Pyongyang a secret roadmap against a public
 * demand for recognition costs the leadership face (claim 7).
 */
import type { Channel } from './rules';
import { addDelta } from './state';
import type { Offer, TableState, TermId } from './table';
import { secretChannel } from './tableRules';
import type { GameState, Seat } from './types';

/** The latest public offer a seat made to another (its public line), if any. */
function publicLine(t: TableState, from: Seat, to: Seat): Offer | undefined {
  for (let i = t.offers.length - 1; i >= 0; i--) {
    const o = t.offers[i] as Offer;
    if (o.from === from && o.to === to && o.line === 'public') return o;
  }
  return undefined;
}

const RELIEF: readonly TermId[] = ['partialRelief', 'fullRelief', 'recognition'];

/** A secret US offer against the public line: it drops the public demand for the roadmap, or gives relief or recognition the public line does not. */
export function contradictsUs(secret: Offer, line: Offer | undefined): boolean {
  if (line?.asks.includes('roadmap') && !secret.asks.includes('roadmap')) return true;
  return secret.gives.some((x) => RELIEF.includes(x) && !(line?.gives.includes(x) ?? false));
}

/** A secret roadmap from Pyongyang against a public demand for recognition. */
export function contradictsDprk(secret: Offer, line: Offer | undefined): boolean {
  return secret.gives.includes('roadmap') && (line?.asks.includes('recognition') ?? false);
}

/** Reveals the unrevealed secret offers on a channel (all channels without one); returns how many. */
export function revealOffers(d: GameState, channel: Channel | undefined, cause: string): number {
  if (!d.table) return 0;
  const t: TableState = { ...d.table, offers: d.table.offers.slice() };
  const revealed: Offer[] = [];
  t.offers = t.offers.map((o) => {
    if (o.line !== 'secret' || o.revealedOn !== undefined) return o;
    if (channel !== undefined && secretChannel(o.from, o.to) !== channel) return o;
    const next = { ...o, revealedOn: d.turn };
    revealed.push(next);
    return next;
  });
  if (revealed.length === 0) return 0;
  d.table = t;
  for (const o of revealed) {
    d.news.push({
      turn: d.turn,
      id: 'note.offerLeaked',
      params: { offer: o.id, from: o.from, to: o.to },
      source: 'Claim 3: a leak exposes what travelled on the channel.',
    });
  }
  const c = { cause };
  if (revealed.some((o) => o.from === 'us' && o.to === 'dprk' && contradictsUs(o, publicLine(t, 'us', 'dprk')))) {
    addDelta(d, 'cabinetCohesion', -7, c);
    addDelta(d, 'usOpposition', 6, c);
    addDelta(d, 'determination', -3, c);
    d.news.push({
      turn: d.turn,
      id: 'note.lineContradicted',
      params: { side: 'us' },
      source: 'Claims 1, 3 and 5: the secret offer and the public line differ.',
    });
  }
  if (revealed.some((o) => o.from === 'dprk' && o.to === 'us' && contradictsDprk(o, publicLine(t, 'dprk', 'us')))) {
    addDelta(d, 'dprkConfidence', -5, c);
    d.news.push({
      turn: d.turn,
      id: 'note.lineContradicted',
      params: { side: 'dprk' },
      source: 'Claim 7: a secret roadmap against the public demand for recognition.',
    });
  }
  return revealed.length;
}
