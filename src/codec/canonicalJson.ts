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
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  write(value, parts, '$');
  return parts.join('');
}

function write(value: unknown, out: string[], where: string): void {
  switch (typeof value) {
    case 'string':
      out.push(JSON.stringify(value));
      return;
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: non-finite number at ${where}`);
      out.push(JSON.stringify(value));
      return;
    case 'object':
      if (value === null) {
        out.push('null');
        return;
      }
      if (Array.isArray(value)) {
        writeArray(value, out, where);
        return;
      }
      writeObject(value, out, where);
      return;
    default:
      throw new TypeError(`canonicalJson: cannot serialise a ${typeof value} at ${where}`);
  }
}

function writeArray(items: readonly unknown[], out: string[], where: string): void {
  out.push('[');
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out.push(',');
    write(items[i], out, `${where}[${i}]`);
  }
  out.push(']');
}

function writeObject(obj: object, out: string[], where: string): void {
  const proto: unknown = Object.getPrototypeOf(obj);
  if (proto !== Object.prototype && proto !== null) {
    throw new TypeError(`canonicalJson: only plain objects can be serialised (at ${where})`);
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
    out.push(JSON.stringify(key), ':');
    write(item, out, `${where}.${key}`);
  }
  out.push('}');
}
