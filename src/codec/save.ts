/**
 * The save file, format version 2 (see docs/save-format.md; format 1 files are upgraded on load). A save records the inputs of a game
 * (scenario, seed, settings, seats and every action) rather than its state, so loading one means
 * replaying it; checkpoints are state hashes that let the replay prove it arrived where the
 * original game did. Save files come from strangers (shared links, classroom uploads), so parsing
 * treats the text as hostile: bounded size and depth, no prototype keys, strict fields.
 */
import * as z from 'zod';
import { ENDING_IDS, EXERCISE_STATUSES, INDICATOR_IDS, SEATS, SEOUL_GOVERNMENTS, UKRAINE_STATUSES } from '../model/types';
import type { Controller, IndicatorId } from '../model/types';
import { MAX_LETTER, MAX_LETTERS } from '../model/letters';
import { err, ok } from '../model/result';
import type { Result } from '../model/result';
import type { TableAction } from '../model/table';
import { tableActionProblem } from '../model/tableShape';
import { lettersHash, lettersHashProblem } from './lettersHash';
import { describeIssue, formatPath, forbiddenContent, isPlainRecord, utf8LengthUpTo } from './saveText';

/** Value of the `format` field; anything else is not a Quiet Channel save. */
export const SAVE_FORMAT = 'quiet-channel-save';
/** The format version this build writes; it reads this and every older version it can upgrade. */
export const SAVE_VERSION = 2;
/** Largest accepted save, in UTF-8 bytes; a real game's save is a few tens of kilobytes. */
export const MAX_SAVE_BYTES = 5 * 1024 * 1024;

/** Longest game a save may describe (24 months is the default; long what-if runs go further). */
export const MAX_TURN = 200;
const hash = z.string().regex(/^[0-9a-f]{64}$/, { error: 'expected a SHA-256 hash (64 lowercase hex digits)' });
const turn = z.int().min(1).max(MAX_TURN);
const title = z.string().max(80);
const percent = z.number().min(0).max(100);
const indicatorOverrides = Object.fromEntries(INDICATOR_IDS.map((id) => [id, percent.optional()])) as Record<
  IndicatorId,
  z.ZodOptional<typeof percent>
>;
const controller = z.custom<Controller>((v) => typeof v === 'string' && /^(human|bot:[a-z]{1,20})$/.test(v), {
  error: 'expected "human" or "bot:<name>" (a name of 1 to 20 letters a-z)',
});
const movePattern = new RegExp(`^(${SEATS.join('|')})\\.[a-zA-Z]{1,40}$`);
const ending = z.enum(ENDING_IDS, { error: `expected one of ${ENDING_IDS.join(', ')}, or null` }).nullable();

// Field order here is the order makeSave writes, so keep it in step with docs/save-format.md.
const saveSchema = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  version: z.literal(SAVE_VERSION),
  scenario: z.strictObject({
    id: z
      .string()
      .min(1)
      .max(40)
      .regex(/^[a-z0-9-]+$/, { error: 'expected a scenario id of letters a-z, digits and hyphens' }),
    version: z.int().min(1),
  }),
  seed: z.int().min(0).max(4294967295),
  settings: z.strictObject({
    maxTurns: z.int().min(1).max(MAX_TURN),
    overrides: z.strictObject({
      ...indicatorOverrides,
      seoulGovernment: z.enum(SEOUL_GOVERNMENTS).optional(),
      ukraine: z.enum(UKRAINE_STATUSES).optional(),
      exercises: z.enum(EXERCISE_STATUSES).optional(),
      troops: z.int().min(0).max(100000).optional(),
    }),
  }),
  seats: z.strictObject({ us: controller, dprk: controller, rok: controller }),
  actions: z
    .array(
      z.strictObject({
        turn,
        seat: z.enum(SEATS),
        move: z.string().regex(movePattern, { error: 'expected a move id such as "us.sendEnvoy"' }),
        reason: z.string().max(300),
        /** Format 2: the table action sealed with the card (scenario version 3); its shape is checked with the seat. */
        table: z
          .custom<TableAction>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), { error: 'expected a table action object' })
          .optional(),
      }),
    )
    .max(2000),
  checkpoints: z.array(z.strictObject({ turn, hash })).max(200),
  /** Events a teacher (or an experiment) injected, each fired in the resolution of its turn. */
  injections: z
    .array(z.strictObject({ turn, event: z.string().regex(/^[a-zA-Z]{1,40}$/, { error: 'expected an event id such as "leak"' }) }))
    .max(500)
    .optional(),
  /**
   * Letters between seats (they live beside the game: no state hash covers them, and a save without
   * them replays as before). In the file they are followed by `lettersHash` (lettersHash.ts), which
   * `parseSave` checks and drops before this schema sees the save.
   */
  letters: z
    .array(
      z.strictObject({
        id: z.int().min(1).max(MAX_LETTERS),
        turn,
        from: z.enum(SEATS),
        to: z.enum(['us', 'dprk', 'rok', 'both'], { error: 'expected one of us, dprk, rok, both' }),
        line: z.enum(['secret', 'public']),
        text: z.string().min(1).max(MAX_LETTER),
        offer: z.int().min(1).optional(),
        hidden: z.literal(true).optional(),
      }),
    )
    .max(MAX_LETTERS)
    .optional(),
  result: z.strictObject({ ending, turn: z.int().min(0).max(MAX_TURN), hash }).optional(),
  meta: z
    .strictObject({
      title: title.optional(),
      createdAt: z.iso.datetime({ offset: true }).optional(),
      app: z.string().max(40).optional(),
      parent: z.strictObject({ hash, title: title.optional(), branchTurn: z.int().min(0).max(MAX_TURN) }).optional(),
    })
    .optional(),
});

/** A save file that passed every check (format version 2). */
export type SaveFile = z.infer<typeof saveSchema>;

/**
 * Upgrades a version-n save object to version n+1. It receives only objects of version n, must not
 * mutate its argument, and need not touch `version` (upgradeSave sets it).
 */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/**
 * Upgrade steps keyed by the version they upgrade from; a new format adds its step here, with a
 * test, and never edits an old one. 1 → 2: format 2 lets an action carry a table action; a format-1
 * file has none, so its fields stay as they were.
 */
export const MIGRATIONS: Record<number, Migration> = Object.freeze({
  1: (old: Record<string, unknown>) => ({ ...old }),
});

/**
 * Walks a save object from its `version` up to SAVE_VERSION through `migrations`. Only the version
 * is examined; the caller validates the result.
 */
export function upgradeSave(
  raw: Record<string, unknown>,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): Result<Record<string, unknown>> {
  const start = raw['version'];
  if (typeof start !== 'number' || !Number.isSafeInteger(start)) {
    return err(`This save has no valid format version: "version" must be a whole number.`);
  }
  if (start > SAVE_VERSION) {
    return err(
      `This save was made by a newer version of Quiet Channel (format version ${start}); ` + `this version reads up to ${SAVE_VERSION}.`,
    );
  }
  let current = raw;
  for (let v = start; v < SAVE_VERSION; v++) {
    const step = Object.hasOwn(migrations, v) ? migrations[v] : undefined;
    if (typeof step !== 'function') {
      return err(
        `This save uses format version ${start}, and format version ${start} cannot be upgraded ` +
          `(no upgrade from version ${v} to ${v + 1}).`,
      );
    }
    const next: unknown = step(current);
    if (!isPlainRecord(next)) return err(`Upgrading this save from format version ${v} failed.`);
    current = { ...next, version: v + 1 };
  }
  return ok(current);
}

/** Rules that span several fields, which the schema cannot say; null when all hold. */
function crossFieldProblem(save: SaveFile): string | null {
  const seen = new Set<string>();
  let lastTurn = 0;
  for (let i = 0; i < save.actions.length; i++) {
    const a = save.actions[i]!;
    if (!a.move.startsWith(`${a.seat}.`)) {
      return `actions[${i}].move: "${a.move}" is not a move of seat ${a.seat}`;
    }
    if (a.turn < lastTurn) {
      return `actions[${i}].turn: turns must not go backwards (turn ${a.turn} comes after turn ${lastTurn})`;
    }
    lastTurn = a.turn;
    if (a.table !== undefined) {
      const problem = tableActionProblem(a.seat, a.table);
      if (problem) return `actions[${i}].table: ${problem}`;
    }
    const key = `${a.turn}/${a.seat}`;
    if (seen.has(key)) return `actions[${i}]: seat ${a.seat} already has an action in turn ${a.turn}`;
    seen.add(key);
  }
  const injections = save.injections ?? [];
  for (let i = 1; i < injections.length; i++) {
    if (injections[i]!.turn < injections[i - 1]!.turn) {
      return `injections[${i}].turn: turns must not go backwards (turn ${injections[i]!.turn} comes after turn ${injections[i - 1]!.turn})`;
    }
  }
  const letters = save.letters ?? [];
  for (let i = 0; i < letters.length; i++) {
    const l = letters[i]!;
    if (l.id !== i + 1) return `letters[${i}].id: letters are numbered 1, 2, 3 … in order (expected ${i + 1}, found ${l.id})`;
    if (l.to === l.from) return `letters[${i}].to: a seat cannot write to itself`;
    if (i > 0 && l.turn < letters[i - 1]!.turn) {
      return `letters[${i}].turn: turns must not go backwards (turn ${l.turn} comes after turn ${letters[i - 1]!.turn})`;
    }
  }
  for (let i = 1; i < save.checkpoints.length; i++) {
    const prev = save.checkpoints[i - 1]!.turn;
    const cur = save.checkpoints[i]!.turn;
    if (cur <= prev) {
      return `checkpoints[${i}].turn: checkpoint turns must increase (turn ${cur} comes after turn ${prev})`;
    }
  }
  return null;
}

/**
 * Checks an already-parsed object against format version 2 (schema and cross-field rules), without
 * upgrading. The error is one line naming the path and the problem.
 */
export function validateSave(value: unknown): Result<SaveFile> {
  const parsed = saveSchema.safeParse(value, { error: describeIssue });
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const first = issues[0];
    if (first === undefined) return err('This save is not valid.');
    const where = formatPath(first.path);
    const line =
      first.code === 'unrecognized_keys'
        ? `${first.message} at ${where === '' ? 'the top level' : where}`
        : `${where === '' ? 'the file' : where}: ${first.message}`;
    const more = issues.length > 1 ? `; and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''}` : '';
    return err(`This save is not valid: ${line}${more}.`);
  }
  const problem = crossFieldProblem(parsed.data);
  return problem === null ? ok(parsed.data) : err(`This save is not valid: ${problem}.`);
}

function parseUnguarded(text: string, migrations: Readonly<Record<number, Migration>>): Result<SaveFile> {
  const bytes = utf8LengthUpTo(text, MAX_SAVE_BYTES);
  if (bytes > MAX_SAVE_BYTES) {
    // The count stops at the limit, so `bytes` is a lower bound: never claim more than it shows.
    const mb = Math.floor((bytes / (1024 * 1024)) * 10) / 10;
    const size = mb <= 5 ? 'more than 5 MB' : `at least ${mb.toFixed(1)} MB`;
    return err(`The file is too large: ${size}; a save file is at most 5 MB.`);
  }
  let raw: unknown;
  try {
    // Editors on some systems prepend a byte order mark, which JSON.parse rejects.
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return err(`This is not a save file: the text is not valid JSON (${detail}).`);
  }
  const hazard = forbiddenContent(raw);
  if (hazard !== null) return err(`This save was refused: ${hazard}.`);
  if (!isPlainRecord(raw)) {
    return err(`This is not a Quiet Channel save: the file does not hold a JSON object.`);
  }
  const format = raw['format'];
  if (format !== SAVE_FORMAT) {
    const found = format === undefined ? 'it has no "format" field' : `its format is ${JSON.stringify(format)}`;
    return err(`This is not a Quiet Channel save: ${found}, expected "${SAVE_FORMAT}".`);
  }
  const upgraded = upgradeSave(raw, migrations);
  if (!upgraded.ok) return upgraded;
  // The letters' hash belongs to the file, not to the save in memory: check it, then drop it.
  const { lettersHash: claimed, ...body } = upgraded.value;
  const valid = validateSave(body);
  if (!valid.ok) return valid;
  const problem = lettersHashProblem(valid.value, claimed);
  return problem === null ? valid : err(problem);
}

/**
 * Reads a save file's text. Never throws: every failure, including a faulty migration, comes back
 * as `ok: false` with a message a player can act on. Checks run cheapest first: size, JSON syntax,
 * forbidden keys and nesting depth, format, version (upgrading older saves), schema, cross-field
 * rules, the letters' hash (lettersHash.ts). `migrations` exists so tests can supply their own upgrade steps.
 */
export function parseSave(text: string, migrations: Readonly<Record<number, Migration>> = MIGRATIONS): Result<SaveFile> {
  if (typeof text !== 'string') return err('This is not a save file: expected text.');
  try {
    return parseUnguarded(text, migrations);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return err(`This save could not be read: ${detail}.`);
  }
}

/** A table action with its keys in the documented order. */
function tableInOrder(a: TableAction): TableAction {
  return a.kind === 'propose'
    ? { kind: a.kind, to: a.to, gives: [...a.gives], asks: [...a.asks], line: a.line }
    : { kind: a.kind, offer: a.offer };
}

function definedOnly<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}

/** Rebuilds the save with keys in the documented order, so files diff cleanly between versions; letters are followed by their hash. */
function inWritingOrder(s: SaveFile): SaveFile & { lettersHash?: string } {
  const overrides: Record<string, unknown> = {};
  for (const key of [...INDICATOR_IDS, 'seoulGovernment', 'ukraine', 'exercises', 'troops'] as const) {
    if (s.settings.overrides[key] !== undefined) overrides[key] = s.settings.overrides[key];
  }
  const parent = s.meta?.parent;
  return definedOnly({
    format: s.format,
    version: s.version,
    scenario: { id: s.scenario.id, version: s.scenario.version },
    seed: s.seed,
    settings: { maxTurns: s.settings.maxTurns, overrides },
    seats: { us: s.seats.us, dprk: s.seats.dprk, rok: s.seats.rok },
    actions: s.actions.map((a) =>
      definedOnly({ turn: a.turn, seat: a.seat, move: a.move, reason: a.reason, table: a.table && tableInOrder(a.table) }),
    ),
    checkpoints: s.checkpoints.map((c) => ({ turn: c.turn, hash: c.hash })),
    injections: s.injections?.map((i) => ({ turn: i.turn, event: i.event })),
    letters: s.letters?.map((l) =>
      definedOnly({ id: l.id, turn: l.turn, from: l.from, to: l.to, line: l.line, text: l.text, offer: l.offer, hidden: l.hidden }),
    ),
    lettersHash: s.letters ? lettersHash(s) : undefined,
    result: s.result && { ending: s.result.ending, turn: s.result.turn, hash: s.result.hash },
    meta:
      s.meta &&
      definedOnly({
        title: s.meta.title,
        createdAt: s.meta.createdAt,
        app: s.meta.app,
        parent: parent && definedOnly({ hash: parent.hash, title: parent.title, branchTurn: parent.branchTurn }),
      }),
  });
}

/**
 * Writes a save file: 2-space indented JSON, keys in the documented order (format, version,
 * scenario, seed, settings, seats, actions, checkpoints, injections, letters, lettersHash, result, meta), ending in a newline.
 * `parseSave(makeSave(x))` deep-equals `x`. Throws if `save` is invalid, because producing one is a
 * bug in the caller, not something a player can fix.
 */
export function makeSave(save: SaveFile): string {
  const checked = validateSave(save);
  if (!checked.ok) throw new Error(`makeSave was given an invalid save. ${checked.error}`);
  return `${JSON.stringify(inWritingOrder(checked.value), null, 2)}\n`;
}
