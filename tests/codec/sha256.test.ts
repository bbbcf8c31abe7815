import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashState, sha256Hex } from '../../src/codec/sha256';

function nodeSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

describe('sha256Hex', () => {
  it.each([
    ['empty string', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['"abc"', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'the 448-bit message',
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    [
      'the 896-bit message',
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
  ])('matches the NIST vector for %s', (_name, input, expected) => {
    expect(sha256Hex(input)).toBe(expected);
  });

  it("matches the NIST vector for one million 'a'", () => {
    expect(sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0');
  });

  it('handles every length around the padding boundaries', () => {
    for (let n = 0; n <= 200; n++) {
      const text = 'x'.repeat(n);
      expect(sha256Hex(text)).toBe(nodeSha256(text));
    }
  });

  it('encodes 2-, 3- and 4-byte UTF-8 sequences', () => {
    for (const text of ['é', 'ß€', '한국어', '😀', '🇰🇷 대한민국', 'a\u07ff\u0800\uffff\u{10000}\u{10ffff}']) {
      expect(sha256Hex(text)).toBe(nodeSha256(text));
    }
  });

  it('encodes lone surrogates as U+FFFD, like Node and TextEncoder', () => {
    for (const text of ['\ud800', 'a\udc00b', '\udbff\ud800', 'x\ud83d']) {
      expect(sha256Hex(text)).toBe(nodeSha256(text));
      expect(sha256Hex(text)).toBe(sha256Hex(text.replace(/[\ud800-\udfff]/g, '\ufffd')));
    }
  });

  it('agrees with node:crypto on random Unicode text', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom('한', '국', '어', '조선', '😀', '🇰🇷', '👨‍👩‍👧', 'é', '\u0000'),
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 20 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(sha256Hex(text)).toBe(nodeSha256(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('hashState', () => {
  it('hashes the canonical JSON, so key order does not matter', () => {
    const a = { turn: 3, indicators: { trust: 10, tension: 55 }, seats: ['us', 'dprk'] };
    const b = { seats: ['us', 'dprk'], indicators: { tension: 55, trust: 10 }, turn: 3 };
    expect(hashState(a)).toBe(hashState(b));
    expect(hashState(a)).toBe(nodeSha256('{"indicators":{"tension":55,"trust":10},"seats":["us","dprk"],"turn":3}'));
    expect(hashState(a)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('tells different states apart', () => {
    expect(hashState({ turn: 3 })).not.toBe(hashState({ turn: 4 }));
    expect(hashState(['a', 'b'])).not.toBe(hashState(['b', 'a']));
  });
});
