/** The team panel's table action without the DOM: what is sealed with the card, what was sealed, a change of move, and the reasons shown. */
import { describe, expect, it } from 'vitest';
import { tableVM } from '../../src/app/screens/table';
import { newOffer, toggleTerm, type TableDraft } from '../../src/app/screens/tableDraft';
import {
  cardTooDear,
  draftOf,
  monthsLeft,
  monthsLeftText,
  sealedTable,
  shownView,
  tableToSend,
  whyNotAccept,
} from '../../src/classroom/tableChoice';
import { createGame } from '../../src/engine/runner';
import { SCENARIO } from '../../src/model/data/scenario';
import type { Offer, TableAction } from '../../src/model/table';
import type { PlayerView } from '../../src/model/view';

/** Washington's view in month 4 of a real game of the current rules, with these offers on the table. */
function usView(offers: Offer[] = [], acceptable: number[] = [], extra: Partial<PlayerView> = {}): PlayerView {
  const g = createGame({ seed: 1, scenarioVersion: SCENARIO.version });
  const v = g.view('us');
  g.stop();
  return { ...v, turn: 4, table: { ...v.table!, offers, acceptable }, ...extra };
}

const offer = (o: Partial<Offer> & Pick<Offer, 'id'>): Offer => ({
  turn: 2,
  from: 'dprk',
  to: 'us',
  gives: ['freeze'],
  asks: ['partialRelief'],
  line: 'secret',
  status: 'open',
  ...o,
});

describe("the team panel's table action", () => {
  it('sends the draft only when it is a complete action', () => {
    const v = usView();
    const t = v.table!;
    expect(tableToSend(v, null, 'us')).toBeUndefined();
    let d: TableDraft = newOffer(t);
    expect(tableToSend(v, d, 'us')).toBeUndefined();
    d = toggleTerm(toggleTerm(d, t, 'asks', 'freeze'), t, 'gives', 'partialRelief');
    expect(tableToSend(v, d, 'us')).toEqual({ kind: 'propose', to: d.to, gives: ['partialRelief'], asks: ['freeze'], line: d.line });
    expect(tableToSend({ ...v, table: null }, d, 'us')).toBeUndefined();
  });

  it('a sealed action becomes the draft again when the team changes its move, and is sent the same', () => {
    const v = usView([offer({ id: 3 })], [3]);
    const propose: TableAction = { kind: 'propose', to: 'dprk', gives: ['partialRelief'], asks: ['freeze', 'roadmap'], line: 'public' };
    for (const a of [propose, { kind: 'accept', offer: 3 } as const, { kind: 'reject', offer: 3 } as const])
      expect(tableToSend(v, draftOf(a), 'us')).toEqual(a);
    expect(draftOf(null)).toBeNull();
  });

  it('a session over days holds the sealed action in the pending move: shown as sealed, open again while changing', () => {
    const a: TableAction = { kind: 'reject', offer: 3 };
    const held = usView([offer({ id: 3 })], [3], { pending: { move: 'us.hold', reason: '', table: a } as PlayerView['pending'] });
    expect(sealedTable(held)).toEqual(a);
    const sealed = tableVM(shownView(held, false), 'en', null);
    expect(sealed.locked).toBe(true);
    expect(sealed.sealed).toBe('Reject offer No. 3 from Pyongyang');
    const changing = shownView(held, true);
    expect(changing.pending).toBeNull();
    expect(tableVM(changing, 'en', draftOf(a)).locked).toBe(false);
    // The game's own pending action (a session without deadlines) is read too; none is none.
    expect(sealedTable({ ...held, pending: { move: 'us.hold', reason: '' }, table: { ...held.table!, pending: a } })).toEqual(a);
    expect(sealedTable(usView())).toBeNull();
    expect(shownView(usView(), true)).toEqual(usView());
  });

  it('says why an offer to the team cannot be accepted: this month, a blocked term, the capital', () => {
    const fresh = offer({ id: 1, turn: 4 });
    const blocked = offer({ id: 2, asks: ['fullRelief'] });
    const ok = offer({ id: 3 });
    const base = usView([fresh, blocked, ok], [3]);
    const v: PlayerView = {
      ...base,
      table: { ...base.table!, terms: base.table!.terms.map((x) => (x.id === 'fullRelief' ? { ...x, blocked: 'congress' } : x)) },
    };
    expect(whyNotAccept('en', v, 'us', 1)).toBe('You can accept it from the month after it was made.');
    expect(whyNotAccept('en', v, 'us', 2)).toBe('You cannot accept it now: it asks Full sanctions relief, and Congress opposes it.');
    expect(whyNotAccept('en', v, 'us', 3)).toBeNull();
    expect(whyNotAccept('de', v, 'us', 1)).toMatch(/Monat/);
    // Accepting costs the surcharges of what it asks: recognition while the circle is loyal.
    const dear = offer({ id: 4, asks: ['recognition'] });
    const poor = usView([dear], [], { capital: { us: 1, dprk: 5, rok: 5 } });
    const poorView = { ...poor, table: { ...poor.table!, terms: poor.table!.terms.map((x) => ({ ...x, blocked: null })) } };
    expect(whyNotAccept('en', poorView, 'us', 4)).toMatch(/costs 2 capital and you have 1/);
  });

  it('a card that with the table action costs more than the team has is refused with the sum', () => {
    const v = usView([], [], { capital: { us: 3, dprk: 5, rok: 5 } });
    const t = v.table!;
    const d = toggleTerm(newOffer(t), t, 'asks', 'roadmap');
    expect(cardTooDear('en', v, d, { name: 'Cheap', cost: 1 })).toBeNull();
    expect(cardTooDear('en', v, d, { name: 'Dear', cost: 3 })).toBe('Card + table cost 4, you have 3');
    expect(cardTooDear('en', v, null, { name: 'Dear', cost: 3 })).toBeNull();
  });

  it('counts the months an open offer can still be answered: it lapses when the month three on from it resolves', () => {
    const v = usView();
    expect(monthsLeft(v, { turn: 3 })).toBe(3);
    expect(monthsLeft(v, { turn: 1 })).toBe(1);
    expect(monthsLeft(v, { turn: 0 })).toBe(0);
    expect(monthsLeftText('en', 3)).toBe('3 months left to answer');
    expect(monthsLeftText('en', 1)).toBe('Last month to answer');
  });
});
