/**
 * Random codes, keys and tokens, and how they are compared. Join codes are short and read aloud
 * (an unambiguous alphabet, guarded by rate limits); teacher keys and team tokens are long
 * random secrets of which the store keeps only SHA-256 hashes.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH } from '../net/protocol';

/** A join code such as "K7PQ3M" (31^6 ≈ 887 million codes). */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** A teacher key: 256 random bits, base64url (43 characters). */
export function newTeacherKey(): string {
  return randomBytes(32).toString('base64url');
}

/** A team member's token: 192 random bits, base64url (32 characters). */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** A team's PIN: four digits, told aloud to teammates (guesses are limited per address and per seat). */
export function newPin(): string {
  return String(randomInt(10_000)).padStart(4, '0');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Compares a presented secret with a stored hash in constant time. */
export function matchesHash(secret: string, hash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A seed for a session that did not ask for one (six digits, easy to note down and replay). */
export function newSeed(): number {
  return randomInt(1_000_000);
}
