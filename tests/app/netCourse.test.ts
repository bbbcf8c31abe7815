/**
 * Play over days through the browser's network client (src/app/net.ts), against a real classroom
 * server: the deadline, a sealed move taken back and replaced before the month resolves, and the
 * position memo (refused until the teacher asks, then kept). And what the board says of it
 * (src/app/screens/course.ts) in each language.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NetPlay, type CourseStatus } from '../../src/app/net';
import { courseBoardVM, memoCount, memoVM } from '../../src/app/screens/course';
import { LANGUAGES } from '../../src/i18n';
import { joinSession } from '../../src/net/api';
import { connectTeam } from '../../src/net/client';
import { MAX_MEMO } from '../../src/net/course';
import type { CreateSessionResponse } from '../../src/net/protocol';
import { startClassroomServer, type ClassroomServer } from '../../src/server/server';
import { api, until } from '../server/helpers';

describe('a network game played over days', () => {
  let server: ClassroomServer;
  beforeAll(async () => {
    server = await startClassroomServer({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'qc-app-course-')), log: () => {} });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('gives the deadline, lets the team replace its sealed move until the month resolves, and sends a memo once asked', async () => {
    const created = await api<CreateSessionResponse & { teacherKey: string }>(`${server.url}/api/sessions`, {
      json: { seats: { us: 'human', dprk: 'bot:hawk', rok: 'bot:dove' }, deadline: { kind: 'hours', hours: 24 }, seed: 5 },
    });
    const code = created.body.code;
    const j = await joinSession(server.url, code, 'Owls', 'us');
    if (!j.ok) throw new Error(j.error);
    const c = await connectTeam({ baseUrl: server.url, code, token: j.value.token, seat: j.value.seat });
    if (!c.ok) throw new Error(c.error);
    await until(() => (c.value.getView() && c.value.getSession()?.status === 'playing' ? true : null));
    const play = new NetPlay(c.value, { code, seat: 'us', team: 'Owls', token: j.value.token });
    const session = server.hub.get(code)!;
    try {
      expect(play.paced()).toBe(true);
      const due = play.course().dueAt!;
      expect(due - Date.now()).toBeGreaterThan(23 * 3_600_000);
      expect(play.course()).toMatchObject({ sealed: null, changing: false, memo: null });
      // Nothing sealed: nothing to take back.
      expect(play.reopen().ok).toBe(false);

      const [a, b] = c.value.getView()!.legal.map((m) => m.id);
      expect(play.client.send({ type: 'move.play', move: a!, reason: 'player' }).ok).toBe(true);
      expect((await play.lastSend).ok).toBe(true);
      await until(() => (play.course().sealed === a ? true : null));
      expect(play.blocked()).toBe(true);
      // Taken back: End turn opens again, and the move sealed on the server stands meanwhile.
      expect(play.reopen().ok).toBe(true);
      expect(play.course().changing).toBe(true);
      expect(play.blocked()).toBe(false);
      // The screens see the move open (the hand and the table can change it); the server still holds it.
      expect(play.client.getView().pending).toBeNull();
      expect(c.value.getView()!.pending?.move).toBe(a);
      expect(session.teacherMessage('').sealed.us?.move).toBe(a);
      expect(play.client.send({ type: 'move.play', move: b!, reason: 'player' }).ok).toBe(true);
      expect((await play.lastSend).ok).toBe(true);
      await until(() => (play.course().sealed === b ? true : null));
      expect(play.course().changing).toBe(false);
      expect(play.blocked()).toBe(true);
      expect(play.client.getView().pending?.move).toBe(b);
      expect(session.teacherMessage('').sealed.us?.move).toBe(b);
      expect(session.turn()).toBe(1);

      // A memo before the teacher asks is refused with the server's reason; an empty one never leaves.
      const early = await play.sendMemo('Secret first.');
      expect(early).toEqual({ ok: false, error: 'Your teacher has not asked for a memo this month.' });
      expect((await play.sendMemo('   ')).ok).toBe(false);
      expect((await play.sendMemo('x'.repeat(MAX_MEMO + 1))).ok).toBe(false);
      expect(session.command({ id: 'memos-xxxxxxxx', action: 'memos', months: [1], prompts: { us: 'Why secret?' } }).ok).toBe(true);
      await until(() => (play.course().memo ? true : null));
      expect(play.course().memo).toEqual({ turn: 1, prompt: 'Why secret?', sent: false });
      expect((await play.sendMemo('Because Congress is against it.')).ok).toBe(true);
      await until(() => (play.course().memo?.sent ? true : null));
      expect(session.course.rec.memos.map((m) => m.text)).toEqual(['Because Congress is against it.']);

      // The month resolves (the teacher, here): the replaced move is the one played, and nothing is left to change.
      expect(session.command({ id: 'resolve-xxxxxxxx', action: 'resolve' }).ok).toBe(true);
      await until(() => (c.value.getView()!.turn === 2 ? true : null));
      expect(session.teacherMessage('').actions.find((x) => x.seat === 'us' && x.turn === 1)?.move).toBe(b);
      expect(play.course()).toMatchObject({ sealed: null, changing: false, memo: null });
      expect(play.blocked()).toBe(false);
    } finally {
      play.client.dispose();
    }
  });
});

describe("the board's words for play over days", () => {
  const sealed: CourseStatus = { dueAt: Date.UTC(2026, 11, 7, 9, 0), sealed: 'us.hold', changing: false, memo: null };

  it('says the deadline, the sealed move and that it may change, in every language', () => {
    for (const lang of LANGUAGES) {
      const vm = courseBoardVM(lang, sealed);
      expect(vm.due).toBeTruthy();
      expect(vm.sealedLine).toContain(vm.change!.sub.split(': ')[1] ?? '');
      expect(vm.change!.label).not.toBe('course.team.change');
      expect(vm.memo).toBeNull();
    }
    const en = courseBoardVM('en', sealed);
    expect(en.change!.label).toBe('Change my move');
    expect(en.sealedLine).toMatch(/^Sealed: .+\. You may change it until the month resolves\.$/);
  });

  it('while choosing again End turn is itself again, and the line says the sealed move still stands', () => {
    const vm = courseBoardVM('en', { ...sealed, changing: true });
    expect(vm.change).toBeNull();
    expect(vm.sealedLine).toMatch(/^Choose again: .+ stands until you seal another card\.$/);
    expect(courseBoardVM('en', { ...sealed, sealed: null }).sealedLine).toBeNull();
    expect(courseBoardVM('en', { ...sealed, dueAt: null }).due).toBeNull();
  });

  it('shows the memo button while the teacher asks, with the seat prompt or the default one', () => {
    const asked: CourseStatus = { ...sealed, memo: { turn: 3, prompt: '', sent: false } };
    expect(courseBoardVM('en', asked).memo).toEqual({ label: 'Memo', sub: 'Your teacher asks', sent: false });
    expect(courseBoardVM('en', { ...asked, memo: { turn: 3, prompt: '', sent: true } }).memo?.sub).toBe('Sent ✓');
    const m = memoVM('en', 'dprk', asked);
    expect(m.prompt).toContain('claims 7 and 8');
    expect(m.maxLength).toBe(MAX_MEMO);
    expect(memoVM('de', 'us', { ...asked, memo: { turn: 3, prompt: 'Warum?', sent: false } }).prompt).toBe('Warum?');
    expect(memoVM('en', 'us', sealed).prompt).toBe('');
    expect(memoVM('en', 'us', sealed).ask).toBe('Your teacher is not asking for a memo this month.');
    expect(memoCount('en', 1234)).toBe('1,234 of 1,200 characters');
  });
});
