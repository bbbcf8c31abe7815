/**
 * A load for the bot pool (src/server/botPool.ts), shared by its test and by `npm run bench:pool`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { chooseMove } from '../../src/bots/choose';
import { connectTeam, type NetGameClient } from '../../src/net/client';
import type { CreateSessionResponse, JoinResponse } from '../../src/net/protocol';
import { startClassroomServer } from '../../src/server/server';
import { api } from './helpers';

/**
 * Runs a classroom server with `botWorkers` and two sessions, each with a team on Washington: in
 * the busy one, two strategists play Pyongyang and Seoul; in the other, two quick personalities.
 * The busy session's team moves as soon as it can, so the strategists keep deciding; meanwhile
 * the other session's team keeps looking up its lobby and playing. Measures how late this
 * process's event loop ran and how long the other session's requests took, until the strategists
 * have made `moves` moves.
 */
export async function underStrategists(botWorkers: number, moves: number) {
  const server = await startClassroomServer({
    port: 0,
    dataDir: mkdtempSync(join(tmpdir(), 'qc-pool-')),
    log: () => {},
    botWorkers,
    limits: { lobbyPerMinute: 100_000 },
  });
  const teams: NetGameClient[] = [];
  try {
    const open = async (dprk: string, rok: string) => {
      const created = (
        await api<CreateSessionResponse>(`${server.url}/api/sessions`, { json: { seats: { us: 'human', dprk, rok }, seed: 3 } })
      ).body;
      const joined = (await api<JoinResponse>(`${server.url}/api/join`, { json: { code: created.code, team: 'USA', seat: 'us' } })).body;
      const team = await connectTeam({ baseUrl: server.url, code: created.code, token: joined.token, seat: 'us' });
      if (!team.ok) throw new Error(team.error);
      teams.push(team.value);
      return { code: created.code, team: team.value };
    };
    const busy = await open('bot:strategist', 'bot:strategist');
    const other = await open('bot:hawk', 'bot:dove');
    const strategistMoves = () =>
      server.hub
        .get(busy.code)
        ?.teacherMessage('')
        .actions.filter((a) => a.by === 'bot').length ?? 0;
    const ready = (v: ReturnType<typeof busy.team.getView>) => v && v.pending === null && v.legal.length > 0 && v.ending === null;
    const requests: number[] = [];
    const eld = monitorEventLoopDelay({ resolution: 2 });
    eld.enable();
    const started = strategistMoves();
    let busyTurn = 0;
    while (strategistMoves() - started < moves) {
      const b = busy.team.getView();
      if (ready(b) && b!.turn !== busyTurn) {
        busyTurn = b!.turn;
        void busy.team.send({ type: 'move.play', move: chooseMove(b!, 'dealmaker').move });
      }
      let t = performance.now();
      const lobby = await api(`${server.url}/api/lobby/${other.code}`);
      if (lobby.status !== 200) throw new Error(`the other session's lobby answered ${lobby.status}`);
      requests.push(performance.now() - t);
      const o = other.team.getView();
      if (ready(o)) {
        t = performance.now();
        const ack = await other.team.send({ type: 'move.play', move: chooseMove(o!, 'dealmaker').move });
        if (!ack.ok) throw new Error(`the other session's move was refused: ${ack.error}`);
        requests.push(performance.now() - t);
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    eld.disable();
    return {
      loopMaxMs: eld.max / 1e6,
      requestMaxMs: Math.max(...requests),
      requests: requests.length,
      strategistMoves: strategistMoves() - started,
    };
  } finally {
    for (const t of teams) t.dispose();
    await server.close();
  }
}
