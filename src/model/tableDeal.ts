/**
 * The summit and the deal at the negotiation table (scenario version 3). A summit succeeds when
 * the packages overlap (or one was agreed before it); the deal is its terms, implemented one a
 * month, each with a verification step, while spoilers in Washington and cheating in Pyongyang
 * may break it.
 */
import { TERMS } from './data/terms';
import { tableNumbers } from './ruleset';
import type { Condition } from './rules';
import type { RngCursor } from './rng';
import { addDelta, applyEffect, chanceOf, holds } from './state';
import type { TableState, TermId } from './table';
import { draftTable, openOffer, overlap } from './tableResolve';
import type { DealKind, GameState, Signal } from './types';

/** Seoul had its say: it consulted Washington within the last six months (claim 10). */
const NOT_CONSULTED: Condition = { notRecent: { move: 'rok.consultWashington', within: 6 } };

type Package = NonNullable<TableState['agreed']>;

/** What kind of deal a package is (claims 5 and 11): a roadmap, else recognition, else a freeze. */
export function dealKindOf(pkg: Package): DealKind | null {
  if (pkg.dprk.includes('roadmap')) return 'roadmap';
  if (pkg.us.includes('recognition')) return 'recognition';
  if (pkg.dprk.some((t) => TERMS[t].kind === 'freeze')) return 'freeze';
  return null;
}

/** A package the summit can sign: at least one term from each of Washington and Pyongyang, of a kind the endings know. */
function signable(pkg: Package | null): boolean {
  return pkg !== null && pkg.us.length > 0 && pkg.dprk.length > 0 && dealKindOf(pkg) !== null;
}

/**
 * What a summit ends in at the table (claims 2, 4 and 5): the agreed package is signed; else
 * overlapping open offers are; else a wide gap between them, or too little trust, ends in a
 * walk-out (Hanoi, 2019); else in a vague statement (Singapore, 2018).
 */
export function summitAtTable(d: GameState): Signal {
  const t = draftTable(d);
  if (t.agreed && signable(t.agreed)) return { type: 'talks.deal', deal: dealKindOf(t.agreed) as DealKind };
  const us = openOffer(t, 'us', 'dprk');
  const dprk = openOffer(t, 'dprk', 'us');
  if (us && dprk && overlap(us, dprk)) {
    const pkg: Package = { us: [...us.gives], dprk: [...dprk.gives], rok: t.agreed?.rok ?? [] };
    if (signable(pkg)) {
      const i = t.offers.indexOf(us);
      const j = t.offers.indexOf(dprk);
      t.offers[i] = { ...us, status: 'accepted', closedOn: d.turn };
      t.offers[j] = { ...dprk, status: 'accepted', closedOn: d.turn };
      t.agreed = pkg;
      t.agreedFrom = [...(t.agreedFrom ?? []), us.id, dprk.id];
      return { type: 'talks.deal', deal: dealKindOf(pkg) as DealKind };
    }
  }
  if (us && dprk) {
    const gap = us.asks.filter((x) => !dprk.gives.includes(x)).length + dprk.asks.filter((x) => !us.gives.includes(x)).length;
    if (gap >= 2) return { type: 'talks.walkOut' };
  }
  if (d.indicators.trust < 25) return { type: 'talks.walkOut' };
  return { type: 'talks.vague' };
}

/** Signs the agreed package: the deal's terms, to be implemented one a month. */
export function signDeal(d: GameState): void {
  if (!d.table) return;
  const t = draftTable(d);
  const pkg = t.agreed ?? { us: [], dprk: [], rok: [] };
  t.deal = { terms: [...pkg.dprk, ...pkg.us, ...pkg.rok], done: 0, signedOn: d.turn };
  t.agreed = null;
  t.agreedFrom = [];
}

/** The channel went dark (version 3): the package and the deal are gone, open US–DPRK offers withdrawn. */
export function clearTable(d: GameState): void {
  if (!d.table) return;
  const t = draftTable(d);
  t.agreed = null;
  t.agreedFrom = [];
  t.deal = null;
  t.offers = t.offers.map((o) =>
    o.status === 'open' && o.from !== 'rok' && o.to !== 'rok' ? { ...o, status: 'withdrawn' as const, closedOn: d.turn } : o,
  );
}

/** Months a deal's implementation lasts: its terms at the version's pace (one or two a month), at least three. */
export function implementationMonths(d: GameState): number {
  const n = tableNumbers(d);
  return Math.max(n.minImplementation, Math.ceil((d.table?.deal?.terms.length ?? 0) / n.termsPerMonth));
}

/** Terms Congress fights (claim 6b): full relief and recognition add to the spoilers' chance. */
export function congressObjects(terms: readonly TermId[]): boolean {
  return terms.includes('fullRelief') || terms.includes('recognition');
}

/** Terms Pyongyang could cheat on (claims 4, 7 and 8). */
export function cheatable(terms: readonly TermId[]): boolean {
  return terms.some((x) => x === 'freeze' || x === 'yongbyon' || x === 'roadmap');
}

/**
 * Version 3's spoilers in a month of implementation, drawn in a fixed order: the hawks' sabotage
 * (version 2's chance), Congress against full relief or recognition, and Pyongyang cheating on a
 * freeze or a roadmap. Returns the named cause, if one struck, and the month's total chance.
 */
export function spoilers(d: GameState, rng: RngCursor): { cause: 'sabotage' | 'congress' | 'cheat' | null; chance: number } {
  const terms = d.table?.deal?.terms ?? [];
  const n = tableNumbers(d);
  const pSabotage = chanceOf(d, n.sabotage);
  const pCongress = congressObjects(terms) ? n.congressSpoiler : 0;
  const pCheat = cheatable(terms) ? chanceOf(d, n.cheat) : 0;
  const hitSabotage = rng.chance(pSabotage);
  const hitCongress = pCongress > 0 && rng.chance(pCongress);
  const hitCheat = pCheat > 0 && rng.chance(pCheat);
  const cause = hitCheat ? 'cheat' : hitCongress ? 'congress' : hitSabotage ? 'sabotage' : null;
  return { cause, chance: Math.min(1, pSabotage + pCongress + pCheat) };
}

/** Implements the deal's next term, with its verification step; terms touching Seoul's security cost the alliance unless Seoul was consulted (claim 10). */
export function implementStep(d: GameState): void {
  if (!d.table?.deal) return;
  const t = draftTable(d);
  const deal = { ...(t.deal as NonNullable<TableState['deal']>) };
  const term = deal.terms[deal.done];
  if (term === undefined) return;
  deal.done += 1;
  t.deal = deal;
  const def = TERMS[term];
  const cause = { cause: `deal.${term}` };
  applyEffect(d, def.effect, cause);
  if (def.touchesSeoul && holds(d, NOT_CONSULTED)) addDelta(d, 'alliance', tableNumbers(d).seoulTermAlliance, cause);
  d.news.push({ turn: d.turn, id: 'note.dealStep', params: { term, step: deal.done, of: deal.terms.length }, source: def.source });
}
