/**
 * The app's Session over the clients it can hold: a saved game resumes through the library's one
 * path, and a network game (the classroom server's) is neither hashed, saved nor exported here.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isLocalGame } from '../../src/app/client';
import { NetPlay } from '../../src/app/net';
import { savesAutomation } from '../../src/app/saves/automation';
import { Session } from '../../src/app/session';
import { joinSession } from '../../src/net/api';
import { connectTeam } from '../../src/net/client';
import type { CreateSessionResponse } from '../../src/net/protocol';
import { startClassroomServer, type ClassroomServer } from '../../src/server/server';
import { api, until } from '../server/helpers';

const BOTS = { us: 'dealmaker', dprk: 'hawk', rok: 'dove' } as const;

async function sessionWithGame(seed: number, months: number): Promise<Session> {
  const s = new Session();
  await s.loadSaves();
  s.newGame({ seat: 'dprk', bots: { ...BOTS }, difficulty: 'normal', seed });
  for (let m = 0; m < months; m++) {
    const legal = s.view()!.legal;
    expect(s.play(legal[m % legal.length]!.id).ok).toBe(true);
  }
  await s.saves.autosave();
  await s.saves.flush();
  return s;
}

describe('resuming a saved game', () => {
  it('goes through SaveLibrary.resume (the tested path), to the same game and the same entry', async () => {
    const s = await sessionWithGame(41, 3);
    const id = s.saves.currentId!;
    const hash = s.hash();
    expect(hash).not.toBeNull();
    s.endGame();
    const resume = vi.spyOn(s.saves, 'resume');
    const r = await s.resume(id);
    if (!r.ok) throw new Error(r.error);
    expect(resume).toHaveBeenCalledWith(id);
    expect(s.hash()).toBe(hash);
    expect(s.client?.kind).toBe('local');
    expect(s.client?.seat).toBe('dprk');
    // The library keeps saving the game in progress under the same entry.
    expect(s.saves.currentId).toBe(id);
    expect(s.saves.currentGame).toBe(s.client);
    expect(s.lastSetup).toMatchObject({ seat: 'dprk', seed: 41 });
    s.endGame();
  });

  it('Continue resumes the latest game through the same path; a game that cannot be read changes nothing', async () => {
    const s = await sessionWithGame(42, 2);
    const id = s.saves.currentId!;
    const client = s.client;
    const resume = vi.spyOn(s.saves, 'resume');
    expect((await s.resume('no-such-game')).ok).toBe(false);
    expect(s.client).toBe(client);
    expect(s.saves.currentId).toBe(id);
    s.endGame();
    expect((await s.continueGame()).ok).toBe(true);
    expect(resume).toHaveBeenLastCalledWith(id);
    s.endGame();
  });
});

describe('a network game', () => {
  let server: ClassroomServer;
  beforeAll(async () => {
    server = await startClassroomServer({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'qc-app-net-')), log: () => {} });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('is a client of kind network: no hash, no save, no export in this page, and nothing autosaved', async () => {
    const created = await api<CreateSessionResponse>(`${server.url}/api/sessions`, {
      json: { seats: { us: 'human', dprk: 'bot:hawk', rok: 'bot:dove' }, turnSeconds: 0, seed: 11 },
    });
    const code = created.body.code;
    const j = await joinSession(server.url, code, 'Owls', 'us');
    if (!j.ok) throw new Error(j.error);
    const c = await connectTeam({ baseUrl: server.url, code, token: j.value.token, seat: j.value.seat });
    if (!c.ok) throw new Error(c.error);
    await until(() => (c.value.getView() && c.value.getSession() ? true : null));
    const play = new NetPlay(c.value, { code, seat: j.value.seat, team: 'Owls', token: j.value.token });

    const s = await sessionWithGame(43, 1);
    const local = s.client;
    expect(isLocalGame(local)).toBe(true);
    s.attachRemote(play.client);
    expect(play.client.kind).toBe('network');
    expect(isLocalGame(s.client)).toBe(false);
    expect(s.view()?.seat).toBe('us');
    // The server holds the game: this page has no state to hash and no record to save or replay.
    expect(s.hash()).toBeNull();
    expect(s.currentSave()).toBeNull();
    expect(s.persists).toBe(false);
    const automation = savesAutomation({
      library: s.saves,
      currentHash: () => s.hash(),
      scene: () => 'Ending',
      importText: () => ({ ok: true }),
    });
    expect(automation.hash()).toBeNull();
    expect(automation.exportSave()).toBeNull();
    // The local game that was going on is no longer tracked, so no network move is written into it.
    expect(s.saves.currentId).toBeNull();
    const before = s.saves.list().map((m) => m.updatedAt);
    const legal = s.view()!.legal;
    expect(s.play(legal[0]!.id).ok).toBe(true);
    await play.lastSend;
    await s.saves.flush();
    expect(s.saves.list().map((m) => m.updatedAt)).toEqual(before);
    s.endGame();
  });
});
