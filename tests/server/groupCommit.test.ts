/**
 * The SQLite store commits in groups (src/server/store.ts): the appends of one turn of the event
 * loop share one transaction and one fsync, a duplicate still throws at once without undoing the
 * others, and `durable()` resolves only once they are committed (what the room and the API wait
 * for before they answer).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '../../src/server/entries';
import { openSqliteStore } from '../../src/server/store';
import { config } from './helpers';

const entry = (seq: number, id = `e${seq}`): LogEntry => ({ seq, id, at: seq, kind: 'start' });

describe('group commit', () => {
  it('commits one turn of the event loop at once, after which durable() resolves', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qc-store-'));
    const store = openSqliteStore(dir);
    const cfg = config();
    store.createSession({ code: cfg.code, teacherKeyHash: '0'.repeat(64), config: cfg });
    store.append(cfg.code, entry(1));
    store.append(cfg.code, entry(2));
    expect(() => store.append(cfg.code, entry(2, 'other'))).toThrow(/UNIQUE/);
    store.append(cfg.code, entry(3));
    // Another connection (a process after a crash) sees nothing yet: nothing may be acknowledged.
    const reader = new Database(join(dir, 'classroom.sqlite'), { readonly: true });
    const rows = () => (reader.prepare('SELECT COUNT(*) AS n FROM log').get() as { n: number }).n;
    expect(rows()).toBe(0);
    await store.durable?.();
    expect(rows()).toBe(3);
    expect(store.log(cfg.code).map((e) => e.seq)).toEqual([1, 2, 3]);
    // Nothing pending: durable() resolves at once; a new append opens a new group.
    await store.durable?.();
    store.append(cfg.code, entry(4));
    expect(rows()).toBe(3);
    await store.durable?.();
    expect(rows()).toBe(4);
    reader.close();
    store.close();
  });
});
