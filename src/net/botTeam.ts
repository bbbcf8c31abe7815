/**
 * A bot that plays a seat over the network, as a team would: it waits for its seat's view,
 * chooses with the same bot code the local game uses (from that view only), and sends the move.
 * Used by `npm run classroom:bot`, the load benchmark and the tests.
 */
import { chooseMove } from '../bots/choose';
import { logReason } from '../i18n/log';
import type { LetterDraft } from '../model/letters';
import type { PlayerView } from '../model/view';
import type { AckMessage, SessionInfo } from './protocol';
import type { NetGameClient } from './client';

export interface BotTeamOptions {
  bot: string;
  /** Milliseconds to "think" before each move (default 0). */
  thinkMs?: number | (() => number);
  /** Changes the reason sent with a move (tests put canaries in it). */
  reason?: (view: PlayerView, botReason: string) => string;
  /** A letter to send each month before the move (tests put canaries in letters too); null: none. */
  letter?: (view: PlayerView) => LetterDraft | null;
  /** Called with each answer and how long it took (ms from send to ack). */
  onAck?: (ack: { ok: boolean; error?: string; move: string; turn: number }, ms: number) => void;
  /** Stop after this many milliseconds even if the game goes on. */
  maxMs?: number;
}

/** Plays until the session ends (or the team is refused); resolves with the final view. */
export function runBotTeam(client: NetGameClient, options: BotTeamOptions): Promise<PlayerView | null> {
  return new Promise((resolve) => {
    let busyTurn = 0;
    let done = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const finish = () => {
      if (done) return;
      done = true;
      off();
      offSession();
      offStatus();
      if (timer) clearTimeout(timer);
      if (stopTimer) clearTimeout(stopTimer);
      resolve(client.getView());
    };
    const consider = () => {
      const view = client.getView();
      const session: SessionInfo | null = client.getSession();
      if (!view || !session || done) return;
      if (session.status === 'ended') return finish();
      if (session.status !== 'playing' || view.pending !== null || view.legal.length === 0 || busyTurn === view.turn) return;
      if (session.seats[client.seat].controller !== 'human') return;
      busyTurn = view.turn;
      const think = typeof options.thinkMs === 'function' ? options.thinkMs() : (options.thinkMs ?? 0);
      timer = setTimeout(() => {
        timer = null;
        const now = client.getView();
        if (!now || now.turn !== view.turn || now.pending !== null || now.legal.length === 0 || done) return;
        const choice = chooseMove(now, options.bot);
        const words = logReason(choice.reason);
        const reason = options.reason ? options.reason(now, words) : words;
        const started = Date.now();
        const letter = options.letter?.(now);
        const move = () => client.send({ type: 'move.play', move: choice.move, reason, ...(choice.table ? { table: choice.table } : {}) });
        void (letter ? client.send({ type: 'letter.send', letter }).then(move) : move()).then((r) => {
          const ack: AckMessage | { ok: boolean; error?: string } = r.ok ? { ok: true } : { ok: false, error: r.error };
          options.onAck?.({ ...ack, move: choice.move, turn: now.turn }, Date.now() - started);
          if (!r.ok && busyTurn === now.turn) busyTurn = 0; // refused (paused, say): try again on the next update
          consider();
        });
      }, think);
    };
    const off = client.subscribe(() => consider());
    const offSession = client.onSession(() => consider());
    const offStatus = client.connection.onStatus((s) => {
      if (s === 'rejected' || s === 'closed') finish();
    });
    const stopTimer = options.maxMs ? setTimeout(finish, options.maxMs) : null;
    consider();
  });
}
