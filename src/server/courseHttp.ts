/**
 * The course's HTTP routes, inside the API of http.ts (same body cap, JSON only, same-origin
 * check in front.ts, per-address limits): creating a cohort (counted against the sessions-created
 * limit, once per session), reading and comparing it with the cohort's teacher key, and the
 * exports of a session (moves and memos, grades, transcript) and of a cohort, with the teacher key.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cohortIdSchema, createCohortSchema, type CreateCohortResponse } from '../net/course';
import { comparedSession, type CohortBook } from './cohorts';
import { cohortCsv, gradesCsv, sessionCsv, transcriptHtml } from './exports';
import { HttpError, bearer, clientIp, firstIssue, readJson, send } from './httpBasics';
import type { RateLimiter } from './rateLimit';
import type { ClassroomSession } from './session';

export interface CourseRouteContext {
  cohorts: CohortBook;
  creates: RateLimiter;
  failures: RateLimiter;
  joinUrl: (code: string) => string;
  onCreated: (session: ClassroomSession) => Promise<void>;
  /** Resolves once everything written so far is committed (write-before-ack; rejects with a 503 when it cannot be). */
  stored: () => Promise<void>;
  /** The session a teacher route names, after checking its key (see http.ts). */
  teacherSession: (req: IncomingMessage, code: string) => ClassroomSession;
}

const csvHeaders = (name: string) => ({
  'content-type': 'text/csv; charset=utf-8',
  'content-disposition': `attachment; filename="${name}"`,
});

/** Answers a course route; false when `parts` (the path after /api) is not one. */
export async function courseRoute(
  ctx: CourseRouteContext,
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  parts: readonly string[],
): Promise<boolean> {
  const ip = clientIp(req);
  if (parts[0] === 'cohorts') {
    if (method === 'POST' && parts.length === 1) {
      const parsed = createCohortSchema.safeParse(await readJson(req));
      if (!parsed.success) throw new HttpError(400, firstIssue(parsed.error));
      for (let i = 0; i < parsed.data.sessions; i++)
        if (!ctx.creates.take(ip)) throw new HttpError(429, 'Too many sessions created from this address; wait a minute.');
      const r = ctx.cohorts.create(parsed.data);
      if (!r.ok) throw new HttpError(400, r.error);
      for (const s of r.value.sessions) await ctx.onCreated(s);
      // Answered once the cohort and its sessions are committed: another process looks the cohort up in the store.
      await ctx.stored();
      const body: CreateCohortResponse = {
        id: r.value.cohort.id,
        teacherKey: r.value.teacherKey,
        sessions: r.value.sessions.map((s) => ({ code: s.code, joinUrl: ctx.joinUrl(s.code) })),
      };
      send(res, 201, body);
      return true;
    }
    if (method !== 'GET' || parts.length < 2 || parts.length > 3) return false;
    const id = String(parts[1]).toUpperCase();
    const cohort = cohortIdSchema.safeParse(id).success ? await ctx.cohorts.find(id) : undefined;
    const key = bearer(req);
    if (!cohort || key === undefined || !ctx.cohorts.isTeacher(id, key)) {
      if (!ctx.failures.take(ip)) throw new HttpError(429, 'Too many failed attempts; wait a minute.');
      throw new HttpError(cohort ? 403 : 404, cohort ? 'This needs the cohort’s teacher key.' : 'No cohort has this id.');
    }
    const report = await ctx.cohorts.report(id, key);
    if (!report) throw new HttpError(404, 'No cohort has this id.');
    const rest = parts[2] ?? '';
    if (rest === '') {
      const sessions = report.sessions.map((s) => ({
        code: s.code,
        title: s.title,
        joinUrl: ctx.joinUrl(s.code),
        status: s.status,
        ending: s.ending,
        monthsPlayed: s.monthsPlayed,
      }));
      send(res, 200, { id: report.id, name: report.name, seed: report.seed, createdAt: report.createdAt, sessions });
    } else if (rest === 'compare') send(res, 200, report);
    else if (rest === 'export.csv') send(res, 200, cohortCsv(report), csvHeaders(`quiet-channel-cohort-${id}.csv`));
    else return false;
    return true;
  }
  if (parts[0] === 'sessions' && parts.length === 3 && method === 'GET') {
    const rest = parts[2];
    if (rest !== 'export.csv' && rest !== 'grades.csv' && rest !== 'transcript' && rest !== 'compared') return false;
    const s = ctx.teacherSession(req, String(parts[1]));
    // What a cohort's report needs of a session, asked by the process that makes the report (cohorts.ts).
    if (rest === 'compared') send(res, 200, comparedSession(s));
    else if (rest === 'export.csv') send(res, 200, sessionCsv(s), csvHeaders(`quiet-channel-${s.code}.csv`));
    else if (rest === 'grades.csv') send(res, 200, gradesCsv(s), csvHeaders(`quiet-channel-${s.code}-grades.csv`));
    else send(res, 200, transcriptHtml(s), { 'content-type': 'text/html; charset=utf-8' });
    return true;
  }
  return false;
}
