/**
 * The course's HTTP API from a browser or Node: creating and comparing a cohort, and the exports
 * (text with the teacher's key). Where the browser keeps a cohort's key: localStorage, like the
 * teacher console's session keys.
 */
import { call, type ApiResult } from './api';
import type { CohortReport, CreateCohortRequest, CreateCohortResponse } from './course';

export function createCohort(baseUrl: string, request: CreateCohortRequest): Promise<ApiResult<CreateCohortResponse>> {
  return call(`${baseUrl}/api/cohorts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
}

export function compareCohort(baseUrl: string, id: string, key: string): Promise<ApiResult<CohortReport>> {
  return call(`${baseUrl}/api/cohorts/${encodeURIComponent(id)}/compare`, { headers: { authorization: `Bearer ${key}` } });
}

/** A text export (CSV or the transcript's HTML) at `path` (under /api/), with the teacher's key; null if refused. */
export async function exportText(baseUrl: string, path: string, key: string): Promise<string | null> {
  try {
    const res = await fetch(`${baseUrl}/api/${path}`, { headers: { authorization: `Bearer ${key}` } });
    return res.ok ? await res.text() : null;
  } catch {
    return null;
  }
}

const COHORT_PREFIX = 'quietChannel.cohort.';

export function rememberCohort(id: string, key: string, codes: readonly string[]): void {
  try {
    globalThis.localStorage?.setItem(COHORT_PREFIX + id, JSON.stringify({ key, codes }));
  } catch {
    /* storage off: the key lasts as long as the page */
  }
}

export function storedCohort(id: string): { key: string; codes: string[] } | null {
  try {
    const raw = globalThis.localStorage?.getItem(COHORT_PREFIX + id);
    const v = raw ? (JSON.parse(raw) as { key?: unknown; codes?: unknown }) : null;
    return v && typeof v.key === 'string' && Array.isArray(v.codes) ? { key: v.key, codes: v.codes.map(String) } : null;
  } catch {
    return null;
  }
}

export function cohortIds(): string[] {
  try {
    const out: string[] = [];
    for (let i = 0; i < globalThis.localStorage.length; i++) {
      const k = globalThis.localStorage.key(i);
      if (k?.startsWith(COHORT_PREFIX)) out.push(k.slice(COHORT_PREFIX.length));
    }
    return out.sort();
  } catch {
    return [];
  }
}
