/**
 * The letters' hash (issue 11): a save's letters live beside the game's state, so no state hash
 * covers them; instead a save file that has letters carries `lettersHash`, a SHA-256 over canonical
 * JSON of the letters together with what the game was started with (scenario, seed, settings,
 * seats), so that a letter edited, added, removed, reordered or moved in from another game is
 * noticed when the file is read. `makeSave` writes it and `parseSave` checks it (and then drops
 * it: a save in memory never carries it, so code that changes a save's letters need not keep it).
 * A save without letters has no `lettersHash` and is read and hashed exactly as before.
 * docs/save-format.md says why this is a hash of the file and not part of the state hash.
 */
import { canonicalJson } from './canonicalJson';
import { sha256Hex } from './sha256';

/** The parts of a save the hash covers. */
export interface LettersHashInput {
  scenario: unknown;
  seed: number;
  settings: unknown;
  seats: unknown;
  letters?: readonly unknown[] | undefined;
}

/** The hash of a save's letters, as 64 lowercase hex digits. */
export function lettersHash(save: LettersHashInput): string {
  const { scenario, seed, settings, seats, letters } = save;
  return sha256Hex(canonicalJson({ scenario, seed, settings, seats, letters: letters ?? [] }));
}

const ALTERED = 'the file has been altered or is damaged';

/**
 * Whether a save read from a file carries the right `lettersHash` (`claimed`, as found in the
 * file): null when it does, otherwise the player's sentence. A file with letters must have it, and
 * one without letters must not.
 */
export function lettersHashProblem(save: LettersHashInput, claimed: unknown): string | null {
  if (save.letters === undefined) {
    return claimed === undefined ? null : `This save was refused: it has a "lettersHash" but no letters; ${ALTERED}.`;
  }
  if (claimed === undefined) {
    return `This save was refused: it has letters but no "lettersHash" to check them against; ${ALTERED} (or was written before letters were checked).`;
  }
  if (typeof claimed !== 'string' || !/^[0-9a-f]{64}$/.test(claimed)) {
    return 'This save is not valid: lettersHash: expected a SHA-256 hash (64 lowercase hex digits).';
  }
  return claimed === lettersHash(save) ? null : `This save was refused: its letters do not match its "lettersHash"; ${ALTERED}.`;
}
