/**
 * The page's one search for counterfactual turning points (turningPool.ts, loaded on first use):
 * the ending screen, the replay viewer and the debrief start, cancel and watch it. The last
 * result is kept per game, so leaving a screen and coming back shows it again.
 */
import type { SaveFile } from '../codec/save';
import type { TurningRun, TurningRunOptions, TurningRunResult } from './turningPool';
import { TURNING_FUTURES, TURNING_SCREENING, turningSeats, type TurningStatus } from './screens/turning';

/** Which game a status belongs to: its seed, seats, moves and injections. */
export function gameKey(save: SaveFile): string {
  return JSON.stringify([save.scenario, save.seed, save.seats, save.actions, save.injections ?? []]);
}

export class TurningFinder {
  private key: string | null = null;
  private current: TurningStatus = { kind: 'idle' };
  private run: TurningRun | null = null;
  private listeners = new Set<() => void>();

  /** The status of this game's search (idle when the last search was another game's). */
  status(save: SaveFile | null): TurningStatus {
    return save && this.key === gameKey(save) ? this.current : { kind: 'idle' };
  }

  running(): boolean {
    return this.run !== null;
  }

  /**
   * Starts the workers a search would use and warms their compilers (src/app/workerPool.ts) while
   * the screen that offers the search is read: a search started then skips the warm-up.
   */
  warm(): void {
    import('./labPool').then(
      (m) => m.warmLabWorkers(),
      () => undefined,
    );
  }

  /** Calls `fn` on every change; returns the unsubscribe. */
  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private set(status: TurningStatus): void {
    this.current = status;
    for (const fn of [...this.listeners]) fn();
  }

  /** Starts a search for this game (cancelling any other); resolves with its result. */
  async start(
    save: SaveFile,
    o: Partial<Omit<TurningRunOptions, 'screening'>> & { screening?: TurningRunOptions['screening'] | null } = {},
  ): Promise<TurningRunResult> {
    this.cancel();
    const key = gameKey(save);
    this.key = key;
    this.set({ kind: 'running', done: 0, total: 0 });
    const { startTurningPoints } = await import('./turningPool');
    if (this.key !== key || this.current.kind !== 'running') throw new Error('cancelled before it began');
    const { screening = TURNING_SCREENING, ...rest } = o;
    const run = startTurningPoints(save, {
      futures: TURNING_FUTURES,
      seats: turningSeats(save),
      ...rest,
      ...(screening ? { screening } : {}),
      onProgress: (done, total) => {
        if (this.run === run) this.set({ kind: 'running', done, total });
      },
    });
    this.run = run;
    try {
      const r = await run.done;
      if (this.run === run) {
        this.run = null;
        this.set(
          r.cancelled
            ? { kind: 'cancelled' }
            : { kind: 'done', points: r.points, elapsedMs: r.elapsedMs, workers: r.workers, futures: r.futures, screening: r.screening },
        );
      }
      return r;
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      if (this.run === run) {
        this.run = null;
        this.set({ kind: 'failed', error });
      }
      throw e;
    }
  }

  cancel(): void {
    const run = this.run;
    if (run) {
      this.run = null;
      run.cancel();
      this.set({ kind: 'cancelled' });
    } else if (this.current.kind === 'running') this.set({ kind: 'cancelled' });
  }

  /** The panel's button: cancel a running search of this game, else start one. */
  toggle(save: SaveFile, o: Partial<TurningRunOptions> = {}): void {
    if (this.status(save).kind === 'running') this.cancel();
    else this.start(save, o).catch(() => undefined);
  }
}

export const turningFinder = new TurningFinder();
