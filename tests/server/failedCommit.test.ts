/**
 * A commit that fails is never acknowledged (src/server/pgStore.ts): the PostgreSQL store on a
 * client whose COMMIT fails (as when the server goes away mid-transaction). Its `durable()`
 * rejects, `onLost` hears of it once, later writes are refused with a clear message, and the
 * HTTP API answers 503 "nothing of this was saved" instead of an acknowledgement.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STORE_DOWN } from '../../src/server/http';
import { openPgStore } from '../../src/server/pgStore';
import { startClassroomServer, type ClassroomServer } from '../../src/server/server';
import type { SqlClient, SqlRunner } from '../../src/server/sqlClient';
import { StoreUnavailableError } from '../../src/server/storeTypes';
import { api, config, newSession } from './helpers';

/** A database that answers every statement with no rows and, once told to, fails every COMMIT. */
function flakyClient(): SqlClient & { failCommits: boolean; commits: number } {
  const tx: SqlRunner = { query: async () => [] };
  const client = {
    failCommits: false,
    commits: 0,
    query: async () => [],
    async transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T> {
      const result = await work(tx);
      if (client.failCommits) throw new Error('server closed the connection unexpectedly');
      client.commits++;
      return result;
    },
    close: async () => {},
  };
  return client;
}

describe('a failed commit', () => {
  it('is never acknowledged: durable() rejects, onLost runs once, and later writes are refused with a clear message', async () => {
    const client = flakyClient();
    const lost: unknown[] = [];
    const store = await openPgStore(client, { onLost: (e) => lost.push(e) });
    const cfg = config();
    store.createSession({ code: cfg.code, teacherKeyHash: '0'.repeat(64), config: cfg });
    await store.durable?.();
    const committed = client.commits;

    client.failCommits = true;
    store.append(cfg.code, { seq: 1, id: 'a', at: 1, kind: 'start' });
    let acknowledged = false;
    await expect(store.durable?.().then(() => (acknowledged = true))).rejects.toThrow(/connection/);
    expect(acknowledged).toBe(false);
    expect(lost).toHaveLength(1);
    expect(client.commits).toBe(committed);
    expect(() => store.append(cfg.code, { seq: 2, id: 'b', at: 2, kind: 'start' })).toThrow(StoreUnavailableError);
    expect(() => store.append(cfg.code, { seq: 2, id: 'b', at: 2, kind: 'start' })).toThrow(/could not store an earlier change/);
    await expect(store.durable?.()).rejects.toThrow();
    expect(lost).toHaveLength(1);
  });

  it('makes a session refuse the next action, saying it was not recorded', async () => {
    const client = flakyClient();
    const store = await openPgStore(client, { onLost: () => {} });
    const { session } = newSession({}, store);
    await store.durable?.();
    client.failCommits = true;
    expect(session.join('Team A', { seat: 'us' }).ok).toBe(true); // taken, but its commit fails
    await expect(store.durable?.()).rejects.toThrow();
    const r = session.join('Team B', { seat: 'dprk' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/could not record this.*could not store an earlier change/);
    session.dispose();
  });
});

describe('the HTTP API when the store cannot commit', () => {
  let server: ClassroomServer | null = null;
  afterAll(async () => server?.close());

  /** A classroom server (one a process: the one before is closed) on a store over a database whose COMMITs fail once told to. */
  async function serverOnFlakyStore(): Promise<{ url: string; client: ReturnType<typeof flakyClient> }> {
    await server?.close();
    const client = flakyClient();
    const store = await openPgStore(client, { onLost: () => {} });
    server = await startClassroomServer({
      port: 0,
      dataDir: mkdtempSync(join(tmpdir(), 'qc-failed-')),
      store,
      botWorkers: 0,
      log: () => {},
    });
    return { url: server.url, client };
  }

  it('answers 503 "nothing of this was saved", never an acknowledgement', async () => {
    const { url, client } = await serverOnFlakyStore();
    client.failCommits = true;
    const seats = { us: 'human', dprk: 'human', rok: 'human' };
    for (let i = 0; i < 2; i++) {
      const r = await api(`${url}/api/sessions`, { json: { seats, turnSeconds: 0, seed: 5 } });
      expect(r.status).toBe(503);
      expect(r.body['error']).toBe(STORE_DOWN);
      expect(r.text).not.toMatch(/teacherKey/);
    }
  });

  it('answers a new cohort 503 too: a cohort is answered only once it is committed (another process looks it up in the store)', async () => {
    const { url, client } = await serverOnFlakyStore();
    const json = { name: 'Section A', sessions: 2, seed: 7, seats: { us: 'bot:dealmaker', dprk: 'bot:hawk', rok: 'bot:dove' }, months: 6 };
    const made = await api(`${url}/api/cohorts`, { json });
    expect(made.status).toBe(201);
    client.failCommits = true;
    const refused = await api(`${url}/api/cohorts`, { json });
    expect(refused.status).toBe(503);
    expect(refused.body['error']).toBe(STORE_DOWN);
    expect(refused.text).not.toMatch(/teacherKey/);
  });
});
