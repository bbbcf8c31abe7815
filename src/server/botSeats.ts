/**
 * How a session's bot seats get their moves. The personalities decide in place: they take far
 * less than a millisecond, less than handing a view to another thread costs. The strategist plans
 * with the engine for about 100 ms, so with a pool (botPool.ts) it decides in a worker thread
 * while the event loop goes on serving every session; its move is played when the answer
 * arrives. Either way the move is `chooseMove` of the seat's view at the moment it was asked for,
 * so a session plays the same moves with or without the pool.
 *
 * If the pool cannot decide (the bot threw, its worker died or was too slow), the session says so
 * in its log and plays FALLBACK_BOT's move for that month instead: a month never waits forever.
 */
import { chooseMove, type BotChoice } from '../bots/choose';
import type { GameRunner } from '../engine/runner';
import { SEATS, type Seat, type SeatControllers } from '../model/types';
import type { PlayerView } from '../model/view';
import type { Think } from './botPool';
import { botPlay } from './commands';
import type { EntryBody } from './entries';

/** Bots that decide in the pool when there is one. */
export const POOLED_BOTS: ReadonlySet<string> = new Set(['strategist']);
/** The personality that plays a month for a bot the pool could not decide for. */
export const FALLBACK_BOT = 'dealmaker';

export class BotSeats {
  /** `turn/seat` of the decisions under way in the pool. */
  private readonly thinking = new Set<string>();
  /** Decisions that arrived, by `turn/seat`, until the session plays them. */
  private readonly ready = new Map<string, { bot: string; choice: BotChoice }>();
  private disposed = false;

  constructor(
    private readonly code: string,
    private readonly think: Think | null,
    /** `arrived`: a decision came from the pool (the session then settles); `log`: the session's log. */
    private readonly on: { arrived: () => void; log: (line: string) => void },
  ) {}

  /**
   * Plays every bot seat that has not moved this month through `record` (which logs and applies a
   * move, and says whether it could), one move at a time; a seat whose bot is still deciding in
   * the pool is left for later. False when a move could not be recorded.
   */
  play(runner: GameRunner, controllers: SeatControllers, record: (body: EntryBody, id: string) => boolean): boolean {
    for (let guard = 0, moved = true; moved && guard < 1000 && !runner.ended(); guard++) {
      moved = false;
      const { turn, committed } = runner.view('all');
      for (const seat of SEATS.filter((s) => controllers[s].startsWith('bot:') && !committed[s])) {
        const choice = this.move(turn, seat, controllers[seat].slice(4), () => runner.view(seat, { brief: true }));
        if (!choice) continue;
        if (!record(botPlay(seat, choice, turn), `bot-${turn}-${seat}`)) return false;
        moved = true;
        break;
      }
    }
    return true;
  }

  /**
   * The move of `seat`'s `bot` for `turn`: decided now, or arrived from the pool; null while the
   * pool is still deciding (then `arrived` is called once it has).
   */
  move(turn: number, seat: Seat, bot: string, view: () => PlayerView): BotChoice | null {
    const key = `${turn}/${seat}`;
    for (const k of this.ready.keys()) if (!k.startsWith(`${turn}/`)) this.ready.delete(k);
    const done = this.ready.get(key);
    if (done?.bot === bot) {
      this.ready.delete(key);
      return done.choice;
    }
    if (!this.think || !POOLED_BOTS.has(bot)) return chooseMove(view(), bot);
    if (!this.thinking.has(key)) this.ask(this.think, key, seat, bot, view());
    return null;
  }

  /** Whether a decision for `seat` in `turn` is under way. */
  deciding(turn: number, seat: Seat): boolean {
    return this.thinking.has(`${turn}/${seat}`);
  }

  dispose(): void {
    this.disposed = true;
    this.ready.clear();
  }

  private ask(think: Think, key: string, seat: Seat, bot: string, view: PlayerView): void {
    this.thinking.add(key);
    think(view, bot)
      .catch((e: unknown) => {
        if (this.disposed) return null;
        const why = e instanceof Error ? e.message : String(e);
        this.on.log(
          `[classroom] session ${this.code}: the ${bot} bot could not decide ${seat}'s move for month ${view.turn} (${why}); ${FALLBACK_BOT} plays it`,
        );
        try {
          return chooseMove(view, FALLBACK_BOT);
        } catch (again) {
          this.on.log(
            `[classroom] session ${this.code}: ${FALLBACK_BOT} could not decide either: ${again instanceof Error ? again.message : String(again)}`,
          );
          return null;
        }
      })
      .then((choice) => {
        this.thinking.delete(key);
        if (this.disposed || !choice) return;
        this.ready.set(key, { bot, choice });
        this.on.arrived();
      })
      .catch((e: unknown) =>
        this.on.log(`[classroom] session ${this.code}: a bot's move could not be played: ${e instanceof Error ? e.message : String(e)}`),
      );
  }
}
