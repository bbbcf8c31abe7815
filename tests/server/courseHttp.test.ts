/**
 * The course over HTTP on a real server: creating a cohort and comparing it with the teacher's
 * key (and not without it, nor from another site), and the exports — a session's moves and memos,
 * its grades and a cohort's months as CSV, parsed back by a CSV library (Python's csv module), and
 * the printable transcript, which shows hostile text as text.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseMove } from '../../src/bots/choose';
import { SEATS } from '../../src/model/types';
import { criterionLabel, type CohortReport, type CreateCohortResponse } from '../../src/net/course';
import type { CreateSessionResponse } from '../../src/net/protocol';
import { startClassroomServer, type ClassroomServer } from '../../src/server/server';
import type { ClassroomSession } from '../../src/server/session';
import { api, fillSeats, nextId } from './helpers';

let server: ClassroomServer;
beforeAll(async () => {
  server = await startClassroomServer({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'qc-course-')), log: () => {} });
});
afterAll(async () => {
  await server?.close();
});

/** Parses CSV with Python's csv module (RFC 4180 quoting, line breaks inside cells). */
function parseCsv(text: string): string[][] {
  const script = 'import csv,io,json,sys; print(json.dumps(list(csv.reader(io.TextIOWrapper(sys.stdin.buffer, newline="")))))';
  return JSON.parse(execFileSync('python3', ['-c', script], { input: text }).toString()) as string[][];
}

/** Plays `months` months of a session's human seats with the dealmaker's choices and `reason`. */
function play(s: ClassroomSession, months: number, reason: string, deviate = false): void {
  for (let i = 0; i < months; i++)
    for (const seat of SEATS) {
      const m = s.seatMessage(seat);
      if (m.session.seats[seat].controller !== 'human' || m.view.pending !== null) continue;
      const move = deviate && i === 1 ? (m.view.legal[1]?.id as string) : chooseMove(m.view, 'dealmaker').move;
      const ack = s.play(seat, nextId(), move, reason);
      if (!ack.ok) throw new Error(ack.error);
    }
}

const hostile = 'We said "no", then =HYPERLINK("x"),\nand <script>alert(1)</script>';

describe('cohorts over HTTP', () => {
  it('creates three sessions in one step and compares them with the teacher key only', async () => {
    const created = await api<CreateCohortResponse>(`${server.url}/api/cohorts`, {
      json: { name: 'Week 12', sessions: 3, seed: 5, seats: { us: 'human', dprk: 'bot:dove', rok: 'bot:hawk' }, months: 6 },
    });
    expect(created.status).toBe(201);
    const { id, teacherKey, sessions } = created.body;
    expect(sessions).toHaveLength(3);
    expect(sessions[0]!.joinUrl).toBe(`${server.publicUrl}/join.html?code=${sessions[0]!.code}`);
    const live = sessions.map((s) => server.hub.get(s.code)!);
    for (const s of live) fillSeats(s);
    play(live[0]!, 3, 'steady');
    play(live[1]!, 3, 'steady');
    play(live[2]!, 3, 'steady', true);

    expect((await api(`${server.url}/api/cohorts/${id}`)).status).toBe(403);
    expect((await api(`${server.url}/api/cohorts/${id}/compare`, { key: 'k'.repeat(43) })).status).toBe(403);
    expect((await api(`${server.url}/api/cohorts/ZZZZZZZZZZZZ/compare`, { key: teacherKey })).status).toBe(404);
    const foreign = await fetch(`${server.url}/api/cohorts/${id}/compare`, {
      headers: { origin: 'http://evil.example', authorization: `Bearer ${teacherKey}` },
    });
    expect(foreign.status).toBe(403);

    const info = await api<{ name: string; sessions: { code: string }[] }>(`${server.url}/api/cohorts/${id}`, { key: teacherKey });
    expect(info.body).toMatchObject({ name: 'Week 12', sessions: sessions.map((s) => ({ code: s.code })) });
    const report = (await api<CohortReport>(`${server.url}/api/cohorts/${id}/compare`, { key: teacherKey })).body;
    expect(report.sessions.map((s) => s.monthsPlayed)).toEqual([3, 3, 3]);
    const [a, b, c] = sessions.map((s) => s.code) as [string, string, string];
    expect(report.divergences.find((d) => d.a === a && d.b === b)!.month).toBeNull();
    expect(report.divergences.find((d) => d.a === a && d.b === c)).toMatchObject({ month: 2, moves: [{ seat: 'us' }] });
    // The cohort's key opens each of its sessions as their teacher.
    expect((await api(`${server.url}/api/sessions/${c}`, { key: teacherKey })).status).toBe(200);
    // One session as the report compares it (what another process asks of this one), with the key only.
    const one = await api<CohortReport['sessions'][number]>(`${server.url}/api/sessions/${c}/compared`, { key: teacherKey });
    expect(one.body).toEqual(report.sessions[2]);
    expect((await api(`${server.url}/api/sessions/${c}/compared`)).status).toBe(403);

    const res = await fetch(`${server.url}/api/cohorts/${id}/export.csv`, { headers: { authorization: `Bearer ${teacherKey}` } });
    expect(res.headers.get('content-type')).toContain('text/csv');
    const rows = parseCsv(await res.text());
    expect(rows[0]!.slice(0, 6)).toEqual(['session', 'title', 'month', 'us_move', 'dprk_move', 'rok_move']);
    expect(rows).toHaveLength(1 + 9);
    expect(rows.filter((r) => r[0] === c).map((r) => r[2])).toEqual(['1', '2', '3']);
    expect(rows[1]![3]).toBe(report.sessions[0]!.moves[0]!.us);
  });

  it('refuses a cohort larger than the sessions-created limit allows, and bad bodies', async () => {
    expect(
      (await api(`${server.url}/api/cohorts`, { json: { name: 'x', sessions: 13, seats: { us: 'human', dprk: 'human', rok: 'human' } } }))
        .status,
    ).toBe(400);
    expect((await api(`${server.url}/api/cohorts`, { json: { name: 'x', sessions: 2, seats: { us: 'human' } } })).status).toBe(400);
    const bad = {
      name: 'x',
      sessions: 2,
      seats: { us: 'human', dprk: 'human', rok: 'human' },
      deadline: { kind: 'schedule', days: [1], time: '9am', timeZone: 'Mars/Base' },
    };
    expect((await api(`${server.url}/api/cohorts`, { json: bad })).status).toBe(400);
  });
});

describe('exports', () => {
  it('a session’s moves and memos, its grades and its transcript, for the teacher only', async () => {
    const created = (
      await api<CreateSessionResponse>(`${server.url}/api/sessions`, {
        json: { seats: { us: 'human', dprk: 'bot:hawk', rok: 'human' }, seed: 11, maxTurns: 6 },
      })
    ).body;
    const s = server.hub.get(created.code)!;
    const tokens = fillSeats(s);
    const cmd = (json: Record<string, unknown>) =>
      api(`${server.url}/api/sessions/${created.code}/commands`, { key: created.teacherKey, json: { id: nextId(), ...json } });
    expect((await cmd({ action: 'memos', months: [1] })).status).toBe(200);
    expect(s.memo('rok', nextId(), 1, hostile).ok).toBe(true);
    play(s, 2, hostile);
    const criterion = s.course.teacher().rubric.rok[0]!;
    expect((await cmd({ action: 'grade', seat: 'rok', criterion: criterion.id, points: 2 })).status).toBe(200);
    expect((await cmd({ action: 'grade', seat: 'rok', criterion: 'claim-10', points: 4 })).status).toBe(200);

    expect((await api(`${server.url}/api/sessions/${created.code}/export.csv`, { key: tokens.us! })).status).toBe(403);
    const text = (await api(`${server.url}/api/sessions/${created.code}/export.csv`, { key: created.teacherKey })).text;
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([
      'kind',
      'month',
      'date',
      'seat',
      'team',
      'move',
      'move_name',
      'played_by',
      'secret',
      'revealed_in_month',
      'text',
    ]);
    const moves = rows.filter((r) => r[0] === 'move');
    expect(moves).toHaveLength(6);
    const rok = moves.find((r) => r[3] === 'rok' && r[1] === '1')!;
    expect(rok[4]).toBe('Team rok');
    expect(rok[10]).toBe(hostile);
    expect(moves.find((r) => r[3] === 'dprk')![7]).toBe('bot');
    for (const r of moves) expect(['yes', 'no']).toContain(r[8]);
    expect(rows.filter((r) => r[0] === 'memo')).toEqual([
      ['memo', '1', expect.any(String), 'rok', 'Team rok', '', '', 'team', '', '', hostile],
    ]);
    // A cell a spreadsheet would run as a formula is defused.
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);

    const grades = parseCsv((await api(`${server.url}/api/sessions/${created.code}/grades.csv`, { key: created.teacherKey })).text);
    expect(grades[0]!.slice(0, 7)).toEqual(['seat', 'team', 'total', 'max', 'criterion 1', 'points 1', 'max 1']);
    expect(grades.slice(1).map((r) => r[0])).toEqual(['us', 'dprk', 'rok']); // one row per team
    const rokGrades = grades.find((r) => r[0] === 'rok')!;
    expect(rokGrades[2]).toBe('6');
    const at = rokGrades.indexOf(criterionLabel('en', criterion));
    expect(at).toBeGreaterThan(3);
    expect(rokGrades[at + 1]).toBe('2');

    const page = await fetch(`${server.url}/api/sessions/${created.code}/transcript`, {
      headers: { authorization: `Bearer ${created.teacherKey}` },
    });
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Memo, Seoul');
  });
});
