/**
 * The per-address limits over several processes: the attempts an address makes through every
 * process are counted together (in Redis), so three processes do not give it three times the
 * limit. `npm run test:scale`; skipped with a message when a server program is not installed.
 */
import { describe, expect, it } from 'vitest';
import { api } from '../server/helpers';
import { clusterForFile } from './fileCluster';
import { missing } from './harness';

const why = missing();
if (why) console.warn(why);

const LIMIT = 6;
const cluster = clusterForFile(['--create-limit', String(LIMIT)]);

describe.skipIf(why !== null)('per-address limits over several processes', () => {
  it('sessions created through all three processes in turn are held to one limit, not three', async () => {
    const c = cluster();
    // The shared count's windows are the clock's minutes (rateLimit.ts): a burst across a minute's turn
    // would meet two windows, so it starts with at least 15 seconds of its minute left.
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 45_000) await new Promise((r) => setTimeout(r, 60_000 - intoMinute + 100));
    const answers: number[] = [];
    for (let i = 0; i < 3 * LIMIT; i++) {
      const r = await api(`${c.procs[i % 3]!.url}/api/sessions`, {
        json: { seats: { us: 'human', dprk: 'human', rok: 'human' }, turnSeconds: 0, seed: 100 + i },
      });
      answers.push(r.status);
    }
    const created = answers.filter((s) => s === 201).length;
    // The limit, and at most one more per other process (rateLimit.ts); without sharing it would be 18.
    expect(created).toBeGreaterThanOrEqual(LIMIT);
    expect(created).toBeLessThanOrEqual(LIMIT + 2);
    expect(answers.filter((s) => s !== 201).every((s) => s === 429)).toBe(true);
    // Each process refuses the address now.
    for (const p of c.procs) {
      const r = await api<{ error: string }>(`${p.url}/api/sessions`, { json: { seats: { us: 'human', dprk: 'human', rok: 'human' } } });
      expect(r.status).toBe(429);
    }
  }, 60_000);
});
