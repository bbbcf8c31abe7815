/**
 * The rubric the teacher edits (issue 11): the `rubric` command refuses bad input with what is
 * wrong and changes nothing; a saved rubric renames, re-weighs, adds and removes criteria, drops
 * the grades of removed ones and lowers those above a lowered maximum; a reset brings the defaults
 * back; the grades CSV follows the edited criteria; and a restarted server (SQLite) keeps it all.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { teacherCommandSchema, type CreateSessionResponse } from '../../src/net/protocol';
import { MAX_CRITERIA, type Criterion } from '../../src/net/course';
import { defaultRubric } from '../../src/server/coursePart';
import { gradesCsv } from '../../src/server/exports';
import { startClassroomServer } from '../../src/server/server';
import type { ClassroomSession } from '../../src/server/session';
import { SCENARIO } from '../../src/model/data/scenario';
import { api, fillSeats, newSession, nextId } from './helpers';

/** The first problem zod finds in a rubric command, or 'ok'. */
function problem(criteria: unknown): string {
  const r = teacherCommandSchema.safeParse({ id: nextId(), action: 'rubric', seat: 'us', criteria });
  return r.success ? 'ok' : `${r.error.issues[0]!.path.join('.')}: ${r.error.issues[0]!.message}`;
}

const rubricOf = (s: ClassroomSession, seat: 'us' | 'dprk' | 'rok' = 'us') => s.teacherMessage('').course!.rubric[seat];
const gradesOf = (s: ClassroomSession, seat: 'us' | 'dprk' | 'rok' = 'us') => s.teacherMessage('').course!.grades[seat];
const rubric = (s: ClassroomSession, criteria: unknown, seat: 'us' | 'dprk' | 'rok' = 'us') => {
  const parsed = teacherCommandSchema.parse({ id: nextId(), action: 'rubric', seat, criteria });
  return s.command(parsed);
};

/** Parses CSV with Python's csv module (RFC 4180 quoting). */
function parseCsv(text: string): string[][] {
  return JSON.parse(
    execFileSync('python3', ['-c', 'import csv,sys,json; print(json.dumps(list(csv.reader(sys.stdin))))'], { input: text }).toString(),
  ) as string[][];
}

describe('the rubric command', () => {
  it('refuses bad criteria with a clear error', () => {
    expect(problem([{ id: 'a', label: 'Argues well', max: 5 }])).toBe('ok');
    expect(problem([{ id: 'a', label: '   ', max: 5 }])).toBe('criteria.0.label: a criterion’s label cannot be empty');
    expect(problem([{ id: 'a', label: 'x'.repeat(81), max: 5 }])).toBe('criteria.0.label: a criterion’s label has at most 80 characters');
    expect(problem([{ id: 'a', label: 'A', max: 0 }])).toBe('criteria.0.max: a criterion gives 1 to 100 whole points');
    expect(problem([{ id: 'a', label: 'A', max: 101 }])).toBe('criteria.0.max: a criterion gives 1 to 100 whole points');
    expect(problem([{ id: 'a', label: 'A', max: 2.5 }])).toBe('criteria.0.max: a criterion gives 1 to 100 whole points');
    expect(problem([{ id: 'a b', label: 'A', max: 2 }])).toBe('criteria.0.id: a criterion id is 1 to 40 letters, digits or -');
    expect(problem([])).toBe('criteria: a rubric needs at least one criterion');
    const many = Array.from({ length: MAX_CRITERIA + 1 }, (_, i) => ({ id: `c${i}`, label: `C${i}`, max: 1 }));
    expect(problem(many)).toBe('criteria: a rubric has at most 12 criteria');
    expect(problem(many.slice(0, MAX_CRITERIA))).toBe('ok');
    expect(
      problem([
        { id: 'a', label: 'A', max: 1 },
        { id: 'a', label: 'B', max: 1 },
      ]),
    ).toBe('criteria: two criteria have the same id');
    expect(problem(null)).toBe('ok');
  });

  it('refuses a new criterion without a label, or one whose label is only control characters, and changes nothing', () => {
    const { session } = newSession();
    const before = rubricOf(session);
    expect(rubric(session, [{ id: 'own-1', max: 3 }])).toMatchObject({ ok: false, error: 'The new criterion "own-1" needs a label.' });
    expect(rubric(session, [{ id: 'own-1', label: '\u0000\u200b', max: 3 }])).toMatchObject({
      ok: false,
      error: 'The label of criterion "own-1" is empty.',
    });
    expect(rubricOf(session)).toEqual(before);
  });

  it('renames, re-weighs, adds and removes criteria; grades follow; a reset brings the defaults back', () => {
    const { session } = newSession();
    const defaults = rubricOf(session);
    expect(defaults).toEqual(defaultRubric(SCENARIO.version, 'us'));
    const [first, second, third] = defaults as [Criterion, Criterion, Criterion];
    expect(first.max).toBeGreaterThanOrEqual(3);
    for (const [c, points] of [
      [first, first.max],
      [second, 1],
      [third, 1],
    ] as const)
      expect(session.command({ id: nextId(), action: 'grade', seat: 'us', criterion: c.id, points }).ok).toBe(true);

    // Rename the first and lower its points to 2; drop the second; keep the third; add one.
    const edited = [
      { id: first.id, label: '  Keeps   the\nalliance ', max: 2 },
      { id: third.id, max: third.max },
      { id: 'own-1', label: 'Writes a clear memo', max: 20 },
    ];
    expect(rubric(session, edited).ok).toBe(true);
    expect(rubricOf(session)).toEqual([
      { id: first.id, label: 'Keeps the alliance', max: 2, from: first.from },
      third,
      { id: 'own-1', label: 'Writes a clear memo', max: 20 },
    ]);
    // The second's grade is dropped; the first's is lowered to its new maximum.
    expect(gradesOf(session)).toEqual({ [first.id]: 2, [third.id]: 1 });
    // Other seats keep their defaults.
    expect(rubricOf(session, 'rok')).toEqual(defaultRubric(SCENARIO.version, 'rok'));

    const grade = (criterion: string, points: number) => session.command({ id: nextId(), action: 'grade', seat: 'us', criterion, points });
    expect(grade('own-1', 20).ok).toBe(true);
    expect(grade('own-1', 21)).toMatchObject({ ok: false, error: 'This criterion gives at most 20 points.' });
    expect(grade(second.id, 1)).toMatchObject({ ok: false, error: `The rubric has no criterion "${second.id}" for this seat.` });
    expect(grade(first.id, 3).ok).toBe(false);

    const csv = parseCsv(gradesCsv(session));
    expect(csv.slice(0, 1).map((r) => r.slice(0, 7))).toEqual([['seat', 'team', 'total', 'max', 'criterion 1', 'points 1', 'max 1']]);
    expect(csv.map((r) => r[0])).toEqual(['seat', 'us', 'dprk', 'rok']); // one row per team
    const us = csv.find((r) => r[0] === 'us')!;
    expect(us.slice(2, 4)).toEqual(['23', String(2 + third.max + 20)]);
    expect(us.slice(4, 13)).toEqual([
      'Keeps the alliance',
      '2',
      '2',
      expect.any(String),
      '1',
      String(third.max),
      'Writes a clear memo',
      '20',
      '20',
    ]);
    expect(us.slice(13).every((cell) => cell === '')).toBe(true);

    // A reset: the defaults again; the added criterion's grade is dropped, the others stay.
    expect(rubric(session, null).ok).toBe(true);
    expect(rubricOf(session)).toEqual(defaults);
    expect(gradesOf(session)).toEqual({ [first.id]: 2, [third.id]: 1 });
  });

  it('a restarted server keeps the edited rubric and its grades, and its grades CSV uses them', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'qc-rubric-'));
    let server = await startClassroomServer({ port: 0, dataDir, log: () => {} });
    let code = '';
    let key = '';
    try {
      const created = (
        await api<CreateSessionResponse>(`${server.url}/api/sessions`, {
          json: { seats: { us: 'human', dprk: 'human', rok: 'human' }, seed: 5 },
        })
      ).body;
      code = created.code;
      key = created.teacherKey;
      fillSeats(server.hub.get(code)!);
      const cmd = (json: Record<string, unknown>) =>
        api(`${server.url}/api/sessions/${code}/commands`, { key, json: { id: nextId(), ...json } });
      const bad = await cmd({ action: 'rubric', seat: 'dprk', criteria: [{ id: 'own-1', label: '', max: 5 }] });
      expect(bad.status).toBe(400);
      expect(bad.text).toContain('criteria.0.label: a criterion’s label cannot be empty');
      expect((await cmd({ action: 'rubric', seat: 'dprk', criteria: [{ id: 'own-1', label: 'Stays calm', max: 7 }] })).status).toBe(200);
      expect((await cmd({ action: 'grade', seat: 'dprk', criterion: 'own-1', points: 6 })).status).toBe(200);
    } finally {
      await server.close();
    }
    server = await startClassroomServer({ port: 0, dataDir, log: () => {} });
    try {
      expect(server.hub.get(code)!.course.teacher().rubric.dprk).toEqual([{ id: 'own-1', label: 'Stays calm', max: 7 }]);
      const csv = parseCsv((await api(`${server.url}/api/sessions/${code}/grades.csv`, { key })).text);
      const dprk = csv.find((r) => r[0] === 'dprk')!;
      expect(dprk.slice(0, 7)).toEqual(['dprk', 'Team dprk', '6', '7', 'Stays calm', '6', '7']);
      expect(dprk.slice(7).every((cell) => cell === '')).toBe(true);
    } finally {
      await server.close();
    }
  });
});
