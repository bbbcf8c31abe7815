/**
 * SHA-256 (FIPS 180-4, section 6.2) in plain TypeScript, because the core may not use Node's
 * crypto, WebCrypto is asynchronous, and `TextEncoder` is not in the core's lib. Used to fingerprint
 * game states in save checkpoints, so it must agree bit for bit with every other SHA-256.
 */
import { canonicalJson } from './canonicalJson';

/**
 * Round constants K0..K63: the first 32 bits of the fractional parts of the cube roots of the first
 * 64 primes (FIPS 180-4, 4.2.2). A test recomputes them from that definition.
 */
export const SHA256_K: readonly number[] = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

/**
 * Initial hash value H(0): the first 32 bits of the fractional parts of the square roots of the
 * first 8 primes (FIPS 180-4, 5.3.3).
 */
export const SHA256_H0: readonly number[] = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

// Working buffers live at module level so hashing allocates only the message buffer, never per
// block; the function is not re-entrant, which is fine because it never calls out.
const K = Int32Array.from(SHA256_K);
const W = new Int32Array(64);

/** Byte length of the UTF-8 encoding; lone surrogates count as U+FFFD (3 bytes), as in WHATWG. */
function utf8Length(text: string): number {
  let n = 0;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if ((c & 0xfc00) === 0xd800 && i + 1 < len && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Encodes `text` as UTF-8 into a buffer already padded to whole 64-byte blocks (5.1.1): the
 * message, a 1 bit, zeros, then the bit length as a 64-bit big-endian integer.
 */
function paddedUtf8(text: string): Uint8Array {
  const byteLen = utf8Length(text);
  const total = Math.ceil((byteLen + 9) / 64) * 64;
  const buf = new Uint8Array(total);
  let p = 0;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      buf[p++] = c;
      continue;
    }
    if (c < 0x800) {
      buf[p++] = 0xc0 | (c >> 6);
      buf[p++] = 0x80 | (c & 0x3f);
      continue;
    }
    if ((c & 0xf800) === 0xd800) {
      const next = i + 1 < len ? text.charCodeAt(i + 1) : 0;
      if ((c & 0xfc00) === 0xd800 && (next & 0xfc00) === 0xdc00) {
        const cp = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
        buf[p++] = 0xf0 | (cp >> 18);
        buf[p++] = 0x80 | ((cp >> 12) & 0x3f);
        buf[p++] = 0x80 | ((cp >> 6) & 0x3f);
        buf[p++] = 0x80 | (cp & 0x3f);
        continue;
      }
      c = 0xfffd;
    }
    buf[p++] = 0xe0 | (c >> 12);
    buf[p++] = 0x80 | ((c >> 6) & 0x3f);
    buf[p++] = 0x80 | (c & 0x3f);
  }
  buf[p] = 0x80;
  // Bit counts pass 2^32 for messages over 512 MiB, so split before the 32-bit operators truncate.
  const hi = Math.floor(byteLen / 0x20000000);
  const lo = (byteLen * 8) >>> 0;
  const end = total - 8;
  buf[end] = hi >>> 24;
  buf[end + 1] = hi >>> 16;
  buf[end + 2] = hi >>> 8;
  buf[end + 3] = hi;
  buf[end + 4] = lo >>> 24;
  buf[end + 5] = lo >>> 16;
  buf[end + 6] = lo >>> 8;
  buf[end + 7] = lo;
  return buf;
}

function rotr(x: number, n: number): number {
  return (x >>> n) | (x << (32 - n));
}

function hex32(x: number): string {
  return (x >>> 0).toString(16).padStart(8, '0');
}

/** SHA-256 of the UTF-8 encoding of `text`, as 64 lowercase hex digits. */
export function sha256Hex(text: string): string {
  const m = paddedUtf8(text);
  let h0 = SHA256_H0[0]! | 0;
  let h1 = SHA256_H0[1]! | 0;
  let h2 = SHA256_H0[2]! | 0;
  let h3 = SHA256_H0[3]! | 0;
  let h4 = SHA256_H0[4]! | 0;
  let h5 = SHA256_H0[5]! | 0;
  let h6 = SHA256_H0[6]! | 0;
  let h7 = SHA256_H0[7]! | 0;

  for (let off = 0; off < m.length; off += 64) {
    for (let t = 0; t < 16; t++) {
      const j = off + t * 4;
      W[t] = (m[j]! << 24) | (m[j + 1]! << 16) | (m[j + 2]! << 8) | m[j + 3]!;
    }
    for (let t = 16; t < 64; t++) {
      const w15 = W[t - 15]!;
      const w2 = W[t - 2]!;
      const s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >>> 3);
      const s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >>> 10);
      W[t] = (s1 + W[t - 7]! + s0 + W[t - 16]!) | 0;
    }

    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    let f = h5;
    let g = h6;
    let h = h7;
    for (let t = 0; t < 64; t++) {
      const bigS1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
      const ch = (e & f) ^ (~e & g);
      const t1 = (h + bigS1 + ch + K[t]! + W[t]!) | 0;
      const bigS0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (bigS0 + maj) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
    h5 = (h5 + f) | 0;
    h6 = (h6 + g) | 0;
    h7 = (h7 + h) | 0;
  }
  return hex32(h0) + hex32(h1) + hex32(h2) + hex32(h3) + hex32(h4) + hex32(h5) + hex32(h6) + hex32(h7);
}

/**
 * Fingerprint of a game state (or any plain data): SHA-256 of its canonical JSON. Save checkpoints
 * store this so a replay can prove it reached the same state.
 */
export function hashState(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
