/**
 * The shape of a table action as it arrives from outside the core (a save file, a share link, the
 * network): checked here once, so the codec, the server and the rules agree on what is well-formed.
 * Whether a well-formed action is allowed now is a rule (tableRules.ts).
 */
import { SEATS, type Seat } from './types';
import { TERM_IDS, TERMS_BY_SEAT, type TableAction, type TermId } from './table';

const isSeat = (x: unknown): x is Seat => typeof x === 'string' && (SEATS as readonly string[]).includes(x);

function termsOf(seat: Seat, x: unknown, what: string): string | null {
  if (!Array.isArray(x)) return `${what} must be a list of terms`;
  if (x.length > TERMS_BY_SEAT[seat].length) return `${what} lists too many terms`;
  const seen = new Set<unknown>();
  for (const t of x) {
    if (typeof t !== 'string' || !(TERMS_BY_SEAT[seat] as readonly string[]).includes(t))
      return `${what}: "${String(t)}" is not a term of ${seat}`;
    if (seen.has(t)) return `${what}: "${t}" is listed twice`;
    seen.add(t);
  }
  return null;
}

/**
 * Null when `x` is a well-formed table action of `seat`; otherwise what is wrong with it, as a
 * clause ("gives: "roadmap" is not a term of us").
 */
export function tableActionProblem(seat: Seat, x: unknown): string | null {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return 'a table action must be an object';
  const a = x as Record<string, unknown>;
  const keys = Object.keys(a);
  if (a.kind === 'accept' || a.kind === 'reject') {
    if (keys.some((k) => k !== 'kind' && k !== 'offer')) return `a ${a.kind} has only "kind" and "offer"`;
    return Number.isSafeInteger(a.offer) && (a.offer as number) > 0
      ? null
      : `${a.kind}: "offer" must be an offer id (a positive whole number)`;
  }
  if (a.kind !== 'propose') return 'kind must be "propose", "accept" or "reject"';
  if (keys.some((k) => !['kind', 'to', 'gives', 'asks', 'line'].includes(k)))
    return 'a proposal has only "kind", "to", "gives", "asks" and "line"';
  if (!isSeat(a.to)) return `propose: "to" must be one of ${SEATS.join(', ')}`;
  if (a.to === seat) return `propose: ${seat} cannot address an offer to itself`;
  if (a.line !== 'secret' && a.line !== 'public') return 'propose: "line" must be "secret" or "public"';
  const bad = termsOf(seat, a.gives, 'gives') ?? termsOf(a.to, a.asks, 'asks');
  if (bad) return `propose: ${bad}`;
  if ((a.gives as unknown[]).length + (a.asks as unknown[]).length === 0) return 'propose: an offer needs at least one term';
  return null;
}

/** A copy of a well-formed action with only its own fields, terms in table order (for logs and hashes). */
export function normalTableAction(a: TableAction): TableAction {
  if (a.kind !== 'propose') return { kind: a.kind, offer: a.offer };
  const order = (list: readonly TermId[]) => TERM_IDS.filter((t) => list.includes(t));
  return { kind: 'propose', to: a.to, gives: order(a.gives), asks: order(a.asks), line: a.line };
}
