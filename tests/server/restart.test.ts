/**
 * kill -9 in the middle of a game: the server is a child process (`npm run classroom`'s entry),
 * killed with SIGKILL while teams are playing, and started again on the same port and data
 * folder. The teams' clients rejoin by themselves; every action the server had acknowledged is
 * in the session afterwards, none twice, and the game goes on to its end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSave } from '../../src/codec/save';
import { replaySave } from '../../src/engine/replay';
import { SEATS } from '../../src/model/types';
import { joinSession } from '../../src/net/api';
import { connectTeam, type NetGameClient } from '../../src/net/client';
import { runBotTeam } from '../../src/net/botTeam';
import type { CreateSessionResponse } from '../../src/net/protocol';
import { api, until } from './helpers';

const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
});

function startServer(dataDir: string, port: number): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--port', String(port), '--data', dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 30_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]! });
      }
    });
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

describe('a server killed with SIGKILL mid-game', () => {
  it('restarts from its log and the session continues with no acknowledged action lost', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'qc-restart-'));
    let { child, url } = await startServer(dataDir, 0);
    const port = Number(new URL(url).port);
    const created = (
      await api<CreateSessionResponse>(`${url}/api/sessions`, {
        json: { seats: { us: 'human', dprk: 'human', rok: 'human' }, turnSeconds: 0, seed: 99 },
      })
    ).body;
    const clients: NetGameClient[] = [];
    for (const seat of SEATS) {
      const j = await joinSession(url, created.code, `Team ${seat}`, seat);
      if (!j.ok) throw new Error(j.error);
      const c = await connectTeam({ baseUrl: url, code: created.code, token: j.value.token, seat, resendMs: 1000 });
      if (!c.ok) throw new Error(c.error);
      clients.push(c.value);
    }
    const acked: { seat: string; turn: number; move: string }[] = [];
    let refused = 0;
    const games = clients.map((c) =>
      runBotTeam(c, {
        bot: 'dealmaker',
        thinkMs: () => 20 + Math.floor(Math.random() * 60),
        onAck: (a) => (a.ok ? acked.push({ seat: c.seat, turn: a.turn, move: a.move }) : refused++),
      }),
    );
    // Let a few months pass, then kill the server in the middle of one.
    await until(() => acked.length >= 14, 30_000, 'some months to be played');
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const ackedBeforeKill = acked.slice();
    ({ child, url } = await startServer(dataDir, port));
    const finals = await Promise.all(games);
    expect(finals.every((v) => v !== null && v.ending !== null)).toBe(true);
    const save = parseSave((await api(`${url}/api/sessions/${created.code}/save`, { key: created.teacherKey })).text);
    if (!save.ok) throw new Error(save.error);
    const key = (a: { seat: string; turn: number; move: string }) => `${a.turn}/${a.seat}/${a.move}`;
    const saved = save.value.actions.map(key);
    expect(new Set(saved).size).toBe(saved.length);
    for (const a of ackedBeforeKill) expect(saved).toContain(key(a));
    for (const a of acked) expect(saved).toContain(key(a));
    expect(saved.length).toBe(acked.length);
    expect(refused).toBe(0);
    expect(replaySave(save.value, { verify: true }).ok).toBe(true);
    for (const c of clients) c.dispose();
    child.kill('SIGTERM');
  });
});
