/**
 * The classroom server's HTTP API from a browser or from Node (both have fetch), and where a
 * team's seat token is kept in the browser: sessionStorage, so that a refresh keeps the seat
 * while a new tab (another student on a shared computer) joins afresh.
 */
import type { Seat } from '../model/types';
import type { CreateSessionRequest, CreateSessionResponse, JoinResponse } from './protocol';

export type ApiResult<T> = { ok: true; value: T } | { ok: false; status: number; error: string };

export async function call<T>(url: string, init: RequestInit): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch (e) {
    return { ok: false, status: 0, error: `The classroom server cannot be reached (${e instanceof Error ? e.message : String(e)}).` };
  }
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    /* plain text */
  }
  if (!res.ok) {
    const error =
      typeof body === 'object' && body !== null && typeof (body as { error?: unknown }).error === 'string'
        ? (body as { error: string }).error
        : res.status >= 500
          ? // A proxy's own page (nginx while a process restarts): no server text to show.
            `The classroom server did not answer (HTTP ${res.status}). Try again in a moment.`
          : text.slice(0, 200);
    return { ok: false, status: res.status, error };
  }
  return { ok: true, value: body as T };
}

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const bearer = (key: string): RequestInit => ({ headers: { authorization: `Bearer ${key}` } });

export function createSession(baseUrl: string, request: CreateSessionRequest): Promise<ApiResult<CreateSessionResponse>> {
  return call(`${baseUrl}/api/sessions`, json(request));
}

/** Joins (or founds) a team; `pin` is needed to join a team that already has a seat, `name` shows on the teacher's console. */
export function joinSession(
  baseUrl: string,
  code: string,
  team: string,
  seat?: Seat,
  extra: { pin?: string; name?: string } = {},
): Promise<ApiResult<JoinResponse>> {
  return call(
    `${baseUrl}/api/join`,
    json({ code, team, ...(seat ? { seat } : {}), ...(extra.pin ? { pin: extra.pin } : {}), ...(extra.name ? { name: extra.name } : {}) }),
  );
}

export interface LobbyInfo {
  code: string;
  title: string;
  status: string;
  seats: Record<Seat, { controller: string; team: string | null }>;
}

export function lobby(baseUrl: string, code: string): Promise<ApiResult<LobbyInfo>> {
  return call(`${baseUrl}/api/lobby/${encodeURIComponent(code)}`, {});
}

/** The debrief, with the teacher key or (once released) a team token. */
export function debrief<T>(baseUrl: string, code: string, keyOrToken: string): Promise<ApiResult<T>> {
  return call(`${baseUrl}/api/sessions/${encodeURIComponent(code)}/debrief`, bearer(keyOrToken));
}

// ── Where the browser keeps a team's seat ──────────────────────────────────────────────────────

export interface StoredSeat {
  code: string;
  seat: Seat;
  team: string;
  token: string;
  /** The team's PIN (so this device can tell teammates). */
  pin?: string;
}

const seatKey = (code: string) => `quietChannel.net.${code}`;

function storage(kind: 'sessionStorage' | 'localStorage'): Storage | null {
  try {
    return (globalThis as unknown as Record<string, Storage | undefined>)[kind] ?? null;
  } catch {
    return null;
  }
}

export function rememberSeat(s: StoredSeat): void {
  try {
    storage('sessionStorage')?.setItem(seatKey(s.code), JSON.stringify(s));
  } catch {
    /* private mode: the seat lasts as long as the page */
  }
}

export function storedSeat(code: string): StoredSeat | null {
  try {
    const text = storage('sessionStorage')?.getItem(seatKey(code));
    if (!text) return null;
    const v = JSON.parse(text) as Partial<StoredSeat>;
    return typeof v.token === 'string' && typeof v.seat === 'string' && typeof v.team === 'string' && v.code === code
      ? (v as StoredSeat)
      : null;
  } catch {
    return null;
  }
}

export function forgetSeat(code: string): void {
  try {
    storage('sessionStorage')?.removeItem(seatKey(code));
  } catch {
    /* nothing to forget */
  }
}

/** `#net=K7PQ3M` in the game's address: the code of the classroom session to play in, or null. */
export function netCodeFromHash(hash: string): string | null {
  const m = /(?:^#|&)net=([A-Za-z0-9]{6,12})(?:&|$)/.exec(hash);
  return m ? (m[1] as string).toUpperCase() : null;
}
