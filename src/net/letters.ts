/**
 * Letters on the classroom wire (issue 11): what a team sends to write a letter, and the teacher's
 * commands over letters (turn them off or on, hide one). Shared by the server, which checks every
 * message against these schemas, and the clients. The rules of a letter (who may read it, its
 * leaks, the monthly limit) are the game's: src/model/letters.ts.
 *
 * Plain TypeScript and zod: no DOM, no Node. It imports nothing from protocol.ts (which joins the
 * teacher commands from here), so the two never import each other.
 */
import * as z from 'zod';
import { MAX_LETTER, MAX_LETTERS } from '../model/letters';

const actionId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { error: 'expected an action id of 8 to 64 letters, digits, - or _' });

/** Message type of a team's letter on the room. */
export const MSG_LETTER = 'letter';

/** A team writes a letter to another seat (or to both), secret or public, optionally carrying one of its offers. */
export const letterMessageSchema = z.strictObject({
  id: actionId,
  to: z.enum(['us', 'dprk', 'rok', 'both'], { error: 'a letter goes to us, dprk, rok or both' }),
  line: z.enum(['secret', 'public'], { error: 'a letter is secret or public' }),
  text: z
    .string({ error: 'a letter needs its text' })
    .min(1, { error: 'the letter is empty' })
    .max(MAX_LETTER, { error: `a letter has at most ${MAX_LETTER} characters` }),
  offer: z.int({ error: 'an offer id is a whole number' }).min(1).max(10_000).optional(),
  /** The month the team wrote in; a letter that arrives after its month resolved is refused, not carried over. */
  turn: z.int().min(1).max(200).optional(),
});
export type LetterMessage = z.infer<typeof letterMessageSchema>;

/** The teacher's commands over letters (joined into protocol.ts's teacherCommandSchema). */
export const LETTER_COMMANDS = [
  /** Turn letters off (no team can send one; those sent stay) or on again. */
  z.strictObject({ id: actionId, action: z.literal('letters'), on: z.boolean() }),
  /** Hide a letter from every team (the teacher and the debrief still show it, marked hidden). */
  z.strictObject({ id: actionId, action: z.literal('hideLetter'), letter: z.int().min(1).max(MAX_LETTERS) }),
] as const;

/** The first problem of a malformed letter message, as a team reads it. */
export function letterMessageProblem(issues: readonly { message: string; path: readonly PropertyKey[] }[]): string {
  const first = issues[0];
  if (!first) return 'Invalid letter.';
  const field = first.path.length ? `${first.path.map(String).join('.')}: ` : '';
  return `Invalid letter: ${field}${first.message}.`;
}
