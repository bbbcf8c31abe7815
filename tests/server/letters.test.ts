/**
 * Letters in a classroom session: a team's letter reaches only the seats that may read it, a
 * malformed or refused one is answered with what is wrong and changes nothing, the teacher sees
 * every letter, can hide one and turn letters off (or create the session without them), and a
 * restarted session and the save file keep them.
 */
import { describe, expect, it } from 'vitest';
import { makeSave, parseSave } from '../../src/codec/save';
import { replaySave } from '../../src/engine/replay';
import { letterMessageProblem, letterMessageSchema, type LetterMessage } from '../../src/net/letters';
import { teacherCommandSchema } from '../../src/net/protocol';
import { sessionCsv } from '../../src/server/exports';
import { saveWithoutHidden, viewWithoutHidden } from '../../src/server/letterPart';
import { ClassroomSession } from '../../src/server/session';
import { fillSeats, newSession, nextId } from './helpers';

const people = { seats: { us: 'human', dprk: 'human', rok: 'human' } } as const;
const letter = (to: LetterMessage['to'], text: string, line: LetterMessage['line'] = 'secret'): LetterMessage => ({
  id: nextId(),
  to,
  line,
  text,
});
const texts = (session: ClassroomSession, seat: 'us' | 'dprk' | 'rok') => (session.seatMessage(seat).view.letters ?? []).map((l) => l.text);

describe('letters in a classroom session', () => {
  it('reach their recipients at once, and only them; the teacher reads every one', () => {
    const { session } = newSession(people);
    fillSeats(session);
    expect(session.letter('us', letter('dprk', 'Secret to Pyongyang'))).toMatchObject({ ok: true });
    expect(session.letter('rok', letter('both', 'Seoul to all', 'public'))).toMatchObject({ ok: true });
    expect(texts(session, 'dprk')).toEqual(['Secret to Pyongyang', 'Seoul to all']);
    expect(texts(session, 'rok')).toEqual(['Seoul to all']);
    expect(JSON.stringify(session.seatMessage('rok'))).not.toContain('Secret to Pyongyang');
    expect(session.teacherMessage('').view.letters?.map((l) => l.text)).toEqual(['Secret to Pyongyang', 'Seoul to all']);
    expect(session.info().letters).toBe(true);
    // A resend with the same id is applied once.
    const again = letter('dprk', 'Once only');
    expect(session.letter('us', again).ok).toBe(true);
    expect(session.letter('us', again)).toMatchObject({ ok: true, duplicate: true });
    expect(texts(session, 'dprk').filter((t) => t === 'Once only')).toHaveLength(1);
  });

  it('refuses malformed letters with a clear error and changes nothing', () => {
    const parse = (m: unknown) => {
      const r = letterMessageSchema.safeParse(m);
      return r.success ? 'ok' : letterMessageProblem(r.error.issues);
    };
    expect(parse({ id: nextId(), to: 'china', line: 'secret', text: 'x' })).toBe(
      'Invalid letter: to: a letter goes to us, dprk, rok or both.',
    );
    expect(parse({ id: nextId(), to: 'us', line: 'loud', text: 'x' })).toBe('Invalid letter: line: a letter is secret or public.');
    expect(parse({ id: nextId(), to: 'us', line: 'public', text: 'x'.repeat(1001) })).toBe(
      'Invalid letter: text: a letter has at most 1000 characters.',
    );
    expect(parse({ id: nextId(), to: 'us', line: 'public', text: 'x', html: '<b>' })).toMatch(/^Invalid letter: .*html/);
    expect(parse({ id: nextId(), to: 'us', line: 'public' })).toBe('Invalid letter: text: a letter needs its text.');
    const { session } = newSession(people);
    expect(session.letter('us', letter('dprk', 'too early')).ok).toBe(false);
    fillSeats(session);
    const refused = (seat: 'us' | 'dprk' | 'rok', m: LetterMessage) => {
      const ack = session.letter(seat, m);
      return ack.ok ? 'accepted' : ack.error;
    };
    expect(refused('us', letter('us', 'to myself'))).toBe('You cannot send this letter: a seat cannot write to itself.');
    expect(refused('us', letter('dprk', ' \u0000 '))).toBe('You cannot send this letter: the letter is empty.');
    // The default rules (version 4) have the negotiation table, and no offer 2 has been made yet.
    expect(refused('us', { ...letter('dprk', 'x'), offer: 2 })).toBe('You cannot send this letter: there is no offer 2.');
    expect(refused('us', { ...letter('dprk', 'old'), turn: 7 })).toBe('That month is already over: write again.');
    for (let i = 0; i < 5; i++) expect(refused('us', letter('rok', `note ${i}`))).toBe('accepted');
    expect(refused('us', letter('rok', 'one too many'))).toBe('You cannot send this letter: a seat may send at most 5 letters a month.');
    expect(session.teacherMessage('').view.letters).toHaveLength(5);
  });

  it('lets the teacher hide a letter and turn letters off and on', () => {
    const { session } = newSession(people);
    fillSeats(session);
    session.letter('dprk', letter('both', 'Something unkind', 'public'));
    expect(teacherCommandSchema.safeParse({ id: nextId(), action: 'hideLetter', letter: 0 }).success).toBe(false);
    expect(session.command({ id: nextId(), action: 'hideLetter', letter: 9 })).toMatchObject({ ok: false, error: 'There is no letter 9.' });
    expect(session.command({ id: nextId(), action: 'hideLetter', letter: 1 })).toMatchObject({ ok: true });
    for (const seat of ['us', 'dprk', 'rok'] as const) expect(texts(session, seat)).toEqual([]);
    expect(session.teacherMessage('').view.letters).toEqual([expect.objectContaining({ id: 1, hidden: true, text: 'Something unkind' })]);
    expect(session.command({ id: nextId(), action: 'letters', on: false })).toMatchObject({ ok: true });
    expect(session.info().letters).toBe(false);
    expect(session.letter('us', letter('dprk', 'hello'))).toMatchObject({ ok: false, error: 'Your teacher has turned letters off.' });
    expect(session.command({ id: nextId(), action: 'letters', on: true })).toMatchObject({ ok: true });
    expect(session.letter('us', letter('dprk', 'hello')).ok).toBe(true);
  });

  it('can be off from the start of a session', () => {
    const { session } = newSession({ ...people, letters: false });
    fillSeats(session);
    expect(session.info().letters).toBe(false);
    expect(session.letter('us', letter('dprk', 'hello'))).toMatchObject({ ok: false, error: 'Your teacher has turned letters off.' });
  });

  it('survive a restart and are in the save file, which replays', () => {
    const { session, store, cfg: config } = newSession(people);
    fillSeats(session);
    session.letter('us', letter('dprk', 'Dear Chairman'));
    session.command({ id: nextId(), action: 'hideLetter', letter: 1 });
    session.command({ id: nextId(), action: 'letters', on: false });
    for (const seat of ['us', 'dprk', 'rok'] as const) session.play(seat, nextId(), `${seat}.hold`);
    const restored = ClassroomSession.restore(config, store.log(config.code), store);
    expect(restored.teacherMessage('').view.letters).toEqual(session.teacherMessage('').view.letters);
    expect(restored.info().letters).toBe(false);
    const save = parseSave(makeSave(session.save()));
    if (!save.ok) throw new Error(save.error);
    expect(save.value.letters).toEqual([{ id: 1, turn: 1, from: 'us', to: 'dprk', line: 'secret', text: 'Dear Chairman', hidden: true }]);
    expect(replaySave(save.value, { verify: true }).ok).toBe(true);
    // The teams' debrief leaves the hidden letter out, its save too (and that save still replays).
    const forTeams = saveWithoutHidden(session.save());
    expect(forTeams.letters).toBeUndefined();
    expect(JSON.stringify(viewWithoutHidden(session.debrief().view))).not.toContain('Dear Chairman');
    expect(replaySave(forTeams, { verify: true }).ok).toBe(true);
    // The teacher's CSV has the letter, marked hidden.
    expect(sessionCsv(session)).toContain(
      'letter,1,January 2025,us,Team us,to:dprk,,team (hidden by the teacher),yes,after the game,Dear Chairman',
    );
    restored.dispose();
    session.dispose();
  });
});
