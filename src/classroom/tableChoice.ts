/**
 * The team panel's table action (join.html?panel=1), without the DOM: which action the panel
 * seals with the card, what it has sealed, how a sealed action becomes a draft again when the
 * team changes its move, why an offer addressed to the team cannot be accepted now, and whether a
 * card is affordable with the action. Built on the board's view model (src/app/screens/table*.ts),
 * so the panel and the board send the same action and give the same reasons.
 */
import { blockedText, endTurnVM, reopenedView } from '../app/screens/table';
import { draftAction, type TableDraft } from '../app/screens/tableDraft';
import { t, type Language } from '../i18n';
import type { TableAction } from '../model/table';
import { tableNumbers } from '../model/ruleset';
import { acceptCost } from '../model/tableRules';
import type { Seat } from '../model/types';
import type { PlayerView } from '../model/view';

/** A session over days keeps the sealed move (with its table action) outside the game: the view's `pending` carries it. */
type PendingWithTable = { move: string; reason: string; table?: TableAction };

/** The table action this seat has sealed this month: the game's (`table.pending`) or the one a session over days holds. */
export function sealedTable(view: PlayerView): TableAction | null {
  const held: PendingWithTable | null = view.pending;
  return view.table?.pending ?? held?.table ?? null;
}

/** A sealed action as a draft again (to keep it, or change it, when the team chooses its move again). */
export function draftOf(a: TableAction | null): TableDraft {
  if (a === null) return null;
  if (a.kind === 'propose') return { kind: 'propose', to: a.to, line: a.line, gives: [...a.gives], asks: [...a.asks] };
  return { kind: a.kind, offer: a.offer };
}

/**
 * The view as the panel shows it: while the team chooses again its sealed move (and table action)
 * open; otherwise a sealed table action held by a session over days shown as the table's pending one.
 */
export function shownView(view: PlayerView, changing: boolean): PlayerView {
  if (!view.pending) return view;
  if (changing) return reopenedView(view);
  const sealed = sealedTable(view);
  return view.table && sealed && !view.table.pending ? { ...view, table: { ...view.table, pending: sealed } } : view;
}

/** The `table` field of the move the team plays: the draft's action when it is complete, else none. */
export function tableToSend(view: PlayerView, draft: TableDraft, seat: Seat): TableAction | undefined {
  if (!view.table) return undefined;
  return draftAction(draft, view.table, seat).action ?? undefined;
}

/**
 * Why the team cannot accept offer `id` (addressed to it and open) this month, in words; null when
 * it can. The rules' reasons (src/model/tableRules.ts `whyTableIllegal`): an offer is accepted from
 * the month after it was made, not when it asks a term the team cannot give now, not beyond the
 * team's capital.
 */
export function whyNotAccept(lang: Language, view: PlayerView, seat: Seat, id: number): string | null {
  const table = view.table;
  const offer = table?.offers.find((o) => o.id === id);
  if (!table || !offer || table.acceptable.includes(id)) return null;
  if (offer.to !== seat || offer.status !== 'open') return t(lang, 'ui.table.problem.notOpen');
  if (offer.turn >= view.turn) return t(lang, 'course.team.table.nextMonth');
  for (const term of offer.asks) {
    const code = table.terms.find((x) => x.id === term)?.blocked ?? null;
    if (code !== null)
      return t(lang, 'course.team.table.blockedTerm', { term: t(lang, `term.${term}.name`), reason: blockedText(lang, code) });
  }
  const cost = acceptCost(view, offer);
  const have = view.capital[seat] ?? 0;
  if (cost > have) return t(lang, 'course.team.table.tooDear', { n: cost, have });
  return t(lang, 'ui.table.problem.notAcceptable');
}

/** Why the card cannot be played with the chosen table action (card and action cost more capital than the team has); null when it can. */
export function cardTooDear(lang: Language, view: PlayerView, draft: TableDraft, card: { name: string; cost: number }): string | null {
  const r = endTurnVM(view, lang, draft, card);
  return r.affordable ? null : r.sub;
}

/**
 * Months in which an open offer can still be answered, this one included: an offer lapses when
 * the month `offerLifetime` months after the one it was made in resolves (src/model/tableResolve.ts).
 */
export function monthsLeft(view: Pick<PlayerView, 'scenario' | 'turn'>, offer: { turn: number }): number {
  return Math.max(0, offer.turn + tableNumbers(view).offerLifetime - view.turn + 1);
}

/** "3 months left to answer", "Last month to answer". */
export function monthsLeftText(lang: Language, n: number): string {
  return n <= 1 ? t(lang, 'course.team.table.lastMonth') : t(lang, 'course.team.table.monthsLeft', { n });
}
