import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/codec/canonicalJson';

/** Rebuilds objects with their keys in reverse order, to show the output does not depend on it. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).reverse();
    const out: Record<string, unknown> = {};
    for (const [k, v] of entries)
      Object.defineProperty(out, k, { value: reverseKeys(v), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order, with no whitespace', () => {
    const value = { b: [3, 1, { z: 1, a: 2 }], a: { d: null, c: true }, c: 'text' };
    expect(canonicalJson(value)).toBe('{"a":{"c":true,"d":null},"b":[3,1,{"a":2,"z":1}],"c":"text"}');
  });

  it('sorts by UTF-16 code units, not code points or locale', () => {
    // U+1F600 is the pair D83D DE00, which sorts before U+FFFF as code units though not as a code point.
    const value = { b: 1, a: 2, B: 3, é: 4, '\uffff': 5, '😀': 6, '': 7, aa: 8 };
    expect(Object.keys(JSON.parse(canonicalJson(value)))).toEqual(['', 'B', 'a', 'aa', 'b', 'é', '😀', '\uffff']);
  });

  it('omits undefined properties', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(canonicalJson({ a: undefined })).toBe('{}');
  });

  it('writes strings and numbers exactly as JSON.stringify does', () => {
    const value = ['quote " slash \\ newline \n tab \t', '\u0001', '한국 😀', '\ud800', 1e21, 0.1, -5, -0, 2 ** 53];
    expect(canonicalJson(value)).toBe(JSON.stringify(value));
  });

  it('accepts objects with a null prototype', () => {
    const bare = Object.create(null) as Record<string, unknown>;
    bare['y'] = 1;
    bare['x'] = 2;
    expect(canonicalJson(bare)).toBe('{"x":2,"y":1}');
  });

  it.each([
    ['NaN', { a: Number.NaN }],
    ['Infinity', [Number.POSITIVE_INFINITY]],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['a bigint', { a: 1n }],
    ['a function', { f: () => 1 }],
    ['a symbol', [Symbol('s')]],
    ['undefined in an array', [undefined]],
    ['undefined alone', undefined],
    ['a Date', { when: new Date(0) }],
    ['a Map', new Map()],
  ])('throws on %s', (_name, value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
  });

  it.each([
    [{ a: Number.NaN }, 'non-finite number at $.a'],
    [[1, { b: [2, () => 1] }], 'cannot serialise a function at $[1].b[1]'],
    [{ x: { when: new Date(0) } }, 'only plain objects can be serialised (at $.x.when)'],
    [{ x: { y: [0, 1, 2n] } }, 'cannot serialise a bigint at $.x.y[2]'],
    [undefined, 'cannot serialise a undefined at $'],
  ])('says where the value it cannot serialise is (%#)', (value, where) => {
    expect(() => canonicalJson(value)).toThrow(`canonicalJson: ${where}`);
  });

  it('writes an object it is given the text of as that text, and every other one by walking it', () => {
    const offer = { id: 1, gives: ['freeze'] };
    const known = new WeakMap<object, string>([[offer, canonicalJson(offer)]]);
    const state = { offers: [offer, { id: 2, gives: [] }], turn: 3 };
    expect(canonicalJson(state, known)).toBe(canonicalJson(state));
    // The known text is used as it is, not checked against the object: only objects that never change belong there.
    const stale = new WeakMap<object, string>([[offer, '"kept"']]);
    expect(canonicalJson(state, stale)).toBe('{"offers":["kept",{"gives":[],"id":2}],"turn":3}');
  });

  it('round-trips any JSON value through JSON.parse', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same text whatever the key insertion order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(reverseKeys(value))).toBe(canonicalJson(value));
      }),
      { numRuns: 500 },
    );
  });
});
