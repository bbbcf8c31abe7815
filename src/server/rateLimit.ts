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
/**
 * A count shared by every classroom process (with several processes: Redis, through Colyseus'
 * presence): `incr` adds one to a key that lives `ttlSeconds` and answers its new value.
 */
export interface SharedCount {
  incr(key: string, ttlSeconds: number): Promise<number>;
}

/** Attempts still waiting for the shared count's answer above which a limiter counts on its own (the count is away). */
const MAX_WAITING = 1_000;

export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();
  /** With a shared count: each key's count over every process, as last heard, per window. */
  private readonly everywhere = new Map<string, { window: number; count: number }>();
  private waiting = 0;

  /**
   * `shared`: the count every process adds to, under `name`. Each attempt is counted here at once
   * and there as well; an attempt is refused when either has used up the window. What the other
   * processes counted is known from the shared count's answers, so a burst spread over several
   * processes may pass it by one attempt per other process (one that had not heard of the others'
   * attempts yet) and the attempts on their way at that moment, never by a multiple.
   */
  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    private readonly shared: { count: SharedCount; name: string } | null = null,
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
    return w.count <= this.max && this.takeEverywhere(key, t);
  }

  /** How many attempts the key has made in its current window. */
  used(key: string): number {
    const w = this.windows.get(key);
    return w && this.now() - w.start < this.windowMs ? w.count : 0;
  }

  /** The shared window (aligned to the clock, the same in every process) counts the attempt too. */
  private takeEverywhere(key: string, t: number): boolean {
    if (!this.shared || this.waiting >= MAX_WAITING) return true;
    const window = Math.floor(t / this.windowMs);
    const seen = this.everywhere.get(key);
    const known = seen && seen.window === window ? seen : { window, count: 0 };
    if (known !== seen) {
      if (this.everywhere.size > 10_000) for (const [k, v] of this.everywhere) if (v.window !== window) this.everywhere.delete(k);
      this.everywhere.set(key, known);
    }
    known.count++;
    this.waiting++;
    this.shared.count
      .incr(`qc:limit:${this.shared.name}:${key}:${window}`, Math.ceil((this.windowMs * 2) / 1000))
      .then(
        (n) => (known.count = Math.max(known.count, n)),
        () => {
          /* the shared count is away: this process's own count still holds */
        },
      )
      .finally(() => this.waiting--);
    return known.count <= this.max;
  }

  private prune(t: number): void {
    for (const [k, w] of this.windows) if (t - w.start >= this.windowMs) this.windows.delete(k);
  }
}

/** A limit per minute, counted over every process under `name` when there is a `shared` count. */
export function perMinute(max: number, name: string, shared: SharedCount | undefined): RateLimiter {
  return new RateLimiter(max, 60_000, Date.now, shared ? { count: shared, name } : null);
}
