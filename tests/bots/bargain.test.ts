/**
 * The bargainers' concession strategies (src/bots/bargain.ts) on hand-built views of the table:
 * a Boulware hawk concedes later than a conceding dove, a tit-for-tat dealmaker mirrors the other
 * side's last concession, nobody accepts below its aspiration, and no table action is illegal.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aspiration, bargain, BARGAINERS, chooseTable, Ledger, nearestPackage, proposalCost, timeOf } from '../../src/bots/bargain';
import { PERSONALITY_NAMES } from '../../src/bots/personalities';
import { HELD_PLANS } from '../../src/bots/strategist';
import { seedRng, RngCursor } from '../../src/model/rng';
import { createInitialState } from '../../src/model/state';
import { TERMS_BY_SEAT, type Offer, type OfferLine, type TableAction, type TableView, type TermId } from '../../src/model/table';
import type { Seat } from '../../src/model/types';
import { playerView, type PlayerView } from '../../src/model/view';

const giverOf = (id: TermId): Seat =>
  (Object.keys(TERMS_BY_SEAT) as Seat[]).find((s) => (TERMS_BY_SEAT[s] as readonly string[]).includes(id))!;
const ALL_TERMS: TermId[] = Object.values(TERMS_BY_SEAT).flat();

/** A view of `seat` with the given table, month and stage (everything else from a fresh game). */
function viewOf(seat: Seat, table: Partial<TableView>, over: Partial<PlayerView> = {}): PlayerView {
  const base = playerView(createInitialState({ seed: 7 }), seat, { brief: true });
  const t: TableView = {
    offers: [],
    terms: [],
    agreed: null,
    acceptable: [],
    partners: [
      { seat: seat === 'us' ? 'dprk' : 'us', lines: ['secret', 'public'] },
      { seat: seat === 'rok' ? 'dprk' : 'rok', lines: ['public'] },
    ],
    pending: null,
    ...table,
  };
  return { ...base, ...over, table: t };
}

/** Term views with the given values for the viewer (unlisted terms are worth 0), none blocked. */
function terms(values: Partial<Record<TermId, number>>, blocked: TermId[] = []) {
  return ALL_TERMS.map((id) => ({
    id,
    giver: giverOf(id),
    value: values[id] ?? 0,
    blocked: blocked.includes(id) ? 'blocked.test' : null,
    surcharge: 0,
    touchesSeoul: false,
    source: '',
  }));
}

/** Washington's view of the table: it wants a roadmap most, relief costs it. */
const US_VALUES: Partial<Record<TermId, number>> = {
  roadmap: 12,
  yongbyon: 6,
  freeze: 5,
  testMoratorium: 2,
  partialRelief: -2,
  fullRelief: -6,
  suspendExercises: -3,
  peaceDeclaration: -1,
  recognition: -10,
  troopCut: -8,
};

const offer = (o: Partial<Offer> & Pick<Offer, 'id' | 'from' | 'to' | 'gives' | 'asks'>): Offer => ({
  turn: o.id,
  line: 'secret',
  status: 'open',
  ...o,
});

describe('time-dependent concession (Boulware hawk, conceding dove)', () => {
  const at = (turn: number, name: 'hawk' | 'dove') =>
    aspiration(
      viewOf('us', { terms: terms(US_VALUES) }, { turn }),
      new Ledger(viewOf('us', { terms: terms(US_VALUES) })),
      BARGAINERS[name],
      'dprk',
    );

  it('both start at the best package; the hawk concedes later and less than the dove', () => {
    const max = at(1, 'hawk').max;
    expect(max).toBe(17); // the two Pyongyang terms Washington values most (roadmap 12, Yongbyon 6) for its cheapest term (−1)
    expect(at(1, 'hawk').aspiration).toBeCloseTo(max);
    expect(at(1, 'dove').aspiration).toBeCloseTo(max);
    const firstBelow = (name: 'hawk' | 'dove', share: number) => {
      for (let turn = 1; turn <= 24; turn++) if (at(turn, name).aspiration < share * max) return turn;
      return Infinity;
    };
    expect(firstBelow('dove', 0.8)).toBeLessThan(firstBelow('hawk', 0.8));
    expect(firstBelow('hawk', 0.8)).toBeGreaterThan(12); // holds its demand past the middle of the game
    for (let turn = 2; turn <= 23; turn++) expect(at(turn, 'hawk').aspiration).toBeGreaterThan(at(turn, 'dove').aspiration);
    // The hawk never goes below its reserve; the dove will settle for anything better than no deal.
    expect(at(24, 'hawk').aspiration).toBeCloseTo(BARGAINERS.hawk.reserve * max);
    expect(at(24, 'dove').aspiration).toBeCloseTo(0);
  });

  it('the talks reaching a summit bring the deadline forward', () => {
    const v = viewOf('us', { terms: terms(US_VALUES) }, { turn: 2 });
    expect(timeOf({ ...v, tracks: { ...v.tracks, negotiation: 'summit' } })).toBeGreaterThan(timeOf(v));
  });
});

describe('tit-for-tat (the dealmaker)', () => {
  const tft = BARGAINERS.dealmaker;
  /** Washington asked for roadmap + freeze (worth 17); Pyongyang answered twice, the second time conceding `extra` more to Washington. */
  const history = (second: TermId[]) => [
    offer({ id: 1, from: 'us', to: 'dprk', gives: [], asks: ['roadmap', 'freeze'] }),
    offer({ id: 2, from: 'dprk', to: 'us', gives: ['testMoratorium'], asks: ['fullRelief'], status: 'countered' }),
    offer({ id: 3, from: 'dprk', to: 'us', gives: second, asks: ['fullRelief'] }),
  ];

  it.each([
    [['testMoratorium', 'freeze'] as TermId[], 5],
    [['testMoratorium', 'yongbyon'] as TermId[], 6],
    [['freeze', 'yongbyon'] as TermId[], 9],
  ])('mirrors the other side’s last concession (%j conceded %d)', (second, conceded) => {
    const v = viewOf('us', { terms: terms(US_VALUES), offers: history(second) });
    const l = new Ledger(v);
    expect(l.worthOf(history(second)[2]!) - l.worthOf(history(second)[1]!)).toBe(conceded);
    expect(aspiration(v, l, tft, 'dprk').aspiration).toBe(17 - conceded);
  });

  it('opens with a small step when the other side answers without conceding, and holds when it has not answered', () => {
    const answered = viewOf('us', { terms: terms(US_VALUES), offers: history(['testMoratorium']) });
    const r = aspiration(answered, new Ledger(answered), tft, 'dprk');
    expect(r.aspiration).toBeCloseTo(17 - tft.opening * (r.max - r.min));
    const again = offer({ id: 4, from: 'us', to: 'dprk', gives: [], asks: ['roadmap', 'freeze'] });
    const waiting = viewOf('us', { terms: terms(US_VALUES), offers: [...history(['testMoratorium']), again] });
    expect(aspiration(waiting, new Ledger(waiting), tft, 'dprk').aspiration).toBe(17);
  });

  it('answers with the package nearest Pyongyang’s offer that meets its aspiration', () => {
    const v = viewOf('us', { terms: terms(US_VALUES), offers: history(['testMoratorium', 'freeze']), acceptable: [] });
    const c = bargain(v, 'dealmaker', 8)!;
    expect(c.action.kind).toBe('propose');
    const a = c.action as Extract<TableAction, { kind: 'propose' }>;
    const l = new Ledger(v);
    expect(l.worth(a)).toBeGreaterThanOrEqual(12);
    // Pyongyang's offer mirrored is worth 7 − 6 = 1 to Washington: one change (the roadmap for the moratorium) makes it 11,
    // a second (no full relief) 17.
    expect(a.asks).toContain('roadmap');
    expect(l.worth(a)).toBeGreaterThanOrEqual(12);
    expect(a.gives.length).toBeGreaterThan(0); // a package Pyongyang and Washington can sign has a term of each
    expect(l.worth(a)).toBeGreaterThanOrEqual(12);
  });
});

describe('nearest package', () => {
  it('changes as few terms as it must, largest gains first', () => {
    const l = new Ledger(viewOf('us', { terms: terms(US_VALUES) }));
    const p = nearestPackage(l, { to: 'dprk', gives: ['fullRelief'], asks: ['testMoratorium'] }, 8, false);
    // −6 + 2 = −4: asking the roadmap too (+12) is one change and enough; dropping full relief as well is not needed.
    expect(p.asks.sort()).toEqual(['roadmap', 'testMoratorium']);
    expect(p.gives).toEqual(['fullRelief']);
    // For more, it swaps full relief for its cheapest term (+5, more than Yongbyon for the moratorium, +4): it keeps a
    // term given, as a package Pyongyang and Washington can sign has a term of each side.
    const more = nearestPackage(l, { to: 'dprk', gives: ['fullRelief'], asks: ['testMoratorium'] }, 12, false);
    expect(more.gives).toEqual(['peaceDeclaration']);
    expect(more.asks.sort()).toEqual(['roadmap', 'testMoratorium']);
  });
});

// ── Properties over random tables ─────────────────────────────────────────────────────

const SEAT_ARB = fc.constantFrom<Seat>('us', 'dprk', 'rok');
const tableArb = (seat: Seat) =>
  fc
    .record({
      values: fc.array(fc.integer({ min: -12, max: 12 }), { minLength: ALL_TERMS.length, maxLength: ALL_TERMS.length }),
      blocked: fc.array(fc.boolean(), { minLength: ALL_TERMS.length, maxLength: ALL_TERMS.length }),
      surcharge: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: ALL_TERMS.length, maxLength: ALL_TERMS.length }),
      offers: fc.array(
        fc.record({
          from: SEAT_ARB,
          to: SEAT_ARB,
          gives: fc.subarray(ALL_TERMS),
          asks: fc.subarray(ALL_TERMS),
          line: fc.constantFrom<OfferLine>('secret', 'public'),
          status: fc.constantFrom<Offer['status']>('open', 'open', 'countered', 'lapsed'),
        }),
        { maxLength: 6 },
      ),
      lines: fc.array(fc.subarray<OfferLine>(['secret', 'public']), { minLength: 2, maxLength: 2 }),
      turn: fc.integer({ min: 1, max: 24 }),
      budget: fc.integer({ min: 0, max: 8 }),
      stage: fc.constantFrom('noContact', 'secretEnvoy', 'exploratory', 'formal', 'summit'),
      seed: fc.nat(),
    })
    .map((r) => {
      const offers = r.offers
        .filter((o) => o.from !== o.to)
        .map((o, i) =>
          offer({
            ...o,
            id: i + 1,
            turn: Math.min(i + 1, r.turn),
            gives: o.gives.filter((t) => giverOf(t) === o.from),
            asks: o.asks.filter((t) => giverOf(t) === o.to),
          }),
        );
      const others = (['us', 'dprk', 'rok'] as Seat[]).filter((s) => s !== seat);
      const table: Partial<TableView> = {
        terms: ALL_TERMS.map((id, i) => ({
          id,
          giver: giverOf(id),
          value: r.values[i]!,
          blocked: r.blocked[i] && Math.abs(r.values[i]!) % 3 === 0 ? 'blocked.test' : null,
          surcharge: r.surcharge[i]!,
          touchesSeoul: false,
          source: '',
        })),
        offers,
        acceptable: offers.filter((o) => o.to === seat && o.status === 'open' && o.turn < r.turn).map((o) => o.id),
        partners: others.map((s, i) => ({ seat: s, lines: r.lines[i]! })),
      };
      const base = viewOf(seat, table, { turn: r.turn });
      const view = { ...base, tracks: { ...base.tracks, negotiation: r.stage } } as PlayerView;
      return { view, budget: r.budget, seed: r.seed };
    });

/** Whether a table action is one the seat may take now, by the table's rules as its view shows them. */
function legality(view: PlayerView, a: TableAction, budget: number): string | null {
  const t = view.table!;
  const me = view.seat as Seat;
  const l = new Ledger(view);
  if (a.kind === 'propose') {
    const partner = t.partners.find((p) => p.seat === a.to);
    if (!partner || !partner.lines.includes(a.line)) return 'not a partner on that line';
    if (a.to === me) return 'to itself';
    if (a.gives.length + a.asks.length === 0) return 'empty';
    if (new Set(a.gives).size !== a.gives.length || new Set(a.asks).size !== a.asks.length) return 'duplicates';
    if (!a.gives.every((x) => giverOf(x) === me && l.canGive(x))) return 'gives what it may not';
    if (!a.asks.every((x) => giverOf(x) === a.to)) return 'asks what the partner does not hold';
    if (proposalCost(view, l, { to: a.to, gives: a.gives, asks: a.asks }) > budget) return 'too dear';
    return null;
  }
  const o = t.offers.find((x) => x.id === a.offer);
  if (!o || o.to !== me || o.status !== 'open') return 'not an open offer to it';
  if (a.kind === 'accept') {
    if (!t.acceptable.includes(a.offer)) return 'not acceptable';
    if (!o.asks.every((x) => l.canGive(x))) return 'cannot give what is asked';
    if (l.surcharge(o.asks) > budget) return 'too dear';
  }
  return null;
}

describe('every bargainer, on random tables', () => {
  const cases = fc
    .tuple(SEAT_ARB, fc.constantFrom(...PERSONALITY_NAMES, 'random' as const))
    .chain(([seat, bot]) => tableArb(seat).map((x) => ({ ...x, seat, bot })));

  it('never takes an illegal table action, and is deterministic', () => {
    fc.assert(
      fc.property(cases, ({ view, budget, seed, bot }) => {
        const c = chooseTable(view, bot, new RngCursor(seedRng(seed)), budget);
        expect(chooseTable(view, bot, new RngCursor(seedRng(seed)), budget)).toEqual(c);
        if (c) expect(legality(view, c.action, budget)).toBeNull();
      }),
      { numRuns: 1500 },
    );
  });

  it('never accepts below its aspiration, and never proposes a package worth less to it', () => {
    fc.assert(
      fc.property(cases, ({ view, budget, bot }) => {
        if (bot === 'random') return;
        const c = bargain(view, bot, budget);
        if (!c) return;
        const l = new Ledger(view);
        if (c.action.kind === 'accept') {
          const id = c.action.offer;
          const o = view.table!.offers.find((x) => x.id === id)!;
          expect(l.worthOf(o)).toBeGreaterThanOrEqual(aspiration(view, l, BARGAINERS[bot], o.from).aspiration);
        }
        if (c.action.kind === 'propose' && c.why.code === 'propose') {
          expect(l.worth(c.action)).toBeGreaterThanOrEqual(aspiration(view, l, BARGAINERS[bot], c.action.to).aspiration - 1e-9);
        }
      }),
      { numRuns: 1500 },
    );
  });
});

describe('another way of bargaining (a strategist plan’s, HELD_PLANS)', () => {
  const way = HELD_PLANS.dprk!.way;
  const cases = fc
    .tuple(SEAT_ARB, fc.constantFrom(...PERSONALITY_NAMES))
    .chain(([seat, bot]) => tableArb(seat).map((x) => ({ ...x, seat, bot })));

  it('is legal, accepts nothing below its own aspiration, and the personality’s own way given changes nothing', () => {
    let differs = 0;
    fc.assert(
      fc.property(cases, ({ view, budget, seed, bot }) => {
        const own = chooseTable(view, bot, new RngCursor(seedRng(seed)), budget);
        expect(chooseTable(view, bot, new RngCursor(seedRng(seed)), budget, BARGAINERS[bot])).toEqual(own);
        const c = chooseTable(view, bot, new RngCursor(seedRng(seed)), budget, way);
        if (JSON.stringify(c) !== JSON.stringify(own)) differs++;
        if (!c) return;
        expect(legality(view, c.action, budget)).toBeNull();
        if (c.action.kind === 'accept') {
          const l = new Ledger(view);
          const id = c.action.offer;
          const o = view.table!.offers.find((x) => x.id === id)!;
          const asp = aspiration(view, l, way, o.from);
          expect(l.worthOf(o)).toBeGreaterThanOrEqual(asp.aspiration);
          // It concedes no further than its reserve.
          expect(asp.aspiration).toBeGreaterThanOrEqual(way.reserve * asp.max - 1e-9);
        }
      }),
      { numRuns: 800 },
    );
    // It is another way: on some tables it does otherwise than the personality would.
    expect(differs).toBeGreaterThan(0);
  });
});

describe('lines', () => {
  it('a hawk first states a tough public demand, then bargains in secret; a leak can set the two against each other', () => {
    const v = viewOf('us', { terms: terms(US_VALUES) }, { turn: 20 });
    const first = bargain(v, 'hawk', 8)!;
    expect(first.why.code).toBe('publicLine');
    const line = first.action as Extract<TableAction, { kind: 'propose' }>;
    expect(line).toMatchObject({ line: 'public', gives: [] });
    expect(line.asks).toContain('roadmap');
    // Late in the game it concedes, but only through the secret channel.
    const stated = offer({ id: 1, from: 'us', to: 'dprk', gives: [], asks: line.asks, line: 'public', status: 'withdrawn' });
    const theirs = offer({ id: 2, from: 'dprk', to: 'us', gives: ['testMoratorium'], asks: ['partialRelief', 'suspendExercises'] });
    const next = bargain(viewOf('us', { terms: terms(US_VALUES), offers: [stated, theirs] }, { turn: 23 }), 'hawk', 8)!;
    // What it gives in secret (relief) its public line never gave: what a leak of the channel exposes.
    expect(next.action).toMatchObject({ kind: 'propose', line: 'secret' });
    expect((next.action as Extract<TableAction, { kind: 'propose' }>).gives).toContain('partialRelief');
  });

  it('a dove makes a small concession in public, a dealmaker in secret', () => {
    const theirs = offer({ id: 1, from: 'dprk', to: 'us', gives: ['freeze'], asks: ['partialRelief'] });
    const v = viewOf('us', { terms: terms(US_VALUES), offers: [theirs] }, { turn: 12 });
    const dove = bargain(v, 'dove', 8)!;
    expect(dove.action).toMatchObject({ kind: 'propose', line: 'public' });
    const dealmaker = bargain({ ...v, turn: 2 }, 'dealmaker', 8)!;
    expect(dealmaker.action.kind).toBe('propose');
    if ((dealmaker.action as Extract<TableAction, { kind: 'propose' }>).gives.length > 0)
      expect(dealmaker.action).toMatchObject({ line: 'secret' });
  });
});
