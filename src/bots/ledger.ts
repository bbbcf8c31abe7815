/**
 * A bargainer's book (src/bots/bargain.ts): the viewer's own valuations of the terms, read from its
 * view of the table, and the packages it builds from them — the best one it could ask for, and the
 * one nearest to another offer that meets an aspiration.
 */
import type { Offer, TermId, TermView } from '../model/table';
import { proposalCost as offerCost } from '../model/tableRules';
import type { Seat } from '../model/types';
import type { PlayerView } from '../model/view';

/** A package from the viewer's side: the terms it gives and the terms it asks of `to`. */
export interface Package {
  to: Seat;
  gives: TermId[];
  asks: TermId[];
}

/** The viewer's valuations and what it can give, read from its view of the table. */
export class Ledger {
  readonly me: Seat;
  private readonly terms = new Map<TermId, TermView>();
  private readonly bySeat = new Map<Seat, TermView[]>();
  constructor(view: PlayerView) {
    this.me = view.seat as Seat;
    for (const t of view.table?.terms ?? []) {
      this.terms.set(t.id, t);
      const list = this.bySeat.get(t.giver);
      if (list) list.push(t);
      else this.bySeat.set(t.giver, [t]);
    }
  }
  value(id: TermId): number {
    return this.terms.get(id)?.value ?? 0;
  }
  worth(p: { gives: readonly TermId[]; asks: readonly TermId[] }): number {
    let v = 0;
    for (const t of p.gives) v += this.value(t);
    for (const t of p.asks) v += this.value(t);
    return v;
  }
  /** Worth of an offer addressed to the viewer: it receives the offer's gives and gives its asks. */
  worthOf(o: Offer): number {
    return this.worth(o);
  }
  /** The terms `seat` gives, in the table's order (a fresh list: callers sort it). */
  termsOf(seat: Seat): TermView[] {
    return [...(this.bySeat.get(seat) ?? [])];
  }
  canGive(id: TermId): boolean {
    const t = this.terms.get(id);
    return t !== undefined && t.giver === this.me && t.blocked === null;
  }
  /** The other side could give it now, as far as the viewer can tell. */
  open(id: TermId): boolean {
    return this.terms.get(id)?.blocked === null;
  }
  surcharge(ids: readonly TermId[]): number {
    let c = 0;
    for (const t of ids) c += this.terms.get(t)?.surcharge ?? 0;
    return c;
  }
  touchesSeoul(id: TermId): boolean {
    return this.terms.get(id)?.touchesSeoul ?? false;
  }
}

/** Capital a proposal costs its maker, as the table's rules charge it (the action, surcharges of terms given, the loyal circle's price of a freeze without a roadmap). */
export function proposalCost(view: PlayerView, l: Ledger, p: Package): number {
  return offerCost(view, l.me, p.gives, p.asks);
}

/**
 * At most this many terms on each side of a package: a deal is implemented a term a month and can
 * break at every step, so bargainers trade a few terms that matter rather than everything.
 */
export const MAX_TERMS_A_SIDE = 2;

const topValued = (ts: TermView[]) =>
  ts
    .filter((t) => t.value > 0 && t.blocked === null)
    .sort((a, b) => b.value - a.value)
    .slice(0, MAX_TERMS_A_SIDE)
    .map((t) => t.id);

/** The best package the viewer could ask of `to`: every term of theirs it values (that they could give), and its own terms it values giving. */
export function bestPackage(l: Ledger, to: Seat): Package {
  const p = { to, gives: topValued(l.termsOf(l.me)), asks: topValued(l.termsOf(to)) };
  // With Washington and Pyongyang a package gives at least one term: the one that costs least.
  if (bothSides(l.me, to) && p.gives.length === 0) p.gives = pickOne(l.termsOf(l.me).filter((t) => l.canGive(t.id)));
  return p;
}

export const sameSet = (a: readonly TermId[], b: readonly TermId[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * The package nearest to `anchor` (fewest terms added or dropped) that is worth at least `asp` to
 * the viewer. Each change is worth its term's value, so taking the largest gains first reaches the
 * aspiration in the fewest changes; if the anchor is worth more than needed, it concedes (drops its
 * asks, adds gives) by the smallest losses while it stays at or above the aspiration.
 */
export function nearestPackage(l: Ledger, anchor: Package, asp: number, concede: boolean): Package {
  // Between Washington and Pyongyang a deal needs a term from each (the summit signs nothing one-sided).
  const both = bothSides(l.me, anchor.to);
  const keep = (ids: TermId[]) => ids.sort((a, b) => l.value(b) - l.value(a)).slice(0, MAX_TERMS_A_SIDE);
  const p: Package = {
    to: anchor.to,
    gives: keep(anchor.gives.filter((t) => l.canGive(t))),
    asks: keep(anchor.asks.filter((t) => l.open(t))),
  };
  if (both && p.gives.length === 0) p.gives = pickOne(l.termsOf(l.me).filter((t) => l.canGive(t.id)));
  if (both && p.asks.length === 0) p.asks = pickOne(l.termsOf(p.to).filter((t) => t.blocked === null));
  type Change = { id: TermId; side: 'gives' | 'asks'; gain: number; out?: TermId };
  // One change: add or drop a term, or (a side full) swap its least valued term for another.
  const changes = (): Change[] => {
    const res: Change[] = [];
    const side = (key: 'gives' | 'asks', ts: TermView[]) => {
      const list = p[key];
      const worst = list.reduce<TermId | null>((a, t) => (a === null || l.value(t) < l.value(a) ? t : a), null);
      for (const t of ts) {
        if (list.includes(t.id)) {
          if (!(both && list.length === 1)) res.push({ id: t.id, side: key, gain: -t.value });
        } else {
          if (list.length < MAX_TERMS_A_SIDE) res.push({ id: t.id, side: key, gain: t.value });
          if (worst !== null) res.push({ id: t.id, side: key, gain: t.value - l.value(worst), out: worst });
        }
      }
    };
    side(
      'gives',
      l.termsOf(l.me).filter((t) => l.canGive(t.id)),
    );
    side(
      'asks',
      l.termsOf(p.to).filter((t) => t.blocked === null),
    );
    return res;
  };
  const apply = (x: Change) => {
    const list = p[x.side].filter((t) => t !== x.out);
    p[x.side] = list.includes(x.id) ? list.filter((t) => t !== x.id) : [...list, x.id];
  };
  let worth = l.worth(p);
  while (worth < asp) {
    const best = changes().reduce<Change | null>((a, x) => (x.gain > 0 && (!a || x.gain > a.gain) ? x : a), null);
    if (!best) break;
    apply(best);
    worth += best.gain;
  }
  while (concede) {
    const step = changes().reduce<Change | null>((a, x) => (x.gain < 0 && worth + x.gain >= asp && (!a || x.gain > a.gain) ? x : a), null);
    if (!step || p.gives.length + p.asks.length <= 1) break;
    apply(step);
    worth += step.gain;
  }
  return p;
}

/** Whether a package between these seats needs a term from each side to be signed (Washington and Pyongyang). */
export function bothSides(a: Seat, b: Seat): boolean {
  return (a === 'us' && b === 'dprk') || (a === 'dprk' && b === 'us');
}

/** The term worth most to the viewer among some (the least costly, among its own), as a one-term list. */
function pickOne(ts: TermView[]): TermId[] {
  const best = ts.reduce<TermView | null>((a, t) => (!a || t.value > a.value ? t : a), null);
  return best ? [best.id] : [];
}
