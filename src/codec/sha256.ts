/**
 * SHA-256 through `@noble/hashes` (audited, pure JS, synchronous: the core may not use Node's
 * crypto, and WebCrypto is asynchronous). Used to fingerprint game states in save checkpoints, so
 * it must agree bit for bit with every other SHA-256; the tests hold it to the NIST vectors and to
 * node:crypto. Text is hashed as UTF-8 by the platform's `TextEncoder` (lone surrogates become
 * U+FFFD, as in Node).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonicalJson';

/** SHA-256 of the UTF-8 encoding of `text`, as 64 lowercase hex digits. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/**
 * Fingerprint of a game state (or any plain data): SHA-256 of its canonical JSON. Save checkpoints
 * store this so a replay can prove it reached the same state.
 */
export function hashState(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
