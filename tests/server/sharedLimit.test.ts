/**
 * A per-address limit counted over several processes (rateLimit.ts with a shared count): the
 * attempts of all of them together are held to the limit, not the limit once per process; and
 * when the shared count is away each process still holds its own.
 */
import { describe, expect, it } from 'vitest';
import { RateLimiter, type SharedCount } from '../../src/server/rateLimit';

/** A shared count in memory, as Redis keeps it for the processes; `away` makes every call fail. */
function memoryCount(): SharedCount & { keys: Map<string, number>; away: boolean } {
  const keys = new Map<string, number>();
  const count = {
    keys,
    away: false,
    incr(key: string): Promise<number> {
      if (count.away) return Promise.reject(new Error('away'));
      const n = (keys.get(key) ?? 0) + 1;
      keys.set(key, n);
      return Promise.resolve(n);
    },
  };
  return count;
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('a limit shared by several processes', () => {
  it('holds the attempts of three processes together to the limit, per address and window', async () => {
    const shared = memoryCount();
    let t = 60_000 * 100;
    const processes = [0, 1, 2].map(() => new RateLimiter(10, 60_000, () => t, { count: shared, name: 'join' }));
    let allowed = 0;
    for (let i = 0; i < 30; i++) {
      if (processes[i % 3]!.take('10.0.0.1')) allowed++;
      await settle();
    }
    // The limit, and at most one more per other process (one that had not yet heard of the others' attempts).
    expect(allowed).toBeGreaterThanOrEqual(10);
    expect(allowed).toBeLessThanOrEqual(12);
    // Now every process knows: no more in this window.
    for (const p of processes) expect(p.take('10.0.0.1')).toBe(false);
    // Another address has its own count; a new window starts again.
    expect(processes[1]!.take('10.0.0.2')).toBe(true);
    t += 60_000;
    await settle();
    expect(processes[2]!.take('10.0.0.1')).toBe(true);
    expect([...shared.keys.keys()].every((k) => k.startsWith('qc:limit:join:'))).toBe(true);
  });

  it('without a shared count, each process allows the limit: three times as many', async () => {
    const t = 0;
    const processes = [0, 1, 2].map(() => new RateLimiter(10, 60_000, () => t));
    let allowed = 0;
    for (let i = 0; i < 30; i++) if (processes[i % 3]!.take('10.0.0.1')) allowed++;
    expect(allowed).toBe(30);
  });

  it('goes on with its own count when the shared one is away', async () => {
    const shared = memoryCount();
    shared.away = true;
    const limiter = new RateLimiter(5, 60_000, () => 0, { count: shared, name: 'create' });
    const answers: boolean[] = [];
    for (let i = 0; i < 8; i++) {
      answers.push(limiter.take('10.0.0.1'));
      await settle();
    }
    expect(answers).toEqual([true, true, true, true, true, false, false, false]);
  });
});
