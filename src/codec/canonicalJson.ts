/**
 * One fixed text for a value, so that equal game states hash equally on every machine:
 * object keys sorted by UTF-16 code unit order (what `Array.prototype.sort` does with no
 * comparator, and independent of locale), no whitespace, arrays kept in order.
 */

/**
 * Serialises plain JSON-like data canonically.
 *
 * - Object properties whose value is `undefined` are omitted, as `JSON.stringify` does.
 * - Numbers are written as `JSON.stringify` writes them (`-0` becomes `0`).
 * - Throws a `TypeError` on what JSON cannot represent faithfully: non-finite numbers, bigint,
 *   functions, symbols, `undefined` as an array element or as the whole value, and objects that are
 *   not plain (Date, Map, class instances), because silently coercing them would hash two
 *   different states alike.
 * - Cycles are not expected (game states are trees) and are not detected: a cyclic value overflows
 *   the stack with a `RangeError`.
 */
export function canonicalJson(value: unknown, known?: KnownTexts): string {
  const parts: string[] = [];
  try {
    write(value, parts, known);
  } catch (e) {
    if (e instanceof Unserialisable) throw new TypeError(e.problem(`$${e.path.reverse().join('')}`), { cause: e });
    throw e;
  }
  return parts.join('');
}

/**
 * Texts already written for objects that never change (a game's offers are replaced, never
 * mutated): an object found here is written as its text, not walked again.
 */
export type KnownTexts = WeakMap<object, string>;

/**
 * What cannot be serialised, with its path collected on the way out (each array and object it
 * passed through adds its part), so that a value that serialises builds no path at all.
 */
class Unserialisable extends Error {
  readonly path: string[] = [];
  constructor(readonly problem: (where: string) => string) {
    super('unserialisable');
  }
}

/** A key as JSON writes it, once per distinct key (game states use a few hundred). */
const KEYS = new Map<string, string>();
function keyText(key: string): string {
  let text = KEYS.get(key);
  if (text === undefined) {
    text = `${JSON.stringify(key)}:`;
    if (KEYS.size < 4096) KEYS.set(key, text);
  }
  return text;
}

function write(value: unknown, out: string[], known: KnownTexts | undefined): void {
  switch (typeof value) {
    case 'string':
      out.push(JSON.stringify(value));
      return;
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new Unserialisable((where) => `canonicalJson: non-finite number at ${where}`);
      // For a finite number JSON.stringify writes what String does (-0 as 0).
      out.push(String(value));
      return;
    case 'object':
      if (value === null) {
        out.push('null');
        return;
      }
      if (known) {
        const text = known.get(value);
        if (text !== undefined) {
          out.push(text);
          return;
        }
      }
      if (Array.isArray(value)) {
        writeArray(value, out, known);
        return;
      }
      writeObject(value, out, known);
      return;
    default: {
      const kind = typeof value;
      throw new Unserialisable((where) => `canonicalJson: cannot serialise a ${kind} at ${where}`);
    }
  }
}

function writeArray(items: readonly unknown[], out: string[], known: KnownTexts | undefined): void {
  out.push('[');
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out.push(',');
    try {
      write(items[i], out, known);
    } catch (e) {
      if (e instanceof Unserialisable) e.path.push(`[${i}]`);
      throw e;
    }
  }
  out.push(']');
}

function writeObject(obj: object, out: string[], known: KnownTexts | undefined): void {
  const proto: unknown = Object.getPrototypeOf(obj);
  if (proto !== Object.prototype && proto !== null) {
    throw new Unserialisable((where) => `canonicalJson: only plain objects can be serialised (at ${where})`);
  }
  const record = obj as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  out.push('{');
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    if (!first) out.push(',');
    first = false;
    out.push(keyText(key));
    try {
      write(item, out, known);
    } catch (e) {
      if (e instanceof Unserialisable) e.path.push(`.${key}`);
      throw e;
    }
  }
  out.push('}');
}
