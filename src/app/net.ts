/**
 * Network mode (index.html#net=CODE): the Phaser game over a NetGameClient (src/net/client.ts), with
 * the classroom server as the authority. `NetPlay` presents it to the scenes as a `GameClient` of
 * kind `network` (one seat's view; the server keeps the game's record, so nothing is saved or
 * hashed here), and keeps what the Board's status chip shows: the connection, the session
 * (paused, timer), whether a move is on its way, and the server's answer when it refuses one.
 */
import { err, ok, type Result } from '../model/result';
import type { PlayerView } from '../model/view';
import { storedSeat, type StoredSeat } from '../net/api';
import type { ConnectionStatus, NetGameClient } from '../net/client';
import { MAX_MEMO, MSG_MEMO } from '../net/course';
import type { SessionInfo } from '../net/protocol';
import type { ClientUpdate, Intent, NetworkClient } from './client';
import { reopenedView } from './screens/table';

export interface NetStatus {
  connection: ConnectionStatus;
  session: SessionInfo | null;
  /** A move is on its way to the server. */
  sending: boolean;
  /** The server's (or the connection's) reason for refusing the last move; '' when none. */
  error: string;
  /** Milliseconds left this month, counted down locally between messages; null without a timer. */
  remainingMs: number | null;
}

/** What the board shows of a session played over days (issue 11): the deadline, the sealed move, the memo. */
export interface CourseStatus {
  /** The month's deadline (server clock, ms) while the game runs in a session played over days; null otherwise. */
  dueAt: number | null;
  /** The move sealed this month when the team may still change it (a session played over days), or null. */
  sealed: string | null;
  /** The team took its sealed move back to choose again (it stands on the server until a new one is sealed). */
  changing: boolean;
  /** This month's memo request: the seat's prompt ('' for the default) and whether the team has sent one. */
  memo: { turn: number; prompt: string; sent: boolean } | null;
}

export class NetPlay {
  readonly client: NetworkClient;
  private sending = false;
  private error = '';
  /** The team reopened its sealed move (a session played over days) until it seals another or the month resolves. */
  private changing = false;
  private receivedAt = Date.now();
  private readonly listeners = new Set<() => void>();
  /** The answer to the last move sent. */
  lastSend: Promise<Result<void>> = Promise.resolve(ok(undefined));

  constructor(
    readonly net: NetGameClient,
    readonly stored: StoredSeat,
  ) {
    net.onSession(() => {
      this.receivedAt = Date.now();
      if (!net.getView()?.pending) this.changing = false;
      this.changed();
    });
    net.connection.onStatus(() => this.changed());
    this.client = {
      kind: 'network',
      seat: net.seat,
      getView: () => this.shownView(),
      subscribe: (listener: (u: ClientUpdate) => void) => net.subscribe(listener),
      send: (intent) => this.send(intent),
      dispose: () => {
        this.listeners.clear();
        net.dispose();
        if (current === this) current = null;
      },
    };
  }

  /**
   * The seat's view as the screens show it: while the team chooses again (`reopen`), its sealed
   * move shows as open, so the hand and the negotiation table can change it; it stands on the
   * server until another is sealed.
   */
  private shownView(): PlayerView {
    const view = this.net.getView() as PlayerView;
    return this.changing && view?.pending ? reopenedView(view) : view;
  }

  private send(intent: Intent): Result<void> {
    if (intent.type === 'letter.send' ? !this.lettersOpen() : this.blocked()) return err(this.error || 'Not now.');
    this.sending = true;
    this.error = '';
    this.changed();
    this.lastSend = this.net.send(intent).then((r) => {
      this.sending = false;
      if (!r.ok) this.error = r.error;
      else if (intent.type === 'move.play') this.changing = false;
      this.changed();
      return r;
    });
    return ok(undefined);
  }

  status(): NetStatus {
    const session = this.net.getSession();
    let remainingMs: number | null = session?.remainingMs ?? null;
    if (remainingMs !== null && session?.status === 'playing') remainingMs = Math.max(0, remainingMs - (Date.now() - this.receivedAt));
    return { connection: this.net.connection.connectionStatus(), session, sending: this.sending, error: this.error, remainingMs };
  }

  /** End turn is off: not connected, the game is not running (lobby, paused, over), a move is on its way or already sealed. */
  blocked(): boolean {
    const s = this.status();
    const view = this.net.getView();
    return (
      s.connection !== 'open' ||
      s.session?.status !== 'playing' ||
      s.sending ||
      !view ||
      (view.pending !== null && !this.changing) ||
      s.session.seats[this.net.seat].controller !== 'human'
    );
  }

  /** Whether months resolve at a deadline (play over days): a sealed move may change until then. */
  paced(): boolean {
    return this.net.getSession()?.course?.deadline != null;
  }

  /** The deadline, the sealed move that may still change, and the memo request (see CourseStatus). */
  course(): CourseStatus {
    const s = this.status();
    const c = s.session?.course ?? null;
    const view = this.net.getView();
    const running = s.session?.status === 'playing' || s.session?.status === 'paused';
    const open = running && s.connection === 'open' && s.session?.seats[this.net.seat].controller === 'human';
    const memo = c?.memo ?? null;
    return {
      dueAt: this.paced() && running ? (c?.deadlineAt ?? null) : null,
      sealed: this.paced() && open && s.session?.status === 'playing' && view?.pending ? view.pending.move : null,
      changing: this.changing,
      memo: memo ? { turn: memo.turn, prompt: memo.prompts[this.net.seat], sent: memo.sent[this.net.seat] } : null,
    };
  }

  /**
   * Takes the sealed move back to choose again (a session played over days, until the month
   * resolves): End turn opens again; the sealed move stands on the server until another is sealed.
   */
  reopen(): Result<void> {
    const c = this.course();
    if (c.sealed === null || this.sending) return err('Your move can no longer be changed.');
    this.changing = true;
    this.error = '';
    this.changed();
    return ok(undefined);
  }

  /** Sends the team's position memo for this month; resolves with the server's answer (a refusal says why). */
  async sendMemo(text: string): Promise<Result<void>> {
    if (text.trim() === '') return err('The memo is empty.');
    if (text.length > MAX_MEMO) return err(`A memo has at most ${MAX_MEMO} characters.`);
    const turn = this.course().memo?.turn ?? this.net.getView()?.turn ?? 0;
    const ack = await this.net.connection.request(MSG_MEMO, { turn, text });
    return ack.ok ? ok(undefined) : err(ack.error);
  }

  /** Whether a letter may be sent now: connected, the game running or paused, letters on (a sealed move does not matter). */
  lettersOpen(): boolean {
    const s = this.status();
    const status = s.session?.status;
    return s.connection === 'open' && (status === 'playing' || status === 'paused') && s.session?.letters !== false;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const l of [...this.listeners]) l();
  }
}

let current: NetPlay | null = null;

/** The network game in progress, if this page plays one. */
export function netPlay(): NetPlay | null {
  return current;
}

/**
 * Joins the session's room with the seat this tab joined on the join page, and waits for the
 * first view. Null seat: the caller sends the team to join.html.
 */
export async function startNetPlay(baseUrl: string, code: string): Promise<Result<NetPlay> | null> {
  const stored = storedSeat(code);
  if (!stored) return null;
  // The room client (and its network library) loads only when a team connects: not on the first load.
  const { connectTeam } = await import('../net/client');
  const r = await connectTeam({ baseUrl, code, token: stored.token, seat: stored.seat });
  if (!r.ok) return r;
  const net = r.value;
  const deadline = Date.now() + 15_000;
  while (!net.getView() || !net.getSession()) {
    if (Date.now() > deadline) {
      net.dispose();
      return err('The classroom server did not send the game.');
    }
    await new Promise((res) => setTimeout(res, 50));
  }
  current = new NetPlay(net, stored);
  return ok(current);
}
