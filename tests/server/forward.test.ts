/**
 * Which session a request is about, as a process of several reads it before passing the request
 * on to the session's host (src/server/forward.ts): from the path of the lobby, the teacher's
 * routes and the matchmaking call, from the body of a join; codes read as the API reads them.
 */
import { describe, expect, it } from 'vitest';
import { sessionOf } from '../../src/server/forward';

const body = (v: unknown) => Buffer.from(JSON.stringify(v));

describe('sessionOf', () => {
  it('reads the code from the path of session routes', () => {
    expect(sessionOf('GET', '/api/lobby/K7PQ3M', null)).toBe('K7PQ3M');
    expect(sessionOf('GET', '/api/sessions/K7PQ3M/save', null)).toBe('K7PQ3M');
    expect(sessionOf('POST', '/api/sessions/K7PQ3M/commands', null)).toBe('K7PQ3M');
    expect(sessionOf('POST', '/matchmake/joinById/K7PQ3M', null)).toBe('K7PQ3M');
  });

  it('reads it as the API does: upper case, spaces and dashes dropped', () => {
    expect(sessionOf('GET', '/api/lobby/k7p-q3m', null)).toBe('K7PQ3M');
    expect(sessionOf('GET', '/api/lobby/k7p%20q3m', null)).toBe('K7PQ3M');
    expect(sessionOf('POST', '/api/join', body({ code: 'k7p-q3m', team: 'Owls' }))).toBe('K7PQ3M');
  });

  it('names no session for other routes and for what is not a code', () => {
    expect(sessionOf('POST', '/api/sessions', body({ code: 'K7PQ3M' }))).toBeNull();
    expect(sessionOf('GET', '/api/cohorts/ABCDEF', null)).toBeNull();
    expect(sessionOf('GET', '/teacher.html', null)).toBeNull();
    expect(sessionOf('GET', '/api/lobby/%E0%A4%A', null)).toBeNull();
    expect(sessionOf('GET', '/api/lobby/TOO-LONG-A-CODE', null)).toBeNull();
    expect(sessionOf('POST', '/api/join', Buffer.from('{not json'))).toBeNull();
    expect(sessionOf('POST', '/api/join', body({ code: 42 }))).toBeNull();
  });
});
