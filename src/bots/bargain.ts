/**
 * Bots that bargain at the negotiation table (scenario version 3), with the concession strategies
 * of automated-negotiation research: the time-dependent tactics of Faratin, Sierra and Jennings
 * (1998) — a Boulware hard-liner that holds its demand until late, a Conceder that gives ground
 * early — and tit-for-tat reciprocity (Axelrod; Faratin's "relative tit-for-tat": concede as much
 * as the other side conceded last). A package's worth is the sum of the viewer's own valuations of
 * its terms (`view.table.terms[].value`); other seats' valuations are never seen.
 *
 * Each month a bargainer has an aspiration: the least a package must be worth to it. It accepts an
 * acceptable offer worth at least that which it can give; otherwise it proposes the package nearest
 * to the other side's last offer (fewest terms changed) that meets it. Pure and deterministic: the
 * player view and a generator cursor are the only inputs.
 */
import type { RngCursor } from '../model/rng';
import type { Offer, OfferLine, TableAction, TermId } from '../model/table';
import type { Seat } from '../model/types';
import type { PlayerView } from '../model/view';
import type { BotName, PersonalityName } from './personalities';
import { bestPackage, bothSides, Ledger, nearestPackage, proposalCost, sameSet, type Package } from './ledger';
import type { Strategy, TableWhy } from './reasons';

export type { Strategy } from './reasons';
export { Ledger, nearestPackage, proposalCost, type Package } from './ledger';

export interface Bargainer {
  strategy: Strategy;
  /**
   * The concession curve's exponent: the aspiration falls from the best package to the reserve as
   * 1 − t^(1/beta) with time t in [0, 1]; beta < 1 holds out (Boulware), beta > 1 concedes early.
   */
  beta: number;
  /** The least share of its best package's worth it ever settles for (0: anything better than no deal). */
  reserve: number;
  /** Tit-for-tat: the share of its range it concedes to open, and when the other side has answered without conceding. */
  opening: number;
  /** How it uses the two lines: `tough` states a hard public demand and bargains in secret; `open` bargains in public where the home price is low; `quiet` bargains in secret. */
  lines: 'tough' | 'open' | 'quiet';
  /** Rejects an offer worth less than this share of its range below zero (a hard-liner's "no"), or never (null). */
  rejectBelow: number | null;
}

export const BARGAINERS: Record<PersonalityName, Bargainer> = {
  hawk: { strategy: 'boulware', beta: 0.25, reserve: 0.35, opening: 0, lines: 'tough', rejectBelow: 0 },
  dove: { strategy: 'conceder', beta: 3, reserve: 0, opening: 0, lines: 'open', rejectBelow: null },
  dealmaker: { strategy: 'titForTat', beta: 1, reserve: 0.15, opening: 0.3, lines: 'quiet', rejectBelow: null },
};

/** How far the talks are towards their deadline, by stage: concessions come as a summit nears. */
const STAGE_TIME: Partial<Record<string, number>> = { exploratory: 0.3, formal: 0.6, summit: 0.9 };

/** Offers between the viewer and `other` in one direction, oldest first. */
function offersBetween(view: PlayerView, from: Seat, to: Seat): Offer[] {
  return (view.table?.offers ?? []).filter((o) => o.from === from && o.to === to).sort((a, b) => a.id - b.id);
}

/** Where the talks stand between 0 (the start) and 1 (the deadline): the later of the calendar and the stage. */
export function timeOf(view: PlayerView): number {
  const cal = view.maxTurns > 1 ? (view.turn - 1) / (view.maxTurns - 1) : 1;
  return Math.min(1, Math.max(cal, STAGE_TIME[view.tracks.negotiation] ?? 0));
}

/** The bargainer's aspiration this month towards `to`, in its own score points, with its range. */
export function aspiration(view: PlayerView, l: Ledger, b: Bargainer, to: Seat): { aspiration: number; max: number; min: number } {
  const max = Math.max(0, l.worth(bestPackage(l, to)));
  const min = b.reserve * max;
  const t = timeOf(view);
  const timeDependent = min + (1 - Math.pow(t, 1 / b.beta)) * (max - min);
  if (b.strategy !== 'titForTat') return { aspiration: timeDependent, max, min };
  // Tit-for-tat: start from its own last demand and concede what the other side conceded last.
  const mine = offersBetween(view, l.me, to);
  const theirs = offersBetween(view, to, l.me);
  const last = mine[mine.length - 1];
  if (!last) return { aspiration: max, max, min };
  let asp = l.worth(last);
  const answered = theirs.filter((o) => o.id > last.id);
  const a = theirs[theirs.length - 1];
  const before = theirs[theirs.length - 2];
  if (a && answered.length > 0) {
    const conceded = before ? l.worthOf(a) - l.worthOf(before) : 0;
    asp -= conceded > 0 ? conceded : b.opening * (max - min);
  }
  // Near the deadline a reciprocator does not hold out longer than a steady concession would.
  if (t >= 0.85) asp = Math.min(asp, timeDependent);
  return { aspiration: Math.min(max, Math.max(min, asp)), max, min };
}

/** What the bargainer does at the table this month, with why; null for no table action. */
export interface TableChoice {
  action: TableAction;
  why: TableWhy;
}

function linesTo(view: PlayerView, to: Seat): OfferLine[] {
  return view.table?.partners.find((p) => p.seat === to)?.lines ?? [];
}

/** The line a package goes on: a demand in public; a concession where the bargainer's way and the home price allow. */
export function lineFor(view: PlayerView, b: Bargainer, p: Package, lines: readonly OfferLine[]): OfferLine | null {
  const can = (x: OfferLine) => lines.includes(x);
  if (p.gives.length === 0) return can('public') ? 'public' : can('secret') ? 'secret' : null;
  if (b.lines === 'open') {
    // A conceder bargains in the open unless giving in public would push its home politics past a
    // red line: Washington's opposition and cabinet (claims 1, 6b), Pyongyang's confidence (claim 7).
    const i = view.indicators;
    const dear = p.gives.filter((t) => t === 'roadmap' || t === 'yongbyon').length;
    const homePrice =
      (view.seat === 'us' && (p.gives.length > 1 || i.usOpposition + 3 > 72 || i.cabinetCohesion - 3 < 35)) ||
      (view.seat === 'dprk' && i.dprkConfidence - 4 * dear < 40);
    if (can('public') && !homePrice) return 'public';
    return can('secret') ? 'secret' : can('public') ? 'public' : null;
  }
  // Hard-liners and dealmakers concede only in secret: a concession in public has its home price.
  return can('secret') ? 'secret' : null;
}

/** The seats a seat bargains with, most important first: Washington and Pyongyang with each other, Seoul with both. */
function counterparts(me: Seat): Seat[] {
  return me === 'us' ? ['dprk', 'rok'] : me === 'dprk' ? ['us', 'rok'] : ['dprk', 'us'];
}

/** The tough public line a hard-liner states before it bargains: all it wants of `to`, giving nothing. */
function toughLine(view: PlayerView, l: Ledger, to: Seat): Package | null {
  const asks = l
    .termsOf(to)
    .filter((t) => t.value > 0)
    .map((t) => t.id);
  if (asks.length === 0) return null;
  const stated = (view.table?.offers ?? []).some((o) => o.from === l.me && o.to === to && o.line === 'public');
  return stated ? null : { to, gives: [], asks };
}

/**
 * The bargainer's table action this month for a fixed personality, or null. `budget` is the capital
 * left after the month's card; `way` bargains another way than the personality's own (a
 * strategist's plan, strategist.ts).
 */
export function bargain(view: PlayerView, name: PersonalityName, budget: number, way?: Bargainer): TableChoice | null {
  const table = view.table;
  if (!table || view.seat === 'all') return null;
  const b = way ?? BARGAINERS[name];
  const l = new Ledger(view);
  const me = l.me;
  // 1. Accept the best acceptable offer that meets the aspiration and whose asks it can give.
  let accept: { offer: Offer; worth: number; asp: number } | null = null;
  for (const id of table.acceptable) {
    const o = table.offers.find((x) => x.id === id);
    if (!o || !o.asks.every((t) => l.canGive(t)) || l.surcharge(o.asks) > budget) continue;
    if (bothSides(o.from, me) && (o.gives.length === 0 || o.asks.length === 0)) continue;
    const asp = aspiration(view, l, b, o.from).aspiration;
    const w = l.worthOf(o);
    if (w >= asp && w > 0 && (!accept || w > accept.worth)) accept = { offer: o, worth: w, asp };
  }
  if (accept) {
    const why: TableWhy = {
      code: 'accept',
      from: accept.offer.from,
      worth: round(accept.worth),
      aspiration: round(accept.asp),
      strategy: b.strategy,
    };
    return { action: { kind: 'accept', offer: accept.offer.id }, why };
  }
  // 2. Propose: to each counterpart in turn, the package nearest its last offer that meets the aspiration.
  for (const to of counterparts(me)) {
    const lines = linesTo(view, to);
    if (lines.length === 0) continue;
    const { aspiration: asp, max } = aspiration(view, l, b, to);
    if (max <= 0) continue;
    if (b.lines === 'tough') {
      const line = toughLine(view, l, to);
      if (line && lines.includes('public') && proposalCost(view, l, line) <= budget) {
        return { action: { kind: 'propose', ...line, line: 'public' }, why: { code: 'publicLine', to, asks: line.asks.length } };
      }
    }
    const theirs = offersBetween(view, to, me);
    const mine = offersBetween(view, me, to);
    const lastTheirs = theirs[theirs.length - 1];
    const lastMine = mine[mine.length - 1];
    const anchor: Package = lastTheirs ? { to, gives: lastTheirs.asks, asks: lastTheirs.gives } : (lastMine ?? bestPackage(l, to));
    let p = nearestPackage(l, anchor, asp, !lastTheirs);
    // Their offer is too far from anything it would settle for: it restates its own line instead.
    if (l.worth(p) < asp && lastTheirs) p = nearestPackage(l, lastMine ?? bestPackage(l, to), asp, true);
    if (p.gives.length + p.asks.length === 0 || l.worth(p) < asp) continue;
    if (bothSides(me, to) && (p.gives.length === 0 || p.asks.length === 0)) continue;
    const line = lineFor(view, b, p, lines);
    if (!line) continue;
    // Its last offer already said this (open, or countered within the offers' life): let it stand.
    if (
      lastMine &&
      (lastMine.status === 'open' || view.turn - lastMine.turn < 3) &&
      sameSet(lastMine.gives, p.gives) &&
      sameSet(lastMine.asks, p.asks)
    )
      continue;
    if (proposalCost(view, l, p) > budget) continue;
    const why: TableWhy = { code: 'propose', to, line, worth: round(l.worth(p)), aspiration: round(asp), strategy: b.strategy };
    return { action: { kind: 'propose', to, gives: p.gives, asks: p.asks, line }, why };
  }
  // 3. A hard-liner turns down an offer that would cost it on balance.
  if (b.rejectBelow !== null) {
    for (const o of table.offers) {
      if (o.to !== me || o.status !== 'open' || !table.acceptable.includes(o.id)) continue;
      const w = l.worthOf(o);
      if (w < b.rejectBelow) return { action: { kind: 'reject', offer: o.id }, why: { code: 'reject', from: o.from, worth: round(w) } };
    }
  }
  return null;
}

const round = (x: number) => Math.round(x);

/** Every table action the view allows within `budget`, for the random bot: some of each kind. */
function randomAction(view: PlayerView, rng: RngCursor, budget: number): TableAction | null {
  const table = view.table;
  if (!table) return null;
  const l = new Ledger(view);
  const options: TableAction[] = [];
  for (const id of table.acceptable) {
    const o = table.offers.find((x) => x.id === id);
    if (o && o.asks.every((t) => l.canGive(t)) && l.surcharge(o.asks) <= budget) options.push({ kind: 'accept', offer: id });
  }
  for (const o of table.offers) if (o.to === l.me && o.status === 'open') options.push({ kind: 'reject', offer: o.id });
  for (const partner of table.partners) {
    if (partner.lines.length === 0) continue;
    const gives = l
      .termsOf(l.me)
      .filter((t) => l.canGive(t.id) && rng.chance(0.3))
      .map((t) => t.id);
    const asks = l
      .termsOf(partner.seat)
      .filter(() => rng.chance(0.3))
      .map((t) => t.id);
    const line = partner.lines[rng.int(partner.lines.length)] as OfferLine;
    const p = { to: partner.seat, gives, asks };
    if (gives.length + asks.length > 0 && proposalCost(view, l, p) <= budget) options.push({ kind: 'propose', ...p, line });
  }
  return options.length > 0 ? (options[rng.int(options.length)] as TableAction) : null;
}

/** How often the random bot acts at the table in a month. */
export const RANDOM_TABLE_RATE = 0.35;

/** The table action of any bot but the strategist (which plans its own), or null. */
export function chooseTable(view: PlayerView, bot: BotName, rng: RngCursor, budget: number, way?: Bargainer): TableChoice | null {
  if (!view.table || view.seat === 'all' || view.ending !== null || view.table.pending) return null;
  if (bot === 'random') {
    if (!rng.chance(RANDOM_TABLE_RATE)) return null;
    const action = randomAction(view, rng, budget);
    return action ? { action, why: { code: 'randomTable' } } : null;
  }
  if (bot === 'strategist') return null;
  return bargain(view, bot, budget, way);
}

/**
 * A card's worth at the table, for a personality's card choice: Seoul consults Washington while a
 * US–DPRK package that touches its security is on the table (claim 10), so that it shapes the deal.
 */
export function tableCardBonus(view: PlayerView, move: string): number {
  const table = view.table;
  if (!table || view.seat !== 'rok' || move !== 'rok.consultWashington') return 0;
  const l = new Ledger(view);
  const touching = (ids: readonly TermId[]) => ids.some((t) => l.touchesSeoul(t));
  const agreed = table.agreed !== null && touching([...table.agreed.us, ...table.agreed.dprk]);
  const onTable = table.offers.some(
    (o) =>
      o.status === 'open' &&
      ((o.from === 'us' && o.to === 'dprk') || (o.from === 'dprk' && o.to === 'us')) &&
      touching([...o.gives, ...o.asks]),
  );
  return agreed ? 10 : onTable ? 6 : 0;
}

/** Capital a table action costs the viewer now (the action, the surcharges of terms it gives, the loyal circle's price). */
export function actionCost(view: PlayerView, a: TableAction): number {
  const l = new Ledger(view);
  if (a.kind === 'propose') return proposalCost(view, l, a);
  if (a.kind === 'reject') return 0;
  const o = view.table?.offers.find((x) => x.id === a.offer);
  return o ? l.surcharge(o.asks) : 0;
}

/** The acceptable offer worth most to the viewer that it can give now, if it is worth anything: the strategist's "accept" candidate. */
export function bestAcceptable(view: PlayerView): TableAction | null {
  const table = view.table;
  if (!table || view.seat === 'all') return null;
  const l = new Ledger(view);
  let best: { id: number; worth: number } | null = null;
  for (const id of table.acceptable) {
    const o = table.offers.find((x) => x.id === id);
    if (!o || !o.asks.every((t) => l.canGive(t))) continue;
    const w = l.worthOf(o);
    if (w > 0 && (!best || w > best.worth)) best = { id, worth: w };
  }
  return best ? { kind: 'accept', offer: best.id } : null;
}
