/**
 * The seats' views of a session's game, read through the runner: cached until the next change,
 * with the moves the timer made flagged `timedOut`, and a version per seat of its record (the
 * view's RECORD_FIELDS: moves, changes, news, history, letters, cards and table) that goes up only
 * when that record really changed.
 */
import type { GameRunner } from '../engine/runner';
import type { Seat } from '../model/types';
import type { PlayerView } from '../model/view';
import {
  RECORD_FIELDS,
  TEACHER_RECORD_FIELDS,
  entriesOf,
  heldWhole,
  recordTailOf,
  type RecordFrom,
  type RecordTail,
} from '../net/protocol';

/**
 * A 53-bit fingerprint of a text, from two 32-bit multiply-xor lanes: with the length it tells a
 * seat's record versions apart without keeping the (tens of kilobytes of) text itself.
 */
export function fingerprint(text: string): number {
  let lo = 0x811c9dc5;
  let hi = 0x9e3779b9 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    lo = Math.imul(lo ^ c, 0x01000193);
    hi = Math.imul(hi ^ c, 0x5bd1e995);
  }
  lo = Math.imul(lo ^ (lo >>> 16), 0x85ebca6b);
  hi = Math.imul(hi ^ (hi >>> 13), 0xc2b2ae35);
  return (hi >>> 11) * 0x100000000 + (lo >>> 0);
}

/** A timed-out move's flagged copy, per seen move (views hand on the same seen moves, see src/model/view.ts). */
const flaggedMoves = new WeakMap<PlayerView['moves'][number], PlayerView['moves'][number]>();

/** `view` with the moves of `timedOut` (`turn/seat` keys) flagged (the flag travels, not the reason's text). */
export function markTimedOut(view: PlayerView, timedOut: ReadonlySet<string>): PlayerView {
  if (timedOut.size === 0) return view;
  let changed = false;
  const moves = view.moves.map((m) => {
    if (m.move === null || !timedOut.has(`${m.turn}/${m.seat}`)) return m;
    changed = true;
    let flagged = flaggedMoves.get(m);
    if (!flagged) flaggedMoves.set(m, (flagged = { ...m, timedOut: true as const }));
    return flagged;
  });
  return changed ? { ...view, moves } : view;
}

/** A record's version, the one before it, and where each list of the two first differs (see SeatViews.record). */
export interface RecordVersion {
  version: number;
  base: number | null;
  from: RecordFrom;
}

/**
 * An entry's text length and fingerprint, kept per entry object: the game's state is never changed
 * in place, so an entry the view passes on as it is (most news, changes and months of the history)
 * is printed once, not again after every move of the month.
 */
const prints = new WeakMap<object, string>();
function printOf(entry: unknown): string {
  const known = typeof entry === 'object' && entry !== null ? prints.get(entry) : undefined;
  if (known !== undefined) return known;
  const text = JSON.stringify(entry);
  const print = `${text.length}.${fingerprint(text)}`;
  if (typeof entry === 'object' && entry !== null) prints.set(entry, print);
  return print;
}

/**
 * A list's prints, kept per list: views hand on the game's own lists while no entry is hidden from
 * the viewer (the teacher's, and most months' changes, news and history), and a list of the state
 * is never changed once made (a month's resolution makes new ones).
 */
const listPrints = new WeakMap<readonly unknown[], string[]>();
function printsOf(list: readonly unknown[]): string[] {
  let kept = listPrints.get(list);
  if (!kept) listPrints.set(list, (kept = list.map(printOf)));
  return kept;
}

/**
 * The print of a part built afresh for every view (the table's entries, see `entriesOf`): its lists
 * printed entry by entry, so the entries views hand on as they are (the table's offers and terms)
 * are printed once.
 */
function printOfParts(part: unknown): string {
  if (typeof part !== 'object' || part === null) return printOf(part);
  let text = '';
  if (Array.isArray(part)) text = `[${part.map(printOf).join(',')}]`;
  else {
    for (const [key, value] of Object.entries(part)) {
      text += `${key}:${Array.isArray(value) ? `[${value.map(printOf).join(',')}]` : JSON.stringify(value)};`;
    }
  }
  return `${text.length}.${fingerprint(text)}`;
}

/**
 * The view as a connection holding record version `held` is sent it: without its record lists
 * when it holds this version (`recordKept`), with their tails when it holds the one before
 * (`recordTail`), whole otherwise.
 */
export function recordPart(
  view: PlayerView,
  at: RecordVersion,
  held: number | undefined,
  fields: typeof RECORD_FIELDS | typeof TEACHER_RECORD_FIELDS,
): { view: PlayerView; record: number; recordKept?: true; recordTail?: RecordTail } {
  const send = recordToSend(at, held);
  if (send === 'kept') {
    return { view: recordTailOf(view, fields, heldWhole(view, fields)), record: at.version, recordKept: true };
  }
  if (send === 'tail' && at.base !== null)
    return { view: recordTailOf(view, fields, at.from), record: at.version, recordTail: { base: at.base, from: at.from } };
  return { view, record: at.version };
}

/** What a connection holding version `held` of a record is sent: all of it, its tail (it holds the version before), or none. */
export function recordToSend(at: RecordVersion, held: number | undefined): 'whole' | 'tail' | 'kept' {
  return held === at.version ? 'kept' : held !== undefined && held === at.base ? 'tail' : 'whole';
}

function sameLists(a: string[][], b: string[][]): boolean {
  return a.length === b.length && a.every((l, i) => sharedPrefix(l, b[i] ?? []) === l.length && l.length === (b[i] ?? []).length);
}

/** How many first entries two lists share. */
function sharedPrefix(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

export class SeatViews {
  private version = 0;
  private readonly cache = new Map<string, { version: number; value: unknown }>();
  /** Each seat's record as last versioned: each list's entries as length and fingerprint of their text. */
  private readonly records: Record<Seat | 'all', { entries: string[][]; at: RecordVersion } | null> = {
    us: null,
    dprk: null,
    rok: null,
    all: null,
  };

  constructor(
    private readonly runner: GameRunner,
    private readonly timedOut: () => ReadonlySet<string>,
  ) {}

  /** Something changed: every cached view is stale. */
  changed(): void {
    this.version++;
  }

  seat(seat: Seat): PlayerView {
    return this.cached(`seat:${seat}`, () => markTimedOut(this.runner.view(seat), this.timedOut()));
  }

  all(): PlayerView {
    return this.cached('all', () => markTimedOut(this.runner.view('all'), this.timedOut()));
  }

  /**
   * The version of `seat`'s record ('all': the teacher's): it goes up only when that record is
   * different from the one before, whatever the reason (a month resolved, a leak, an injected
   * event, the ending).
   */
  recordVersion(seat: Seat | 'all'): number {
    return this.record(seat).version;
  }

  /**
   * The record's version, the version before it (`base`) and, per list, how many of its first
   * entries the two share (`from`): what a connection holding `base` is missing is each list's
   * entries from there on. A month adds a few entries to lists of many, and a leak that reveals
   * an old move changes a list from that move on; either way only the tail travels.
   */
  record(seat: Seat | 'all'): RecordVersion {
    return this.cached(`record:${seat}`, () => {
      const v = seat === 'all' ? this.all() : this.seat(seat);
      const fields = seat === 'all' ? TEACHER_RECORD_FIELDS : RECORD_FIELDS;
      const entries = fields.map((f) => (f === 'table' ? entriesOf(v, f).map(printOfParts) : printsOf(entriesOf(v, f))));
      const before = this.records[seat];
      if (before && sameLists(before.entries, entries)) return before.at;
      const from: RecordFrom = {};
      fields.forEach((f, i) => (from[f] = before ? sharedPrefix(before.entries[i] ?? [], entries[i] ?? []) : 0));
      const at: RecordVersion = { version: (before?.at.version ?? 0) + 1, base: before?.at.version ?? null, from };
      this.records[seat] = { entries, at };
      return at;
    });
  }

  private cached<T>(key: string, make: () => T): T {
    const hit = this.cache.get(key);
    if (hit && hit.version === this.version) return hit.value as T;
    const value = make();
    this.cache.set(key, { version: this.version, value });
    return value;
  }
}
