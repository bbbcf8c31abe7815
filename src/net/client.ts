/**
 * The network game client: views, updates and intents (src/engine/intent.ts) as the local client
 * in src/app/client.ts has them, with the classroom server as the authority. It runs in the browser (the
 * Phaser game in network mode) and in Node (the bot team, the benchmark, the tests).
 *
 * Every intent gets an id and stays pending until the server acknowledges it (which it does only
 * once the move is durable). Pending intents are sent again, with the same id, after a reconnect
 * or a timeout; the server applies an id once. A dropped socket first tries Colyseus' own quick
 * reconnection; if that fails (the server restarted, the laptop slept), the client joins the
 * session's room again with its team token, which maps to the same seat.
 */
import { Client as ColyseusClient, type Room } from '@colyseus/sdk';
import type { Result } from '../model/result';
import type { ClientUpdate, Intent } from '../engine/intent';
import { SEATS, type Seat } from '../model/types';
import type { PlayerView } from '../model/view';
import { MSG_LETTER } from './letters';
import {
  MSG,
  RECORD_FIELDS,
  TEACHER_RECORD_FIELDS,
  newActionId,
  withRecordOf,
  withRecordTailOf,
  type AckMessage,
  type SeatStateMessage,
  type SessionInfo,
  type TeacherStateMessage,
} from './protocol';
import { diffEvents, readStateText } from './states';

export type ConnectionStatus = 'connecting' | 'open' | 'reconnecting' | 'closed' | 'rejected';

export interface NetClientOptions {
  /** The server's http(s) address, e.g. "http://192.168.1.20:8080" (in the browser: location.origin). */
  baseUrl: string;
  code: string;
  /** A team member's token (from /api/join) or, for the console, the teacher key. */
  token?: string;
  teacherKey?: string;
  /** Every message received, as decoded (for recording). */
  onMessage?: (type: string, payload: unknown) => void;
  /**
   * How a state message is read (default `readStateText`: its JSON text parsed). A load test's
   * devices of one team may share one reading of the same text (bench/classroomLoad.ts); a page
   * reads its own. The client never changes a view it was given, so a reading can be shared.
   */
  readState?: (payload: unknown) => Record<string, unknown> | null;
  /** Milliseconds before an unanswered intent is sent again (default 5000). */
  resendMs?: number;
  /** Milliseconds before a send gives up (default 60000). */
  giveUpMs?: number;
}

interface Pending {
  message: Record<string, unknown> & { id: string };
  type: string;
  resolve: (r: AckMessage) => void;
  sentAt: number;
  deadline: number;
}

/**
 * A live connection to one session's room, as a team or as the teacher. Use `connectTeam` or
 * `connectTeacher` rather than constructing one.
 */
export class RoomConnection {
  private readonly sdk: ColyseusClient;
  private room: Room | null = null;
  private status: ConnectionStatus = 'connecting';
  private readonly pending = new Map<string, Pending>();
  private readonly statusListeners = new Set<(s: ConnectionStatus) => void>();
  private readonly messageListeners = new Set<(type: string, payload: unknown) => void>();
  private disposed = false;
  private timer: ReturnType<typeof setInterval> | null = null;
  private lastError = '';

  constructor(private readonly options: NetClientOptions) {
    this.sdk = new ColyseusClient(options.baseUrl);
  }

  connectionStatus(): ConnectionStatus {
    return this.status;
  }

  error(): string {
    return this.lastError;
  }

  onStatus(listener: (s: ConnectionStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  onMessage(listener: (type: string, payload: unknown) => void): () => void {
    this.messageListeners.add(listener);
    return () => this.messageListeners.delete(listener);
  }

  /** Joins the room, retrying with back-off; resolves once joined, or with an error when refused. */
  async open(): Promise<Result<void>> {
    this.timer = setInterval(() => this.tick(), 500);
    return this.join(true);
  }

  /** Sends a message that expects an ack, resending it with the same id until answered. */
  request(type: string, body: Record<string, unknown>): Promise<AckMessage> {
    const id = typeof body.id === 'string' ? body.id : newActionId();
    const message = { ...body, id };
    if (this.disposed) return Promise.resolve({ id, ok: false, error: 'The connection is closed.' });
    return new Promise((resolve) => {
      const now = Date.now();
      this.pending.set(id, { message, type, resolve, sentAt: now, deadline: now + (this.options.giveUpMs ?? 60_000) });
      this.transmit(type, message);
    });
  }

  /** Sends a message that expects no answer (dropped when not connected: the next join sends the state anyway). */
  post(type: string, body: Record<string, unknown>): void {
    if (this.disposed || !this.room || this.status !== 'open') return;
    try {
      this.room.send(type, body);
    } catch {
      /* a join after the drop sends the whole state */
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.timer) clearInterval(this.timer);
    for (const p of this.pending.values()) p.resolve({ id: p.message.id, ok: false, error: 'The connection is closed.' });
    this.pending.clear();
    const room = this.room;
    this.room = null;
    if (room) room.leave(true).catch(() => {});
    this.setStatus('closed');
  }

  private transmit(type: string, message: Record<string, unknown>): void {
    const p = this.pending.get(message.id as string);
    if (p) p.sentAt = Date.now();
    if (this.room && this.status === 'open') {
      try {
        this.room.send(type, message);
      } catch {
        /* sent again after the reconnect */
      }
    }
  }

  private tick(): void {
    const now = Date.now();
    const resendMs = this.options.resendMs ?? 5000;
    for (const [id, p] of this.pending) {
      if (now > p.deadline) {
        this.pending.delete(id);
        p.resolve({ id, ok: false, error: 'The server did not answer. Check the connection and try again.' });
      } else if (now - p.sentAt > resendMs) this.transmit(p.type, p.message);
    }
  }

  private setStatus(s: ConnectionStatus): void {
    if (this.status === s) return;
    this.status = s;
    for (const l of [...this.statusListeners]) l(s);
  }

  private async join(first: boolean): Promise<Result<void>> {
    const auth = this.options.teacherKey ? { teacherKey: this.options.teacherKey } : { token: this.options.token };
    let delay = 300;
    for (let attempt = 0; !this.disposed; attempt++) {
      this.setStatus(first && attempt === 0 ? 'connecting' : 'reconnecting');
      try {
        const room = await this.sdk.joinById(this.options.code, auth);
        if (this.disposed) {
          room.leave(true).catch(() => {});
          break;
        }
        this.attach(room);
        return { ok: true, value: undefined };
      } catch (e) {
        const code = (e as { code?: number }).code;
        this.lastError = e instanceof Error ? e.message : String(e);
        // Refused for good: a wrong key or a released seat. Anything else is worth another try.
        if (code === 403 || (code === 429 && attempt > 20)) {
          this.setStatus('rejected');
          return { ok: false, error: this.lastError };
        }
      }
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(5000, Math.round(delay * 1.6));
    }
    return { ok: false, error: 'The connection is closed.' };
  }

  private attach(room: Room): void {
    this.room = room;
    // Colyseus' quick reconnection covers short drops; after a restart our token does the work.
    room.reconnection.maxRetries = 4;
    room.reconnection.minUptime = 0;
    room.onMessage('*', (type: string | number, payload: unknown) => this.receive(String(type), payload));
    room.onDrop(() => this.setStatus('reconnecting'));
    room.onReconnect(() => {
      this.setStatus('open');
      this.resendAll();
    });
    room.onLeave((code: number) => {
      if (this.room !== room || this.disposed) return;
      this.room = null;
      if (code === 4403) {
        this.setStatus('rejected');
        return;
      }
      void this.join(false);
    });
    this.setStatus('open');
    this.resendAll();
  }

  private resendAll(): void {
    for (const p of this.pending.values()) this.transmit(p.type, p.message);
  }

  private receive(type: string, raw: unknown): void {
    let payload = raw;
    if (type === MSG.state || type === MSG.teacherState) {
      payload = (this.options.readState ?? readStateText)(raw);
      if (payload === null) {
        // Nothing of it is taken: the whole state is asked for again, and the page keeps what it shows.
        this.lastError = 'The server sent a state this page could not read; it asked for the whole state again.';
        this.post(MSG.resync, {});
        return;
      }
    }
    this.options.onMessage?.(type, payload);
    if (type === MSG.ack) {
      const ack = payload as AckMessage;
      const p = this.pending.get(ack.id);
      if (p) {
        this.pending.delete(ack.id);
        p.resolve(ack);
      }
      return;
    }
    if (type === MSG.error) {
      const error = (payload as { error?: unknown }).error;
      this.lastError = typeof error === 'string' ? error : '';
    }
    for (const l of [...this.messageListeners]) l(type, payload);
  }
}

/** Joins the room; a connection that cannot join is disposed (its timers stopped) and the reason returned. */
async function openOrDispose(connection: RoomConnection): Promise<Result<void>> {
  const r = await connection.open();
  if (!r.ok) connection.dispose();
  return r;
}

/** A team's client for the game UI: its seat's view, updates, and moves sent to the server. */
export interface NetGameClient {
  readonly seat: Seat;
  readonly connection: RoomConnection;
  getView(): PlayerView | null;
  getSession(): SessionInfo | null;
  subscribe(listener: (update: ClientUpdate) => void): () => void;
  onSession(listener: (info: SessionInfo) => void): () => void;
  /** Seals a move; resolves once the server has recorded it (or refused it, with a reason). */
  send(intent: Intent): Promise<Result<void>>;
  dispose(): void;
}

export async function connectTeam(options: NetClientOptions & { token: string; seat: Seat }): Promise<Result<NetGameClient>> {
  const connection = new RoomConnection(options);
  let view: PlayerView | null = null;
  /** The version of the record `view` holds (see SeatStateMessage). */
  let record = -1;
  let session: SessionInfo | null = null;
  const listeners = new Set<(u: ClientUpdate) => void>();
  const sessionListeners = new Set<(s: SessionInfo) => void>();
  connection.onMessage((type, payload) => {
    if (type !== MSG.state) return;
    const m = payload as SeatStateMessage;
    if (!SEATS.includes(m.seat)) return;
    const prev = view;
    if (m.recordKept) {
      // The server left the record out because this connection holds it; if it does not (it
      // cannot normally happen), ask for the whole view rather than show an empty history.
      if (!prev || record !== m.record) return connection.post(MSG.resync, {});
      view = withRecordOf(m.view, prev, RECORD_FIELDS);
    } else if (m.recordTail) {
      // Only the record's new entries came, for the version this connection holds; if it holds another, the whole view.
      if (!prev || record !== m.recordTail.base) return connection.post(MSG.resync, {});
      view = withRecordTailOf(m.view, prev, RECORD_FIELDS, m.recordTail.from);
      record = m.record;
    } else {
      view = m.view;
      record = m.record;
    }
    session = m.session;
    for (const l of [...sessionListeners]) l(m.session);
    const { events, resolvedTurn } = diffEvents(prev, view);
    for (const l of [...listeners]) l({ view, events, resolvedTurn });
  });
  const r = await openOrDispose(connection);
  if (!r.ok) return r;
  return {
    ok: true,
    value: {
      seat: options.seat,
      connection,
      getView: () => view,
      getSession: () => session,
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      onSession(listener) {
        sessionListeners.add(listener);
        return () => sessionListeners.delete(listener);
      },
      async send(intent) {
        const turn = view?.turn;
        if (intent.type === 'letter.send') {
          const { to, line, text, offer } = intent.letter;
          const ack = await connection.request(MSG_LETTER, {
            to,
            line,
            text,
            ...(offer !== undefined ? { offer } : {}),
            ...(turn ? { turn } : {}),
          });
          return ack.ok ? { ok: true, value: undefined } : { ok: false, error: ack.error };
        }
        if (intent.type !== 'move.play') return { ok: false, error: 'Unknown intent.' };
        const ack = await connection.request(MSG.intent, {
          type: 'move.play',
          move: intent.move,
          ...(intent.reason ? { reason: intent.reason.slice(0, 300) } : {}),
          ...(turn ? { turn } : {}),
          ...(intent.table ? { table: intent.table } : {}),
        });
        return ack.ok ? { ok: true, value: undefined } : { ok: false, error: ack.error };
      },
      dispose: () => connection.dispose(),
    },
  };
}

/** The teacher console's connection: the whole game, and commands. */
export interface TeacherClient {
  readonly connection: RoomConnection;
  getState(): TeacherStateMessage | null;
  subscribe(listener: (state: TeacherStateMessage) => void): () => void;
  command(body: Record<string, unknown> & { action: string }): Promise<AckMessage>;
  dispose(): void;
}

export async function connectTeacher(options: NetClientOptions & { teacherKey: string }): Promise<Result<TeacherClient>> {
  const connection = new RoomConnection(options);
  let state: TeacherStateMessage | null = null;
  const listeners = new Set<(s: TeacherStateMessage) => void>();
  connection.onMessage((type, payload) => {
    if (type !== MSG.teacherState) return;
    const { actionsFrom, ...m } = payload as TeacherStateMessage;
    // The action log's entries before `actionsFrom` are those this console holds.
    if (actionsFrom !== undefined && (!state || state.actions.length < actionsFrom)) return connection.post(MSG.resync, {});
    const actions = actionsFrom !== undefined && state ? [...state.actions.slice(0, actionsFrom), ...m.actions] : m.actions;
    if (m.recordKept) {
      // As for a team (connectTeam): the record left out is the one this console holds.
      if (!state || state.record !== m.record) return connection.post(MSG.resync, {});
      state = { ...m, actions, view: withRecordOf(m.view, state.view, TEACHER_RECORD_FIELDS) };
    } else if (m.recordTail) {
      if (!state || state.record !== m.recordTail.base) return connection.post(MSG.resync, {});
      state = { ...m, actions, view: withRecordTailOf(m.view, state.view, TEACHER_RECORD_FIELDS, m.recordTail.from) };
    } else state = { ...m, actions };
    for (const l of [...listeners]) l(state);
  });
  const r = await openOrDispose(connection);
  if (!r.ok) return r;
  return {
    ok: true,
    value: {
      connection,
      getState: () => state,
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      command: (body) => connection.request(MSG.teacher, body),
      dispose: () => connection.dispose(),
    },
  };
}
