/**
 * A fixed-window counter per key (an IP address): lobby look-ups, joins, room connections,
 * failed logins and session creation are limited so that join codes, keys and PINs cannot be
 * guessed by brute force.
 */

/**
 * Each per-address limit, per minute. The defaults hold a class of 30 behind one school NAT
 * address: every student may look the lobby up a dozen times, join a few times and reconnect
 * often, while a guesser stays far below a useful rate (failures are what guessing produces).
 */
export interface Limits {
  /** `GET /api/lobby/<code>`: the join page's look-up of a session's seats. */
  lobbyPerMinute: number;
  /** `POST /api/join`: joining a team (founding one, or with its PIN). */
  joinPerMinute: number;
  /** `POST /matchmake/joinById`: opening a room connection (each tab, each reconnect after a restart). */
  connectPerMinute: number;
  /** `POST /api/sessions`: creating a session. */
  createPerMinute: number;
  /** Failed logins: wrong teacher keys, team tokens, team PINs, unknown codes on a room connection. */
  authFailuresPerMinute: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = {
  lobbyPerMinute: 600,
  joinPerMinute: 120,
  connectPerMinute: 600,
  createPerMinute: 30,
  authFailuresPerMinute: 60,
};

/** The flag of each limit on the command line. */
export const LIMIT_FLAGS: Readonly<Record<keyof Limits, string>> = {
  lobbyPerMinute: 'lobby-limit',
  joinPerMinute: 'join-limit',
  connectPerMinute: 'connect-limit',
  createPerMinute: 'create-limit',
  authFailuresPerMinute: 'auth-failure-limit',
};
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {
    if (!Number.isSafeInteger(max) || max < 1)
      throw new RangeError(`A rate limit must be a whole number of at least 1, not ${String(max)}.`);
  }

  /** Counts one attempt; false when the key has used up its window. */
  take(key: string): boolean {
    const t = this.now();
    let w = this.windows.get(key);
    if (!w || t - w.start >= this.windowMs) {
      if (this.windows.size > 10_000) this.prune(t);
      w = { start: t, count: 0 };
      this.windows.set(key, w);
    }
    w.count++;
    return w.count <= this.max;
  }

  /** How many attempts the key has made in its current window. */
  used(key: string): number {
    const w = this.windows.get(key);
    return w && this.now() - w.start < this.windowMs ? w.count : 0;
  }

  private prune(t: number): void {
    for (const [k, w] of this.windows) if (t - w.start >= this.windowMs) this.windows.delete(k);
  }
}
