/**
 * Share links: a game packed into a URL fragment. A save file is too long for a link (every move
 * carries its reason, every month a hash), so a link keeps only what a replay needs — seed,
 * settings, seats, the moves as one character each, table actions (scenario version 3) as short
 * codes, injected events, the letters between seats (each as its month, a three-character head and
 * its text) — and a 16-digit prefix of the final state hash, which the replay must reach, and of
 * the letters' hash (lettersHash.ts), which the letters must match. Bots' reasons are recomputed
 * on replay. Letters a teacher hid stay out of a link (the others are numbered 1, 2, 3 … again), as
 * they stay out of the teams' debrief: a link is for passing a game on.
 * Fragments come from strangers: they are bounded in length before decompression and
 * everything decompressed is validated like a save file.
 */
import * as lzModule from 'lz-string';
import { MOVES } from '../model/data/moves';
import { SCENARIO } from '../model/data/scenario';
import { err, ok, type Result } from '../model/result';
import { TERM_IDS, type TableAction, type TermId } from '../model/table';
import { SEATS, type Seat } from '../model/types';
import { lettersHash } from './lettersHash';
import { MAX_TURN, SAVE_FORMAT, SAVE_VERSION, validateSave, type SaveFile } from './save';
import { forbiddenContent, isPlainRecord } from './saveText';

// lz-string is a CommonJS/UMD module: Node's ESM loader exposes it only as `default`, bundlers as
// named exports. Take whichever is there.
const lz = (lzModule as { default?: typeof lzModule }).default ?? lzModule;

/** A link longer than this is refused by some browsers and chat tools; offer the file instead. */
export const MAX_LINK_LENGTH = 2000;
/** Longest fragment payload accepted for decoding (bounds the decompressor's work). */
const MAX_PAYLOAD = 4000;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const MOVE_INDEX: Readonly<Record<string, number>> = Object.fromEntries(MOVES.map((m, i) => [m.id, i]));

export interface LinkGame {
  save: SaveFile;
  /** First 16 hex digits of the state hash the replay must reach. */
  hashPrefix: string;
}

interface Packed {
  v: 1;
  s: number;
  t: number;
  p: [string, string, string];
  o: Record<string, unknown>;
  m: string;
  k: number[];
  i: [number, string][];
  h: string;
  /** The scenario version the game was played with; links made before version 2 have none (version 1). */
  sv?: number;
  /** Table actions (version 3): the index of the action in the list and the table action as a code (`tableCode`). */
  a?: [number, string][];
  /** Letters (issue 11): `[month, head, text]` or `[month, head, text, offer id]`, in order (`letterHead`). */
  l?: unknown[];
  /** With `l`: the first 16 hex digits of the letters' hash, which the decoded letters must match. */
  lh?: string;
}

type SaveLetter = NonNullable<SaveFile['letters']>[number];

/** A letter's head: the writer's seat index, the recipient's (3: both), then `s` (secret) or `p` (public). */
function letterHead(l: SaveLetter): string {
  return `${SEATS.indexOf(l.from)}${l.to === 'both' ? 3 : SEATS.indexOf(l.to)}${l.line === 'secret' ? 's' : 'p'}`;
}

/** The letters of a link, numbered 1, 2, 3 …, or null when one is broken (their shape is checked with the save). */
function fromLetterCodes(list: unknown[]): SaveLetter[] | null {
  const out: SaveLetter[] = [];
  for (const entry of list) {
    if (!Array.isArray(entry) || entry.length < 3 || entry.length > 4) return null;
    const [turn, head, text, offer] = entry as unknown[];
    const m = typeof head === 'string' ? /^([0-2])([0-3])([sp])$/.exec(head) : null;
    if (!m || typeof turn !== 'number' || typeof text !== 'string' || (offer !== undefined && typeof offer !== 'number')) return null;
    out.push({
      id: out.length + 1,
      turn,
      from: SEATS[Number(m[1])] as Seat,
      to: m[2] === '3' ? 'both' : (SEATS[Number(m[2])] as Seat),
      line: m[3] === 's' ? 'secret' : 'public',
      text,
      ...(offer !== undefined ? { offer } : {}),
    });
  }
  return out;
}

/**
 * A table action as a short code: `p` + addressee + line (`s`/`p`) + the given terms + `.` + the
 * asked terms (a term is one character, its index in TERM_IDS); `a` or `r` + the offer id.
 */
function tableCode(a: TableAction): string {
  if (a.kind !== 'propose') return `${a.kind === 'accept' ? 'a' : 'r'}${a.offer}`;
  const terms = (list: readonly TermId[]) => list.map((t) => ALPHABET[TERM_IDS.indexOf(t)]).join('');
  return `p${SEATS.indexOf(a.to)}${a.line === 'secret' ? 's' : 'p'}${terms(a.gives)}.${terms(a.asks)}`;
}

/** The table action a code stands for, or null for a broken code (its shape is checked with the save). */
function fromTableCode(code: string): TableAction | null {
  const answer = /^([ar])([1-9][0-9]{0,6})$/.exec(code);
  if (answer) return { kind: answer[1] === 'a' ? 'accept' : 'reject', offer: Number(answer[2]) };
  const m = /^p([0-2])([sp])([A-Za-z0-9_-]*)\.([A-Za-z0-9_-]*)$/.exec(code);
  if (!m) return null;
  const terms = (chars: string) => [...chars].map((c) => TERM_IDS[ALPHABET.indexOf(c)]);
  const gives = terms(m[3] as string);
  const asks = terms(m[4] as string);
  if ([...gives, ...asks].some((t) => t === undefined)) return null;
  return {
    kind: 'propose',
    to: SEATS[Number(m[1])] as Seat,
    gives: gives as TermId[],
    asks: asks as TermId[],
    line: m[2] === 's' ? 'secret' : 'public',
  };
}

/**
 * Packs a save into a fragment payload (without the leading `#g=`). Fails when the link would be
 * longer than `MAX_LINK_LENGTH` with `base` in front of it.
 */
export function encodeLink(save: SaveFile, finalHash: string, base = ''): Result<string> {
  if (MOVES.length > ALPHABET.length) return err('This scenario has too many moves for a share link.');
  const turnsPerAction: number[] = [];
  const tables: [number, string][] = [];
  let moves = '';
  for (const [n, a] of save.actions.entries()) {
    if (a.table) tables.push([n, tableCode(a.table)]);
    const index = MOVE_INDEX[a.move];
    if (index === undefined) return err(`The move ${a.move} cannot be put in a link.`);
    moves += ALPHABET[index];
    turnsPerAction.push(a.turn);
  }
  const packed: Packed = {
    v: 1,
    s: save.seed,
    t: save.settings.maxTurns,
    p: [save.seats.us, save.seats.dprk, save.seats.rok],
    o: save.settings.overrides,
    m: moves,
    // Month of each action, run-length coded as the count of actions per month.
    k: runLengths(turnsPerAction),
    i: (save.injections ?? []).map((x) => [x.turn, x.event]),
    h: finalHash.slice(0, 16),
    sv: save.scenario.version,
    ...(tables.length ? { a: tables } : {}),
  };
  const letters = (save.letters ?? []).filter((l) => !l.hidden).map((l, i) => ({ ...l, id: i + 1 }));
  if (letters.length) {
    packed.l = letters.map((l) => [l.turn, letterHead(l), l.text, ...(l.offer !== undefined ? [l.offer] : [])]);
    packed.lh = lettersHash({ ...save, letters }).slice(0, 16);
  }
  const payload = lz.compressToEncodedURIComponent(JSON.stringify(packed));
  const length = base.length + 3 + payload.length;
  if (length > MAX_LINK_LENGTH) return err(`The link would be ${length} characters long; share the save file instead.`);
  return ok(payload);
}

function runLengths(turns: number[]): number[] {
  const counts: number[] = [];
  let turn = 0;
  for (const t of turns) {
    while (turn < t) {
      counts.push(0);
      turn++;
    }
    counts[counts.length - 1] = (counts[counts.length - 1] ?? 0) + 1;
  }
  return counts;
}

const BROKEN = 'This link is broken or incomplete: it does not contain a Quiet Channel game.';

/** Unpacks a fragment payload into a save (reasons empty, no checkpoints). Never throws. */
export function decodeLink(payload: string): Result<LinkGame> {
  if (payload.length === 0 || payload.length > MAX_PAYLOAD || !/^[A-Za-z0-9+\-$]*$/.test(payload)) return err(BROKEN);
  let text: string | null;
  try {
    text = lz.decompressFromEncodedURIComponent(payload);
  } catch {
    return err(BROKEN);
  }
  if (!text || text.length > 20000) return err(BROKEN);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return err(BROKEN);
  }
  const forbidden = forbiddenContent(raw);
  if (forbidden) return err(`This link was refused: ${forbidden}`);
  if (!isPlainRecord(raw) || raw.v !== 1) {
    return err(
      isPlainRecord(raw) && typeof raw.v === 'number' && raw.v > 1 ? 'This link was made by a newer version of Quiet Channel.' : BROKEN,
    );
  }
  const p = raw as Partial<Packed>;
  if (
    typeof p.m !== 'string' ||
    !Array.isArray(p.k) ||
    !Array.isArray(p.p) ||
    p.p.length !== 3 ||
    typeof p.h !== 'string' ||
    !/^[0-9a-f]{16}$/.test(p.h)
  ) {
    return err(BROKEN);
  }
  const actions: SaveFile['actions'] = [];
  let cursor = 0;
  for (let month = 0; month < p.k.length && month < MAX_TURN; month++) {
    const count = p.k[month];
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > 3) return err(BROKEN);
    for (let j = 0; j < count; j++) {
      const index = ALPHABET.indexOf(p.m.charAt(cursor++));
      const def = MOVES[index];
      if (index < 0 || !def) return err(BROKEN);
      actions.push({ turn: month + 1, seat: def.seat, move: def.id, reason: '' });
    }
  }
  if (cursor !== p.m.length) return err(BROKEN);
  if (p.a !== undefined) {
    if (!Array.isArray(p.a)) return err(BROKEN);
    for (const entry of p.a as unknown[]) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'number' || typeof entry[1] !== 'string' || entry[1].length > 40) return err(BROKEN);
      const action = actions[entry[0]];
      const table = fromTableCode(entry[1]);
      if (!action || !table || action.table) return err(BROKEN);
      action.table = table;
    }
  }
  let letters: SaveLetter[] | null = [];
  if (p.l !== undefined || p.lh !== undefined) {
    letters = Array.isArray(p.l) && typeof p.lh === 'string' && /^[0-9a-f]{16}$/.test(p.lh) ? fromLetterCodes(p.l) : null;
    if (!letters || letters.length === 0) return err(BROKEN);
  }
  const candidate = {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    scenario: { id: SCENARIO.id, version: typeof p.sv === 'number' ? p.sv : 1 },
    seed: p.s,
    settings: { maxTurns: p.t, overrides: p.o },
    seats: { us: p.p[0], dprk: p.p[1], rok: p.p[2] },
    actions,
    checkpoints: [],
    ...(Array.isArray(p.i) && p.i.length ? { injections: p.i.map((x) => (Array.isArray(x) ? { turn: x[0], event: x[1] } : x)) } : {}),
    ...(letters.length ? { letters } : {}),
  };
  const valid = validateSave(candidate);
  if (!valid.ok) return err(`This link is damaged: ${valid.error}`);
  if (letters.length && !lettersHash(valid.value).startsWith(p.lh as string)) {
    return err('This link has been altered: its letters are not the ones it was made with.');
  }
  return ok({ save: valid.value, hashPrefix: p.h });
}
