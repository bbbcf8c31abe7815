/**
 * Month deadlines for play over days: when a month that began at a given moment is due (hours
 * later, or at the next scheduled time in the teacher's time zone), and a timer that waits for a
 * deadline read from the session's log, so a restart neither moves nor forgets it.
 */
import type { Deadline } from '../net/course';
import type { Clock } from './entries';

/** What a session needs of a month's timer (TurnTimer for minutes, DeadlineTimer for days). */
export interface MonthTimer {
  readonly enabled: boolean;
  pause(): void;
  resume(): void;
  extend(seconds: number): void;
  run(turn: number): void;
  notYet(): boolean;
  spent(): void;
  stop(): void;
  remainingMs(paused: boolean): number | null;
}

/** The wall-clock fields of `ms` in `timeZone`. */
function fieldsIn(ms: number, timeZone: string): { y: number; m: number; d: number; hh: number; mm: number; weekday: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    weekday: 'short',
  }).formatToParts(new Date(ms));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '0';
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday'));
  return {
    y: Number(get('year')),
    m: Number(get('month')),
    d: Number(get('day')),
    hh: Number(get('hour')),
    mm: Number(get('minute')),
    weekday,
  };
}

/** The instant (ms) when the clocks of `timeZone` show the given date and time. */
export function zonedTime(y: number, m: number, d: number, hh: number, mm: number, timeZone: string): number {
  const wanted = Date.UTC(y, m - 1, d, hh, mm);
  let t = wanted;
  // Two corrections settle the zone's offset, daylight saving time included.
  for (let i = 0; i < 2; i++) {
    const f = fieldsIn(t, timeZone);
    t += wanted - Date.UTC(f.y, f.m - 1, f.d, f.hh, f.mm);
  }
  return t;
}

/** When a month that began at `from` (ms) is due. */
export function nextDeadline(deadline: Deadline, from: number): number {
  if (deadline.kind === 'hours') return from + deadline.hours * 3_600_000;
  const [hh, mm] = deadline.time.split(':').map(Number) as [number, number];
  const today = fieldsIn(from, deadline.timeZone);
  for (let i = 0; i <= 7; i++) {
    // Noon of the i-th day after `from`'s local day tells that day's date and weekday.
    const day = fieldsIn(zonedTime(today.y, today.m, today.d, 12, 0, deadline.timeZone) + i * 86_400_000, deadline.timeZone);
    if (!deadline.days.includes(day.weekday)) continue;
    const at = zonedTime(day.y, day.m, day.d, hh, mm, deadline.timeZone);
    if (at > from) return at;
  }
  return from + 7 * 86_400_000; // unreachable: a week holds every weekday
}

/** The longest single wait the timer sets (Node's timers cannot wait more than ~24.8 days). */
export const MAX_WAIT_MS = 6 * 3_600_000;

/**
 * Waits for the deadline `due()` reads from the session's record (the month's start, its
 * extensions and pauses are all logged): pause, resume and extend change that record, not this.
 */
export class DeadlineTimer implements MonthTimer {
  readonly enabled = true;
  private handle: unknown = null;

  constructor(
    private readonly clock: Clock,
    private readonly due: () => number | null,
    private readonly onDue: (turn: number) => void,
  ) {}

  pause(): void {
    this.stop();
  }
  resume(): void {}
  extend(): void {}
  spent(): void {}

  run(turn: number): void {
    this.stop();
    const at = this.due();
    if (at === null) return;
    const wait = Math.min(MAX_WAIT_MS, Math.max(0, at - this.clock.now()));
    this.handle = this.clock.setTimeout(() => {
      this.handle = null;
      this.onDue(turn);
    }, wait);
  }

  notYet(): boolean {
    const at = this.due();
    return at !== null && this.clock.now() < at;
  }

  stop(): void {
    if (this.handle !== null) this.clock.clearTimeout(this.handle);
    this.handle = null;
  }

  remainingMs(): number | null {
    const at = this.due();
    return at === null ? null : Math.max(0, at - this.clock.now());
  }
}
