/**
 * The negotiation table's view model (scenario version 3; `view.table` is null before): the offers
 * the player may see with their history, the agreed package, every term with what it is worth to
 * the player and whether it is blocked and why, the offer being built (tableDraft.ts) with its
 * total value, and the month's chosen or sealed table action. Plain data in the player's language,
 * pure functions of the view and the draft, tested without a browser.
 */
import type { Offer, OfferLine, OfferStatus, TableAction, TableView, TermId, TermView } from '../../model/table';
import { SEATS, type Seat } from '../../model/types';
import type { PlayerView } from '../../model/view';
import type { LanguageId } from '../settings';
import * as T from '../text';
import { monthOfTurn, viewSeat } from './common';
import { actionCost, draftAction, newOffer, packageValue, termsOf, type TableDraft } from './tableDraft';

/** What the table's view model reads of the view (a `PlayerView` has it from version 3). */
export type TableViewInput = Pick<
  PlayerView,
  'scenario' | 'seat' | 'turn' | 'pending' | 'ending' | 'capital' | 'indicators' | 'statuses' | 'tracks'
> & {
  table: TableView | null;
};

export interface TermVM {
  id: TermId;
  giver: Seat;
  name: string;
  value: number;
  /** "+4" / "−2": what the term is worth to the player. */
  valueText: string;
  /** Why the giver cannot give it now, in a few words; null when it can. */
  blocked: string | null;
  /** The same in a full sentence (read out). */
  blockedLong: string | null;
  desc: string;
  surcharge: number;
  touchesSeoul: boolean;
  /** Its worth to the player and what stands in its way, on one line. */
  note: string;
  /** The line under the term's name in the builder (the worth is shown beside it): its block, surcharge or Seoul's security; null for none. */
  detail: string | null;
  /** For screen readers: name, worth, block. */
  spoken: string;
}

export interface TermChoiceVM extends TermVM {
  chosen: boolean;
  /** False for a term the player cannot give now (choosing it explains why instead). */
  choosable: boolean;
}

export interface OfferVM {
  id: number;
  from: Seat;
  to: Seat;
  /** "Washington → Pyongyang". */
  route: string;
  secret: boolean;
  lineLabel: string;
  gives: string;
  asks: string;
  /** "Gives: …", "Asks: …". */
  givesLine: string;
  asksLine: string;
  status: OfferStatus;
  statusLabel: string;
  /** "March 2025" (and when it closed, if it has). */
  date: string;
  /** What the package is worth to the player. */
  value: number;
  valueText: string;
  mine: boolean;
  toMe: boolean;
  acceptable: boolean;
  /** The player's draft accepts or rejects this offer. */
  chosen: 'accept' | 'reject' | null;
  /** "No. 3, March 2025: Pyongyang → Washington, secret. Gives: … Asks: … Open. Worth +4 to you." */
  spoken: string;
}

export interface BuilderVM {
  /** The draft is an offer (rather than nothing, an acceptance or a rejection). */
  active: boolean;
  partners: { seat: Seat; name: string; selected: boolean }[];
  lines: { line: OfferLine; label: string; enabled: boolean; selected: boolean }[];
  to: Seat | null;
  toName: string;
  give: TermChoiceVM[];
  ask: TermChoiceVM[];
  total: number;
  /** "This offer is worth +5 to you". */
  totalText: string;
  /** "Costs 1 capital". */
  costText: string;
}

export interface TableVM {
  /** False before version 3 (and with no table in the view): the board hides the table. */
  available: boolean;
  seat: Seat;
  /** Open offers first, then the history; each group newest first. */
  offers: OfferVM[];
  openCount: number;
  /** Offers addressed to the player that it may accept this month. */
  acceptableCount: number;
  agreed: { parts: { seat: Seat; name: string; terms: string }[]; value: number; text: string } | null;
  terms: TermVM[];
  builder: BuilderVM;
  /** The draft as an action the seal would send, worded; null for none. */
  choice: { text: string; ready: boolean; problem: string | null; cost: number } | null;
  /** The action sealed this month (shown as pending until the month resolves). */
  sealed: string | null;
  /** Nothing can be chosen: the month's move is sealed, the game is over, or there is no table. */
  locked: boolean;
}

const LINES: OfferLine[] = ['secret', 'public'];

/** A term's name and what it means (the game's texts of the table, src/i18n/game/table.ts). */
export function termName(lang: LanguageId, id: TermId): string {
  return T.tr(lang, `term.${id}.name`);
}

export function termDesc(lang: LanguageId, id: TermId): string {
  return T.tr(lang, `term.${id}.desc`);
}

function lineLabel(lang: LanguageId, line: OfferLine): string {
  return T.tr(lang, `offer.line.${line}`);
}

/** A blocked term's reason code, worded (`ui.table.blocked.<code>`; an unknown code is named as it is). */
export function blockedText(lang: LanguageId, code: string): string {
  const key = `ui.table.blocked.${code}`;
  const s = T.tr(lang, key);
  return s === key ? T.tr(lang, 'ui.table.blocked.other', { code }) : s;
}

function valueText(lang: LanguageId, v: number): string {
  return v === 0 ? T.num(lang, 0) : T.signed(lang, v);
}

function termVM(lang: LanguageId, t: TermView, mine: boolean): TermVM {
  const name = termName(lang, t.id);
  const blocked = t.blocked === null ? null : blockedText(lang, t.blocked);
  const blockedLong = t.blocked === null ? null : T.tr(lang, `table.blocked.${t.blocked}`);
  const desc = termDesc(lang, t.id);
  const worth = T.tr(lang, 'ui.table.worth', { value: valueText(lang, t.value) });
  const block = (reason: string) => T.tr(lang, mine ? 'ui.table.blockedMine' : 'ui.table.blockedTheirs', { reason });
  const extra: string[] = [];
  if (!blocked && t.surcharge > 0)
    extra.push(T.tr(lang, mine ? 'ui.table.surcharge' : 'ui.table.askSurcharge', { n: T.num(lang, t.surcharge) }));
  if (t.touchesSeoul) extra.push(T.tr(lang, 'ui.table.touchesSeoul'));
  const parts = [worth, ...(blocked ? [block(blocked)] : []), ...extra];
  // Read out: the name, what it means, its worth, and the block in a full sentence.
  const spoken = [`${name}.`, desc, `${worth}.`, ...(blockedLong ? [block(blockedLong)] : []), ...extra.map((x) => `${x}.`)].join(' ');
  return {
    id: t.id,
    giver: t.giver,
    name,
    value: t.value,
    valueText: valueText(lang, t.value),
    blocked,
    blockedLong,
    desc,
    surcharge: t.surcharge,
    touchesSeoul: t.touchesSeoul,
    note: parts.join(' · '),
    detail: blocked ? block(blocked) : (extra[0] ?? null),
    spoken,
  };
}

function names(lang: LanguageId, terms: readonly TermId[]): string {
  return terms.length === 0 ? T.tr(lang, 'ui.table.nothing') : terms.map((t) => termName(lang, t)).join(', ');
}

function offerVM(lang: LanguageId, o: Offer, table: TableView, seat: Seat, draft: TableDraft): OfferVM {
  const route = `${T.seatName(lang, o.from)} → ${T.seatName(lang, o.to)}`;
  const line = lineLabel(lang, o.line);
  const statusLabel = T.tr(lang, `offer.status.${o.status}`);
  const made = monthOfTurn(lang, o.turn);
  const when =
    o.closedOn !== undefined && o.status !== 'open'
      ? T.tr(lang, 'ui.table.madeClosed', { made, closed: monthOfTurn(lang, o.closedOn) })
      : made;
  const date = `${T.tr(lang, 'ui.table.offerNo', { id: T.num(lang, o.id) })} · ${when}`;
  const value = packageValue([...o.gives, ...o.asks], table);
  const gives = names(lang, o.gives);
  const asks = names(lang, o.asks);
  const chosen = draft && draft.kind !== 'propose' && draft.offer === o.id ? draft.kind : null;
  const vt = T.tr(lang, 'ui.table.worth', { value: valueText(lang, value) });
  return {
    id: o.id,
    from: o.from,
    to: o.to,
    route,
    secret: o.line === 'secret',
    lineLabel: line,
    gives,
    asks,
    givesLine: T.tr(lang, 'ui.table.gives', { terms: gives }),
    asksLine: T.tr(lang, 'ui.table.asks', { terms: asks }),
    status: o.status,
    statusLabel,
    date,
    value,
    valueText: vt,
    mine: o.from === seat,
    toMe: o.to === seat,
    acceptable: table.acceptable.includes(o.id),
    chosen,
    spoken: T.tr(lang, 'ui.table.offerSpoken', {
      id: T.num(lang, o.id),
      date: when,
      route,
      line,
      gives,
      asks,
      status: statusLabel,
      worth: vt,
    }),
  };
}

/** The action worded: "Offer to Pyongyang (secret): you give …; you ask …", "Accept offer No. 3 from Pyongyang". */
export function actionText(lang: LanguageId, a: TableAction, table: TableView | null): string {
  if (a.kind === 'propose')
    return T.tr(lang, 'ui.table.action.propose', {
      to: T.seatName(lang, a.to),
      line: lineLabel(lang, a.line),
      gives: names(lang, a.gives),
      asks: names(lang, a.asks),
    });
  const o = table?.offers.find((x) => x.id === a.offer);
  return T.tr(lang, `ui.table.action.${a.kind}`, { id: T.num(lang, a.offer), from: o ? T.seatName(lang, o.from) : '?' });
}

function builderVM(lang: LanguageId, view: TableViewInput, table: TableView, seat: Seat, draft: TableDraft): BuilderVM {
  const capital = view.capital[seat] ?? 0;
  const d = draft?.kind === 'propose' ? draft : null;
  // Before an offer is begun the builder shows the first partner (a term chosen begins the offer there).
  const shown = d ?? newOffer(table);
  const to = shown.to;
  const byId = new Map(table.terms.map((t) => [t.id, t]));
  const choices = (giver: Seat | null, side: 'gives' | 'asks'): TermChoiceVM[] =>
    giver === null
      ? []
      : termsOf(giver).flatMap((id) => {
          const t = byId.get(id);
          if (!t) return [];
          const vm = termVM(lang, t, giver === seat);
          return [{ ...vm, chosen: d?.[side].includes(id) ?? false, choosable: giver !== seat || t.blocked === null }];
        });
  const partnerLines = table.partners.find((p) => p.seat === to)?.lines ?? [];
  const total = d ? packageValue([...d.gives, ...d.asks], table) : 0;
  const cost = d
    ? actionCost({ kind: 'propose', to: to ?? seat, gives: d.gives, asks: d.asks, line: d.line ?? 'public' }, table, seat, view)
    : 0;
  return {
    active: d !== null,
    partners: table.partners.map((p) => ({ seat: p.seat, name: T.seatName(lang, p.seat), selected: p.seat === to })),
    lines: LINES.map((line) => ({
      line,
      label: lineLabel(lang, line),
      enabled: partnerLines.includes(line),
      selected: shown.line === line,
    })),
    to,
    toName: to ? T.seatName(lang, to) : '',
    give: choices(seat, 'gives'),
    ask: choices(to, 'asks'),
    total,
    totalText: T.tr(lang, 'ui.table.total', { value: valueText(lang, total) }),
    costText: T.tr(lang, 'ui.table.cost', { n: T.num(lang, cost), have: T.num(lang, capital) }),
  };
}

const EMPTY: TableView = { offers: [], terms: [], agreed: null, acceptable: [], partners: [], pending: null };

export function tableVM(view: TableViewInput, lang: LanguageId, draft: TableDraft): TableVM {
  const seat = viewSeat(view);
  const table = view.table ?? EMPTY;
  const rank = (o: Offer) => (o.status === 'open' ? 0 : 1);
  const offers = [...table.offers].sort((a, b) => rank(a) - rank(b) || b.id - a.id).map((o) => offerVM(lang, o, table, seat, draft));
  const agreed = table.agreed;
  const parts = agreed
    ? SEATS.filter((s) => agreed[s].length > 0).map((s) => ({ seat: s, name: T.seatName(lang, s), terms: names(lang, agreed[s]) }))
    : [];
  const agreedValue = agreed ? packageValue([...agreed.us, ...agreed.dprk, ...agreed.rok], table) : 0;
  const { action, problem } = draftAction(draft, table, seat);
  const locked = view.table === null || view.pending !== null || table.pending !== null || view.ending !== null;
  let choice: TableVM['choice'] = null;
  if (draft !== null) {
    const text = action
      ? actionText(lang, action, table)
      : draft.kind === 'propose'
        ? T.tr(lang, 'ui.table.draftIncomplete', { to: draft.to ? T.seatName(lang, draft.to) : '…' })
        : T.tr(lang, `ui.table.action.${draft.kind}`, { id: T.num(lang, draft.offer), from: '?' });
    choice = {
      text,
      ready: action !== null,
      problem: problem ? T.tr(lang, `ui.table.problem.${problem}`) : null,
      cost: actionCost(action, table, seat, view),
    };
  }
  return {
    available: view.table !== null,
    seat,
    offers,
    openCount: offers.filter((o) => o.status === 'open').length,
    acceptableCount: table.acceptable.length,
    agreed: agreed
      ? {
          parts,
          value: agreedValue,
          text: T.tr(lang, 'ui.table.agreedText', {
            terms: parts.map((p) => `${p.name}: ${p.terms}`).join('; '),
            worth: T.tr(lang, 'ui.table.worth', { value: valueText(lang, agreedValue) }),
          }),
        }
      : null,
    terms: table.terms.map((t) => termVM(lang, t, t.giver === seat)),
    builder: builderVM(lang, view, table, seat, draft),
    choice,
    sealed: table.pending ? actionText(lang, table.pending, table) : null,
    locked,
  };
}

/**
 * The board's Table button: its second line says what End turn will do at the table (or did,
 * once sealed), else how many offers wait for the player. Null when the game has no table.
 */
export function tableButtonVM(
  view: TableViewInput,
  lang: LanguageId,
  draft: TableDraft,
): { label: string; sub: string; spoken: string; ready: boolean } | null {
  if (view.table === null) return null;
  const vm = tableVM(view, lang, draft);
  let sub: string;
  if (vm.sealed) sub = T.tr(lang, 'ui.table.sub.sealed');
  else if (vm.choice) sub = T.tr(lang, vm.choice.ready ? `ui.table.sub.${draft?.kind ?? 'propose'}` : 'ui.table.sub.incomplete');
  else if (vm.acceptableCount > 0) sub = T.tr(lang, 'ui.table.sub.waiting', { n: T.num(lang, vm.acceptableCount) });
  else sub = T.tr(lang, 'ui.table.sub.open', { n: T.num(lang, vm.openCount) });
  const label = T.tr(lang, 'ui.table.button');
  // Marked (a check, not colour alone) while End turn will send or has sent a table action.
  const ready = vm.sealed !== null || vm.choice?.ready === true;
  return { label, sub, spoken: `${label}: ${vm.sealed ?? vm.choice?.text ?? sub}`, ready };
}

/**
 * End turn's second line and whether the seal is affordable: the chosen card's name, "+ table"
 * when a complete table action goes with it, and a warning when card and action together cost
 * more capital than the player has (the rules refuse that play).
 */
export function endTurnVM(
  view: TableViewInput,
  lang: LanguageId,
  draft: TableDraft,
  card: { name: string; cost: number } | null,
): { sub: string; affordable: boolean } {
  if (!card) return { sub: T.tr(lang, 'ui.board.pickFirst'), affordable: false };
  const choice = view.table ? tableVM(view, lang, draft).choice : null;
  if (!choice?.ready) return { sub: card.name, affordable: true };
  const have = view.capital[viewSeat(view)] ?? 0;
  const total = card.cost + choice.cost;
  if (total > have) return { sub: T.tr(lang, 'ui.table.tooDear', { n: T.num(lang, total), have: T.num(lang, have) }), affordable: false };
  return { sub: T.tr(lang, 'ui.table.endTurnSub', { card: card.name }), affordable: true };
}

/**
 * A seat's view while its team chooses again a move it sealed (a session played over days): the
 * move and its table action show as open, so the hand and the table can change them; they stand
 * on the server until another is sealed.
 */
export function reopenedView(view: PlayerView): PlayerView {
  return { ...view, pending: null, table: view.table ? { ...view.table, pending: null } : null };
}
