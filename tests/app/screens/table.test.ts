/** The negotiation table's view model and the month's draft action (scenario version 3), without a browser. */
import { describe, expect, it } from 'vitest';
import { actionText, endTurnVM, tableButtonVM, tableVM, termName, type TableViewInput } from '../../../src/app/screens/table';
import {
  actionCost,
  chooseOffer,
  draftAction,
  newOffer,
  packageValue,
  toggleTerm,
  withLine,
  withPartner,
  type TableDraft,
} from '../../../src/app/screens/tableDraft';
import { tr } from '../../../src/app/text';
import { createGame } from '../../../src/engine/runner';
import { SCENARIO } from '../../../src/model/data/scenario';
import { TERM_IDS, TERMS_BY_SEAT, type Offer, type TableView, type TermId, type TermView } from '../../../src/model/table';
import type { Seat } from '../../../src/model/types';

const giverOf = (id: TermId): Seat => (['us', 'dprk', 'rok'] as const).find((s) => (TERMS_BY_SEAT[s] as readonly string[]).includes(id))!;

/** Every term for Washington: roadmap worth most, giving relief a cost; full relief blocked by Congress, recognition surcharged. */
function terms(over: Partial<Record<TermId, Partial<TermView>>> = {}): TermView[] {
  const values: Partial<Record<TermId, number>> = {
    roadmap: 9,
    freeze: 4,
    yongbyon: 5,
    testMoratorium: 2,
    partialRelief: -2,
    fullRelief: -5,
  };
  return TERM_IDS.map((id) => ({
    id,
    giver: giverOf(id),
    value: values[id] ?? 0,
    blocked: null,
    surcharge: 0,
    touchesSeoul: ['suspendExercises', 'troopCut', 'recognition', 'peaceDeclaration'].includes(id),
    source: 'test',
    ...over[id],
  }));
}

function offer(o: Partial<Offer> & Pick<Offer, 'id' | 'from' | 'to'>): Offer {
  return { turn: 2, gives: [], asks: [], line: 'secret', status: 'open', ...o };
}

function table(t: Partial<TableView> = {}): TableView {
  return {
    offers: [],
    terms: terms({ fullRelief: { blocked: 'congress' }, recognition: { surcharge: 2 } }),
    agreed: null,
    acceptable: [],
    partners: [
      { seat: 'dprk', lines: ['secret', 'public'] },
      { seat: 'rok', lines: ['public'] },
    ],
    pending: null,
    ...t,
  };
}

/** Where a game starts (the cabinet loyal: the surcharges of claim 1 apply), as the rules read it. */
const START = (() => {
  const g = createGame({ seed: 1, scenarioVersion: SCENARIO.version });
  const v = g.view('us');
  g.stop();
  return { scenario: v.scenario, indicators: v.indicators, statuses: v.statuses, tracks: v.tracks };
})();

function view(t: TableView | null, extra: Partial<TableViewInput> = {}): TableViewInput {
  return { seat: 'us', turn: 4, pending: null, ending: null, capital: { us: 4 }, ...START, table: t, ...extra };
}

describe('the draft: building an offer term by term', () => {
  it('starts at the first partner on its first line and becomes a proposal once it holds a term', () => {
    const t = table();
    let d: TableDraft = newOffer(t);
    expect(d).toEqual({ kind: 'propose', to: 'dprk', line: 'secret', gives: [], asks: [] });
    expect(draftAction(d, t, 'us')).toEqual({ action: null, problem: 'noTerms' });
    d = toggleTerm(d, t, 'asks', 'roadmap');
    d = toggleTerm(d, t, 'gives', 'partialRelief');
    d = toggleTerm(d, t, 'asks', 'freeze');
    expect(draftAction(d, t, 'us')).toEqual({
      action: { kind: 'propose', to: 'dprk', gives: ['partialRelief'], asks: ['freeze', 'roadmap'], line: 'secret' },
      problem: null,
    });
    // Choosing a term again takes it out.
    d = toggleTerm(d, t, 'asks', 'freeze');
    expect(d.asks).toEqual(['roadmap']);
  });

  it('a new partner drops the terms asked of the old one and keeps the line only if the new one takes it', () => {
    const t = table();
    let d = toggleTerm(toggleTerm(newOffer(t), t, 'asks', 'roadmap'), t, 'gives', 'partialRelief');
    d = withPartner(d, t, 'rok');
    expect(d).toMatchObject({ to: 'rok', line: 'public', gives: ['partialRelief'], asks: [] });
    d = withLine(withPartner(d, t, 'dprk'), t, 'secret');
    expect(draftAction(d, t, 'us').action).toEqual({ kind: 'propose', to: 'dprk', gives: ['partialRelief'], asks: [], line: 'secret' });
  });

  it('refuses a line the partner cannot be reached on, a blocked term given, and an unknown partner', () => {
    const t = table();
    const toSeoul = withLine(withPartner(toggleTerm(newOffer(t), t, 'gives', 'partialRelief'), t, 'rok'), t, 'secret');
    expect(draftAction(toSeoul, t, 'us').problem).toBe('line');
    const blocked = toggleTerm(newOffer(t), t, 'gives', 'fullRelief');
    expect(draftAction(blocked, t, 'us')).toEqual({ action: null, problem: 'blocked' });
    // Asking for a term its giver cannot give now is allowed: a demand.
    const demand = toggleTerm(newOffer(t), t, 'asks', 'roadmap');
    const tBlocked = table({ terms: terms({ roadmap: { blocked: 'confidence' } }) });
    expect(draftAction(demand, tBlocked, 'us').action).not.toBeNull();
    expect(draftAction({ kind: 'propose', to: 'us', line: 'public', gives: ['freeze'], asks: [] }, t, 'us').problem).toBe('partner');
  });

  it('accepts only an acceptable offer whose asked terms the player can give, and rejects only an open offer to it', () => {
    const o = offer({ id: 3, from: 'dprk', to: 'us', gives: ['freeze'], asks: ['partialRelief'] });
    const asksBlocked = offer({ id: 4, from: 'dprk', to: 'us', gives: ['roadmap'], asks: ['fullRelief'] });
    const closed = offer({ id: 5, from: 'dprk', to: 'us', status: 'lapsed' });
    const t = table({ offers: [o, asksBlocked, closed], acceptable: [3, 4] });
    expect(draftAction(chooseOffer(null, 'accept', 3), t, 'us').action).toEqual({ kind: 'accept', offer: 3 });
    expect(draftAction(chooseOffer(null, 'accept', 4), t, 'us').problem).toBe('blocked');
    expect(draftAction(chooseOffer(null, 'accept', 5), t, 'us').problem).toBe('notAcceptable');
    expect(draftAction(chooseOffer(null, 'reject', 3), t, 'us').action).toEqual({ kind: 'reject', offer: 3 });
    expect(draftAction(chooseOffer(null, 'reject', 5), t, 'us').problem).toBe('notOpen');
    // The same choice again takes it back; a term chosen after it begins an offer instead.
    expect(chooseOffer({ kind: 'accept', offer: 3 }, 'accept', 3)).toBeNull();
    expect(toggleTerm({ kind: 'accept', offer: 3 }, t, 'gives', 'partialRelief').kind).toBe('propose');
  });

  it('costs what the rules charge: 1 to propose plus the loyal circle’s surcharges, the surcharges given to accept, nothing to reject', () => {
    expect(START.tracks.cabinet).toBe('loyal');
    const o = offer({ id: 3, from: 'dprk', to: 'us', gives: ['freeze'], asks: ['recognition'] });
    const t = table({ offers: [o], acceptable: [3] });
    const cost = (a: Parameters<typeof actionCost>[0]) => actionCost(a, t, 'us', START);
    const propose = (gives: TermId[], asks: TermId[]) => cost({ kind: 'propose', to: 'dprk', gives, asks, line: 'public' });
    expect(propose(['partialRelief'], ['roadmap'])).toBe(1);
    expect(propose(['recognition', 'partialRelief'], ['roadmap'])).toBe(3); // giving recognition: +2 (claim 1)
    expect(propose([], ['freeze'])).toBe(3); // a freeze without the roadmap: +2 (claims 1, 5)
    expect(propose([], ['freeze', 'roadmap'])).toBe(1);
    expect(cost({ kind: 'accept', offer: 3 })).toBe(2);
    expect(cost({ kind: 'reject', offer: 3 })).toBe(0);
    expect(cost(null)).toBe(0);
    expect(packageValue(['roadmap', 'partialRelief'], t)).toBe(7);
  });
});

describe('tableVM', () => {
  it('is not available before version 3, and locks once the month is sealed', () => {
    expect(tableVM(view(null), 'en', null).available).toBe(false);
    expect(tableVM(view(null), 'en', null).locked).toBe(true);
    expect(tableButtonVM(view(null), 'en', null)).toBeNull();
    expect(tableVM(view(table()), 'en', null).locked).toBe(false);
    expect(tableVM(view(table(), { pending: { move: 'us.sendEnvoy', reason: '' } }), 'en', null).locked).toBe(true);
  });

  it('lists open offers first, newest first, then the history, with route, line, terms, status, month and worth', () => {
    const t = table({
      offers: [
        offer({ id: 1, from: 'us', to: 'dprk', turn: 1, gives: ['partialRelief'], asks: ['roadmap'], status: 'countered', closedOn: 2 }),
        offer({ id: 2, from: 'dprk', to: 'us', turn: 2, gives: ['freeze'], asks: ['partialRelief'], line: 'secret' }),
        offer({ id: 3, from: 'rok', to: 'us', turn: 3, gives: ['payMore'], asks: [], line: 'public' }),
      ],
      acceptable: [2],
    });
    const vm = tableVM(view(t), 'en', null);
    expect(vm.offers.map((o) => o.id)).toEqual([3, 2, 1]);
    const two = vm.offers[1]!;
    expect(two).toMatchObject({
      route: 'Pyongyang → Washington',
      secret: true,
      statusLabel: 'Open',
      mine: false,
      toMe: true,
      acceptable: true,
    });
    expect(two.gives).toBe(termName('en', 'freeze'));
    expect(two.value).toBe(2); // freeze 4 + partial relief −2, as Washington values them
    expect(two.valueText).toBe(tr('en', 'ui.table.worth', { value: '+2' }));
    expect(two.date).toBe('No. 2 · February 2025');
    const one = vm.offers[2]!;
    expect(one.statusLabel).toBe('Countered');
    expect(one.date).toBe('No. 1 · January 2025 to February 2025');
    expect(one.spoken.startsWith('Offer 1, January 2025 to February 2025: Washington → Pyongyang')).toBe(true);
    expect(one.spoken).toContain('Washington → Pyongyang');
    expect(vm.offers[0]!.asks).toBe('nothing');
    expect(vm.openCount).toBe(2);
    expect(vm.acceptableCount).toBe(1);
  });

  it('shows each term’s worth to the player and, when blocked, why, from the giver’s side', () => {
    const vm = tableVM(
      view(table({ terms: terms({ fullRelief: { blocked: 'congress' }, roadmap: { blocked: 'confidence' } }) })),
      'en',
      null,
    );
    const full = vm.builder.give.find((x) => x.id === 'fullRelief')!;
    expect(full.choosable).toBe(false);
    expect(full.blocked).toBe('Congress opposes it');
    expect(full.note).toContain(tr('en', 'ui.table.blockedMine', { reason: 'Congress opposes it' }));
    expect(full.valueText).toBe('−5');
    const road = vm.builder.ask.find((x) => x.id === 'roadmap')!;
    expect(road.choosable).toBe(true); // a demand may be made
    expect(road.note).toContain(tr('en', 'ui.table.blockedTheirs', { reason: tr('en', 'ui.table.blocked.confidence') }));
    expect(vm.builder.ask.map((x) => x.id)).toEqual([...TERMS_BY_SEAT.dprk]);
    expect(vm.builder.give.map((x) => x.id)).toEqual([...TERMS_BY_SEAT.us]);
    // An unknown reason code is still said, not shown as a key.
    const odd = tableVM(view(table({ terms: terms({ troopCut: { blocked: 'somethingNew' } }) })), 'de', null);
    expect(odd.builder.give.find((x) => x.id === 'troopCut')!.blocked).toBe(tr('de', 'ui.table.blocked.other', { code: 'somethingNew' }));
  });

  it('adds up the offer’s worth to the player as terms are added, and says what End turn will send', () => {
    const t = table();
    let d: TableDraft = toggleTerm(null, t, 'asks', 'roadmap');
    let vm = tableVM(view(t), 'en', d);
    expect(vm.builder.total).toBe(9);
    expect(vm.builder.totalText).toBe('This offer is worth +9 to you');
    d = toggleTerm(d, t, 'gives', 'partialRelief');
    vm = tableVM(view(t), 'en', d);
    expect(vm.builder.total).toBe(7);
    expect(vm.builder.give.find((x) => x.id === 'partialRelief')!.chosen).toBe(true);
    expect(vm.choice).toMatchObject({ ready: true, problem: null, cost: 1 });
    expect(vm.choice!.text).toBe('Offer to Pyongyang (Secret): you give Partial sanctions relief; you ask Denuclearization roadmap');
    expect(tableButtonVM(view(t), 'en', d)!.sub).toBe('Offer ready');
    // Incomplete: said so, and End turn will not send it.
    const empty = tableVM(view(t), 'en', newOffer(t));
    expect(empty.choice).toMatchObject({ ready: false, problem: 'Add at least one term.' });
    expect(tableButtonVM(view(t), 'en', newOffer(t))!.sub).toBe('Offer not complete');
  });

  it('marks the offer chosen for accepting or rejecting, and shows the sealed action as pending', () => {
    const o = offer({ id: 7, from: 'dprk', to: 'us', gives: ['freeze'], asks: ['partialRelief'] });
    const t = table({ offers: [o], acceptable: [7] });
    const vm = tableVM(view(t), 'ko', { kind: 'accept', offer: 7 });
    expect(vm.offers[0]!.chosen).toBe('accept');
    expect(vm.choice!.text).toBe(actionText('ko', { kind: 'accept', offer: 7 }, t));
    expect(vm.choice!.text).toContain('평양');
    const sealed = table({ offers: [o], pending: { kind: 'reject', offer: 7 } });
    const after = tableVM(view(sealed), 'de', null);
    expect(after.sealed).toBe('Angebot Nr. 7 von Pjöngjang ablehnen');
    expect(after.locked).toBe(true);
    expect(tableButtonVM(view(sealed), 'de', null)!.sub).toBe(tr('de', 'ui.table.sub.sealed'));
  });

  it('shows the agreed package by seat with its worth to the player', () => {
    const t = table({ agreed: { us: ['partialRelief'], dprk: ['roadmap', 'freeze'], rok: [] } });
    const vm = tableVM(view(t), 'en', null);
    expect(vm.agreed!.parts.map((p) => p.seat)).toEqual(['us', 'dprk']);
    expect(vm.agreed!.parts[1]!.terms).toBe(`${termName('en', 'roadmap')}, ${termName('en', 'freeze')}`);
    expect(vm.agreed!.value).toBe(11);
    expect(vm.agreed!.text).toContain('worth +11 to you');
  });

  it('has every term, status, line and shown reason worded in English, German and Korean', () => {
    for (const lang of ['en', 'de', 'ko'] as const) {
      for (const id of TERM_IDS) expect(termName(lang, id)).not.toMatch(/^term\./);
      for (const s of ['open', 'accepted', 'rejected', 'countered', 'withdrawn', 'lapsed'])
        expect(tr(lang, `offer.status.${s}`)).not.toMatch(/^offer\./);
      for (const p of ['partner', 'line', 'noTerms', 'blocked', 'notAcceptable', 'notOpen'])
        expect(tr(lang, `ui.table.problem.${p}`)).not.toMatch(/^ui\./);
    }
  });
});

describe('endTurnVM', () => {
  it('names the card, adds the table when a complete action goes with it, and refuses a seal the capital cannot pay', () => {
    const t = table();
    const offerDraft = toggleTerm(null, t, 'gives', 'partialRelief');
    expect(endTurnVM(view(t), 'en', null, null)).toEqual({ sub: tr('en', 'ui.board.pickFirst'), affordable: false });
    expect(endTurnVM(view(t), 'en', null, { name: 'Send a secret envoy', cost: 2 })).toEqual({
      sub: 'Send a secret envoy',
      affordable: true,
    });
    expect(endTurnVM(view(t), 'en', offerDraft, { name: 'Send a secret envoy', cost: 2 })).toEqual({
      sub: 'Send a secret envoy + table',
      affordable: true,
    });
    // An incomplete offer is not sent, so it costs nothing.
    expect(endTurnVM(view(t), 'en', newOffer(t), { name: 'Envoy', cost: 4 }).affordable).toBe(true);
    // 4 capital: a card of 4 and an offer of 1 are too dear together.
    expect(endTurnVM(view(t), 'en', offerDraft, { name: 'Envoy', cost: 4 })).toEqual({
      sub: 'Card + table cost 5, you have 4',
      affordable: false,
    });
  });
});

describe('tableVM over a game of version 3', () => {
  it('shows an offer Washington sealed with its card on the table of the next month, for it and for Pyongyang', () => {
    const g = createGame({ seed: 5, seats: { us: 'human', dprk: 'bot:dealmaker', rok: 'bot:dealmaker' }, scenarioVersion: 3 });
    g.runBots();
    const v = g.view('us');
    expect(v.scenario.version).toBe(3);
    let draft: TableDraft = withPartner(null, v.table!, 'dprk');
    draft = withLine(draft, v.table!, 'public');
    draft = toggleTerm(toggleTerm(draft, v.table!, 'gives', 'partialRelief'), v.table!, 'asks', 'testMoratorium');
    const built = tableVM(v, 'en', draft);
    expect(built.choice).toMatchObject({ ready: true, problem: null });
    const { action } = draftAction(draft, v.table!, 'us');
    const card = v.legal.find((m) => endTurnVM(v, 'en', draft, { name: m.id, cost: m.cost }).affordable)!;
    expect(g.play('us', card.id, 'test', action!).ok).toBe(true);
    g.runBots();
    for (const seat of ['us', 'dprk'] as const) {
      const vm = tableVM(g.view(seat), 'en', null);
      const mine = vm.offers.find((o) => o.route === 'Washington → Pyongyang');
      expect(mine, seat).toMatchObject({ lineLabel: 'Public', statusLabel: 'Open', mine: seat === 'us', toMe: seat === 'dprk' });
      expect(mine!.gives).toBe(termName('en', 'partialRelief'));
      expect(mine!.asks).toBe(termName('en', 'testMoratorium'));
    }
    g.stop();
  });
});
