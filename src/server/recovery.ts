/**
 * Riding out a lost PostgreSQL server: the classroom keeps running and comes back by itself.
 *
 * When a commit fails (the database went away), the store refuses every later write with a clear
 * message (StoreUnavailableError): a team's move, a teacher's command or a new session is refused
 * and said so, while what was committed stays readable. Nothing of the failed group was
 * acknowledged (write-before-ack), so the sessions in memory may be ahead of the log by changes
 * nobody was told of. Meanwhile the server tries to open the database again every `retryMs`. Once
 * it answers, every session's room is closed (its teams and the teacher rejoin by themselves, and
 * a client sends again what was never acknowledged), the sessions are rebuilt from the log the
 * database holds (hub.reload), and their rooms open again.
 */
import type { SessionHub } from './hub';
import type { SessionStore } from './storeTypes';

export interface RecoveryOptions {
  hub: SessionHub;
  /** Opens the database again; `onLost` is what the new store does when it is lost in its turn. */
  reopen: (onLost: (e: unknown) => void) => Promise<SessionStore>;
  /** Closes the rooms of `codes` (their clients rejoin) before the sessions are rebuilt. */
  closeRooms: (codes: string[]) => Promise<void>;
  /** Opens the rooms of the rebuilt sessions. */
  openRooms: () => Promise<void>;
  log: (line: string) => void;
  /** How long to wait between two attempts to reach the database (default 2 s). */
  retryMs?: number;
  now?: () => number;
}

export interface Recovery {
  /** What the store calls when a commit fails. */
  lost(e: unknown): void;
  /** Whether the database is out of reach now. */
  readonly down: boolean;
  /** Resolves when the server is back on a database (at once when it is not down). */
  back(): Promise<void>;
  /** Stops trying (the server is closing). */
  stop(): void;
}

const why = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function storeRecovery(o: RecoveryOptions): Recovery {
  const retryMs = o.retryMs ?? 2000;
  const now = o.now ?? (() => Date.now());
  let down = false;
  let stopped = false;
  let since = 0;
  let attempts = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let waiting: (() => void)[] = [];

  const attempt = async (): Promise<void> => {
    timer = null;
    if (stopped) return;
    attempts++;
    let store: SessionStore;
    try {
      store = await o.reopen(lost);
    } catch (e) {
      // One line now and then, not one a retry: an outage can last.
      if (attempts === 1 || attempts % 30 === 0) o.log(`[classroom] the database is still out of reach (${why(e)}); trying again`);
      if (!stopped) timer = setTimeout(() => void attempt(), retryMs);
      return;
    }
    if (stopped) {
      await Promise.resolve(store.close()).catch(() => {});
      return;
    }
    const old = o.hub.store;
    let restored: ReturnType<SessionHub['reload']>;
    try {
      await o.closeRooms(o.hub.codes());
      restored = o.hub.reload(store);
      for (const f of restored.failed) o.log(`[classroom] could not restore session ${f}`);
      await o.openRooms();
    } catch (e) {
      o.log(`[classroom] could not reopen the sessions (${why(e)}); trying again`);
      if (!stopped) timer = setTimeout(() => void attempt(), retryMs);
      return;
    }
    // The old store's connection is broken: closing it may fail, and nothing of it is needed.
    void Promise.resolve()
      .then(() => old.close())
      .catch(() => {});
    down = false;
    o.log(
      `[classroom] the database is back after ${((now() - since) / 1000).toFixed(1)} s: ${restored.restored} session(s) rebuilt from its log; teams and teachers reconnect by themselves`,
    );
    const w = waiting;
    waiting = [];
    for (const f of w) f();
  };

  function lost(e: unknown): void {
    if (down || stopped) return;
    down = true;
    since = now();
    attempts = 0;
    o.log(
      `[classroom] the database could not commit (${why(e)}): new moves and sessions are refused with a message until it is back; nothing of what failed was acknowledged`,
    );
    timer = setTimeout(() => void attempt(), retryMs);
  }

  return {
    lost,
    get down() {
      return down;
    },
    back: () => (down ? new Promise<void>((r) => waiting.push(r)) : Promise.resolve()),
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
