/**
 * The canary: 50 scripted games on a real server, with a teacher connected (who sees every
 * secret). Every move's reason carries a unique canary string. Every WebSocket frame that reaches
 * each team's socket is recorded raw, and no frame to one seat may contain another seat's canary
 * while that move is sealed (its month unresolved) or, for a secret move, before it leaks or the
 * game ends. Each team also writes a letter a month, secret or public, to one other seat, with a
 * canary of its own: no frame to a third seat may hold a secret letter's text before its channel
 * leaks or the game ends, and every letter reaches its recipient (tests/helpers/canary.ts).
 */
import { playCanaryGames, unlabelledFrames } from '../helpers/canary';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startClassroomServer, type ClassroomServer } from '../../src/server/server';

let server: ClassroomServer;
beforeAll(async () => {
  server = await startClassroomServer({
    port: 0,
    dataDir: mkdtempSync(join(tmpdir(), 'qc-canary-')),
    log: () => {},
    limits: { joinPerMinute: 10_000, createPerMinute: 10_000 },
  });
});
afterAll(async () => {
  await server?.close();
});

describe('no secret reaches another seat (canary over 50 games)', () => {
  it('records every frame to every team and finds no foreign canary before its leak or the end', async () => {
    const { checked, secrets, letters, delivered } = await playCanaryGames(server.url, 50);
    // Every frame came to a socket this test can attribute to a seat or the teacher.
    expect(unlabelledFrames()).toBe(0);
    // The games really had secrets to keep, and the frames were really checked against them.
    expect(secrets).toBeGreaterThan(200);
    expect(checked).toBeGreaterThan(10_000);
    // Teams wrote letters every month, and each reached the seat it was written to.
    expect(letters).toBeGreaterThan(1000);
    expect(delivered).toBe(letters);
  });
});
