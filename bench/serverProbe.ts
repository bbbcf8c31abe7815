/**
 * Loaded into the bench's server process (`node --import tsx --import ./bench/serverProbe.ts …`)
 * to say where the server's time goes; it changes nothing the server does. It times, on the
 * server's one thread:
 *  - how late the event loop runs (perf_hooks.monitorEventLoopDelay): what every waiting message
 *    waits behind;
 *  - each incoming room message, handled start to end (Colyseus' Room._onMessage);
 *  - within it, the SQLite writes (each commit is an fsync) and the room's flushes (encoding and
 *    sending the new state to every connection), and the flushes that carried a record;
 *  - month resolutions (an applied move after which the month changed), and how many of them fell
 *    in the same 100 ms;
 *  - garbage collection pauses (PerformanceObserver 'gc').
 * On exit it writes a summary as JSON to the file named by QC_PROBE_OUT.
 */
import { writeFileSync } from 'node:fs';
import { PerformanceObserver, monitorEventLoopDelay, performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { Room } from '@colyseus/core';
import { WebSocketClient } from '@colyseus/ws-transport/WebSocketClient';
import { QuietRoom } from '../src/server/room';
import { ClassroomSession } from '../src/server/session';

class Timings {
  readonly ms: number[] = [];
  add(ms: number): void {
    this.ms.push(ms);
  }
  summary(): { count: number; totalMs: number; p50: number; p99: number; max: number; over20: number; over50: number } {
    const s = this.ms.slice().sort((a, b) => a - b);
    const at = (p: number) => +(s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0).toFixed(2);
    return {
      count: s.length,
      totalMs: Math.round(s.reduce((a, b) => a + b, 0)),
      p50: at(0.5),
      p99: at(0.99),
      max: +(s.at(-1) ?? 0).toFixed(1),
      over20: s.filter((v) => v > 20).length,
      over50: s.filter((v) => v > 50).length,
    };
  }
}

const t = {
  message: new Timings(),
  sqliteWrite: new Timings(),
  sqliteCommit: new Timings(),
  flush: new Timings(),
  flushWithRecord: new Timings(),
  monthResolution: new Timings(),
  socketSend: new Timings(),
  gc: new Timings(),
};
const resolvedAt: number[] = [];
let sentBytes = 0;

const eld = monitorEventLoopDelay({ resolution: 5 });
eld.enable();
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) t.gc.add(e.duration);
}).observe({ entryTypes: ['gc'] });

type AnyFn = (this: unknown, ...args: unknown[]) => unknown;
function wrap(proto: object, name: string, around: (self: unknown, run: () => unknown, args: unknown[]) => unknown): void {
  const original = (proto as Record<string, AnyFn>)[name];
  if (typeof original !== 'function') throw new Error(`probe: no method ${name}`);
  (proto as Record<string, AnyFn>)[name] = function (this: unknown, ...args: unknown[]) {
    return around(this, () => original.apply(this, args), args);
  };
}
function timed(timings: Timings, run: () => unknown): unknown {
  const t0 = performance.now();
  try {
    return run();
  } finally {
    timings.add(performance.now() - t0);
  }
}

wrap(Room.prototype, '_onMessage', (_self, run) => timed(t.message, run));
wrap(WebSocketClient.prototype, 'raw', (_self, run, args) => {
  sentBytes += (args[0] as Uint8Array).byteLength;
  return timed(t.socketSend, run);
});
wrap(Database.prototype, 'prepare', (_self, run) => {
  const stmt = run() as { run: AnyFn; reader: boolean };
  if (!stmt.reader) {
    const original = stmt.run.bind(stmt);
    stmt.run = (...args: unknown[]) => timed(t.sqliteWrite, () => original(...args));
  }
  return stmt;
});
// With group commit (store.ts) the fsync happens at COMMIT, once for a batch of inserts.
wrap(Database.prototype, 'exec', (_self, run, args) => (args[0] === 'COMMIT' ? timed(t.sqliteCommit, run) : run()));
wrap(QuietRoom.prototype, 'flush', (self, run) => {
  const room = self as { dirty: boolean; clients: { userData?: { record?: number } }[] };
  if (!room.dirty) return run();
  const held = room.clients.map((c) => c.userData?.record);
  const t0 = performance.now();
  const r = run();
  const ms = performance.now() - t0;
  t.flush.add(ms);
  // A connection's record version moved: this flush carried a record to it.
  if (room.clients.some((c, i) => c.userData?.record !== held[i])) t.flushWithRecord.add(ms);
  return r;
});
wrap(ClassroomSession.prototype, 'apply', (self, run) => {
  const session = self as ClassroomSession;
  const month = session.turn();
  const t0 = performance.now();
  const r = run();
  if (session.turn() !== month) {
    t.monthResolution.add(performance.now() - t0);
    resolvedAt.push(t0);
  }
  return r;
});

/** The most month resolutions that fell within any `windowMs`. */
function densest(times: number[], windowMs: number): number {
  let best = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while ((times[i] as number) - (times[j] as number) > windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

const ns = (v: number) => +(v / 1e6).toFixed(1);
function summary() {
  return {
    eventLoopDelayMs: { p50: ns(eld.percentile(50)), p99: ns(eld.percentile(99)), max: ns(eld.max), mean: ns(eld.mean) },
    messageHandlingMs: t.message.summary(),
    sqliteWriteMs: t.sqliteWrite.summary(),
    sqliteCommitMs: t.sqliteCommit.summary(),
    flushMs: t.flush.summary(),
    flushWithRecordMs: t.flushWithRecord.summary(),
    monthResolutionMs: t.monthResolution.summary(),
    monthResolutionsIn100msMax: densest(resolvedAt, 100),
    gcPauseMs: t.gc.summary(),
    sentMb: +(sentBytes / 1e6).toFixed(1),
  };
}

// The bench's measuring window: the first SIGUSR2 starts it (what came before is forgotten), the second ends it.
let frozen: ReturnType<typeof summary> | null = null;
let windowOpen = false;
process.on('SIGUSR2', () => {
  if (windowOpen) {
    frozen = summary();
    return;
  }
  windowOpen = true;
  for (const timings of Object.values(t)) timings.ms.length = 0;
  resolvedAt.length = 0;
  sentBytes = 0;
  eld.reset();
});

process.on('exit', () => {
  const out = process.env.QC_PROBE_OUT;
  if (out) writeFileSync(out, JSON.stringify(frozen ?? summary()));
});
