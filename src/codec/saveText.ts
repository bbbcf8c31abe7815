/**
 * Helpers for reading untrusted save text: cheap size and shape checks that run before schema
 * validation, and the wording that turns schema issues into sentences a player can act on.
 * Kept apart from save.ts so the format itself stays readable.
 */
import type { core } from 'zod';

/** Keys that could reach an object's prototype if some later code copied the parsed data naively. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Deepest nesting accepted, counting the top-level value as 1. A real save is 4 deep; the limit
 * keeps every later recursive walk (ours and zod's) far from the stack's end.
 */
export const MAX_SAVE_DEPTH = 64;

const LONGEST_QUOTE = 40;

/** True for a non-null, non-array object (what JSON.parse produces for `{…}`). */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * UTF-8 byte length of `text`, counted exactly while it stays within `limit`. Once over the limit
 * it returns early with a lower bound (> limit), so a huge file costs almost nothing to refuse.
 */
export function utf8LengthUpTo(text: string, limit: number): number {
  const len = text.length;
  // Every code unit takes at least one byte.
  if (len > limit) return len;
  let n = 0;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if ((c & 0xfc00) === 0xd800 && i + 1 < len && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
    if (n > limit) return n;
  }
  return n;
}

/** Quotes a key or value for a message, shortening it so a hostile file cannot flood the UI. */
function quote(text: string): string {
  const short = text.length > LONGEST_QUOTE ? `${text.slice(0, LONGEST_QUOTE)}…` : text;
  return JSON.stringify(short);
}

/** A path as a person would write it: `actions[2].seat`, `meta["odd key"]`; empty at the top. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'symbol') out += '[?]';
    else if (/^[A-Za-z_$][\w$]*$/.test(part) && part.length <= LONGEST_QUOTE) out += out === '' ? part : `.${part}`;
    else out += `[${quote(part)}]`;
  }
  return out;
}

/**
 * Looks for prototype-polluting keys and excessive nesting. Returns a phrase for the error
 * message, or null when the value is safe to hand to the schema. The recursion is bounded by
 * MAX_SAVE_DEPTH, so it cannot overflow the stack however the input is shaped.
 */
export function forbiddenContent(root: unknown): string | null {
  const path: (string | number)[] = [];
  const where = (): string => (path.length === 0 ? 'the top level' : formatPath(path));
  const visit = (value: unknown, depth: number): string | null => {
    if (typeof value !== 'object' || value === null) return null;
    if (depth > MAX_SAVE_DEPTH) return `it is nested more than ${MAX_SAVE_DEPTH} levels deep`;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        const found = visit(value[i], depth + 1);
        path.pop();
        if (found !== null) return found;
      }
      return null;
    }
    // JSON.parse stores "__proto__" as an own property, so Object.keys sees it.
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) return `it contains the forbidden key "${key}" at ${where()}`;
    }
    for (const key of keys) {
      path.push(key);
      const found = visit(record[key], depth + 1);
      path.pop();
      if (found !== null) return found;
    }
    return null;
  };
  return visit(root, 1);
}

function typeNoun(expected: string): string {
  switch (expected) {
    case 'int':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'string':
      return 'text';
    case 'array':
      return 'a list';
    case 'object':
      return 'an object';
    case 'boolean':
      return 'true or false';
    default:
      return expected;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'object') return 'an object';
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- only primitives (and functions) are left here
  return String(value);
}

function limitPhrase(bound: 'at most' | 'at least', limit: number | bigint, origin: string, input: unknown): string {
  if (origin === 'string') {
    return bound === 'at least' && limit === 1 ? 'must not be empty' : `must be ${bound} ${limit} characters long`;
  }
  if (origin === 'array') return `must have ${bound} ${limit} entries`;
  return `must be ${bound} ${limit} (found ${describeValue(input)})`;
}

/**
 * Zod error map giving each issue a short phrase without its path (the caller adds the path,
 * because zod only knows the full path after the issue has bubbled up). Returns undefined for
 * issues that carry their own message from the schema.
 */
export function describeIssue(issue: core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const noun = typeNoun(issue.expected);
      return issue.input === undefined ? `missing (expected ${noun})` : `expected ${noun}, found ${describeValue(issue.input)}`;
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => (typeof v === 'string' ? v : String(v)));
      const expected = values.length === 1 ? `expected ${quote(values[0] ?? '')}` : `expected one of ${values.join(', ')}`;
      return issue.input === undefined ? `missing (${expected})` : `${expected} (found ${describeValue(issue.input)})`;
    }
    case 'too_big':
      return limitPhrase('at most', issue.maximum, issue.origin, issue.input);
    case 'too_small':
      return limitPhrase('at least', issue.minimum, issue.origin, issue.input);
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.slice(0, 5).map(quote).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'datetime'
        ? 'expected an ISO-8601 date and time such as "2025-01-31T09:30:00Z"'
        : 'is not in the expected format';
    default:
      return undefined;
  }
}
