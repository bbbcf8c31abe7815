/**
 * The Colyseus room: a thin shell around one ClassroomSession. It authenticates each connection
 * (a team member's token or the teacher's key), validates every message with zod, passes
 * intents and commands to the session, and sends each connection only what its role may see:
 * a team its own seat's view, the teacher everything. Views travel as JSON messages, never as
 * Schema state, so no secret ever sits in a structure shared between clients.
 *
 * Colyseus provides the transport, seat reservations and short reconnections (a dropped socket
 * has RECONNECT_SECONDS to come back with its reconnection token); a refresh or a server restart
 * simply joins again with the same team token, which maps to the same seat.
 */
import {
  Protocol,
  Room,
  ServerError,
  getMessageBytes,
  type AuthContext,
  type Client,
  type RoomException,
  type RoomMethodName,
} from '@colyseus/core';
import type { Seat } from '../model/types';
import { MSG_MEMO, memoSchema } from '../net/course';
import { MSG_LETTER, letterMessageProblem, letterMessageSchema } from '../net/letters';
import {
  MSG,
  intentSchema,
  roomJoinSchema,
  teacherCommandSchema,
  type AckMessage,
  type SeatStateMessage,
  type TeacherStateMessage,
} from '../net/protocol';
import { stateText } from '../net/states';
import type { SessionHub } from './hub';
import { STORE_DOWN } from './storeTypes';
import type { ClassroomSession } from './session';

export const ROOM_NAME = 'quiet';
/** How long a dropped connection keeps its place before it must join again with its token. */
export const RECONNECT_SECONDS = 20;

export interface RoomBinding {
  hub: SessionHub;
  joinUrl: (code: string) => string;
  /** Counts a failed login against an address; false once over the limit. */
  noteAuthFailure: (ip: string) => boolean;
  /** With several processes (cluster.ts): this process's own address, listed with its rooms for requests passed on to it. */
  internalUrl?: string;
}

let binding: RoomBinding | null = null;

/** Connects the room type to this process's sessions (one classroom server per process). */
export function bindRooms(b: RoomBinding | null): void {
  binding = b;
}

/**
 * `record`: the version of its seat's record this connection holds (see ClassroomSession.recordVersion);
 * `actions`: how many of the action log's entries a teacher's connection holds.
 */
type Member =
  | { role: 'team'; seat: Seat; token: string; counted: boolean; record?: number }
  | { role: 'teacher'; counted: boolean; record?: number; actions?: number };

function ipOf(context: AuthContext): string {
  return Array.isArray(context.ip) ? String(context.ip[0] ?? '') : String(context.ip ?? '');
}

export class QuietRoom extends Room {
  override maxMessagesPerSecond = 30;
  override autoDispose = false;
  private session!: ClassroomSession;
  private unsubscribe: (() => void) | null = null;
  private dirty = false;
  private scheduled = false;

  override onCreate(options: { code?: unknown }): void {
    const code = typeof options.code === 'string' ? options.code : '';
    const session = binding?.hub.get(code);
    if (!session) throw new ServerError(404, 'no such session');
    this.roomId = code;
    this.session = session;
    if (binding?.internalUrl) void this.setMetadata({ at: binding.internalUrl }, false);
    this.setPatchRate(null);
    this.unsubscribe = session.subscribe(() => this.markDirty());

    this.onMessage(MSG.intent, (client: Client, message: unknown) => {
      const member = client.userData as Member | undefined;
      const parsed = intentSchema.safeParse(message);
      if (!parsed.success)
        return this.reply(client, {
          id: idOf(message),
          ok: false,
          error: `Invalid message: ${parsed.error.issues[0]?.message ?? 'bad shape'}`,
        });
      if (member?.role !== 'team') return this.reply(client, { id: parsed.data.id, ok: false, error: 'Only a team can play a move.' });
      const ack = this.session.play(
        member.seat,
        parsed.data.id,
        parsed.data.move,
        parsed.data.reason ?? '',
        parsed.data.turn,
        parsed.data.table,
      );
      this.reply(client, ack);
    });
    this.onMessage(MSG.teacher, (client: Client, message: unknown) => {
      const member = client.userData as Member | undefined;
      const parsed = teacherCommandSchema.safeParse(message);
      if (!parsed.success)
        return this.reply(client, {
          id: idOf(message),
          ok: false,
          error: `Invalid message: ${parsed.error.issues[0]?.message ?? 'bad shape'}`,
        });
      if (member?.role !== 'teacher') return this.reply(client, { id: parsed.data.id, ok: false, error: 'Only the teacher can do this.' });
      this.reply(client, this.session.command(parsed.data));
    });
    this.onMessage(MSG_MEMO, (client: Client, message: unknown) => {
      const member = client.userData as Member | undefined;
      const parsed = memoSchema.safeParse(message);
      if (!parsed.success) return this.reply(client, { id: idOf(message), ok: false, error: 'Invalid memo: at most 1,200 characters.' });
      if (member?.role !== 'team') return this.reply(client, { id: parsed.data.id, ok: false, error: 'Only a team can send a memo.' });
      this.reply(client, this.session.memo(member.seat, parsed.data.id, parsed.data.turn, parsed.data.text));
    });
    this.onMessage(MSG_LETTER, (client: Client, message: unknown) => {
      const member = client.userData as Member | undefined;
      const parsed = letterMessageSchema.safeParse(message);
      if (!parsed.success) return this.reply(client, { id: idOf(message), ok: false, error: letterMessageProblem(parsed.error.issues) });
      if (member?.role !== 'team') return this.reply(client, { id: parsed.data.id, ok: false, error: 'Only a team can send a letter.' });
      this.reply(client, this.session.letter(member.seat, parsed.data));
    });
    this.onMessage(MSG.resync, (client: Client) => this.whenDurable(() => this.sendState(client)));
    this.onMessage('*', (client: Client, type: string | number, message: unknown) => {
      this.reply(client, { id: idOf(message), ok: false, error: `Unknown message type "${String(type).slice(0, 40)}".` });
    });
  }

  override onAuth(_client: Client, options: unknown, context: AuthContext): Member {
    const parsed = roomJoinSchema.safeParse(options);
    const fail = (message: string): never => {
      if (binding && !binding.noteAuthFailure(ipOf(context))) throw new ServerError(429, 'Too many failed attempts; wait a minute.');
      throw new ServerError(403, message);
    };
    if (!parsed.success) return fail('Join with a team token or the teacher key.');
    if ('teacherKey' in parsed.data) {
      if (!binding?.hub.isTeacher(this.session.code, parsed.data.teacherKey)) return fail('Wrong teacher key.');
      return { role: 'teacher', counted: false };
    }
    const who = this.session.authenticate(parsed.data.token);
    if (!who) return fail('This device is no longer part of a team in this session. Join again.');
    return { role: 'team', seat: who.seat, token: parsed.data.token, counted: false };
  }

  override onJoin(client: Client): void {
    client.userData = client.auth as Member;
    this.count(client, true);
    this.whenDurable(() => this.sendState(client));
  }

  override onDrop(client: Client): void {
    this.count(client, false);
    this.allowReconnection(client, RECONNECT_SECONDS).catch(() => {
      /* it will join again with its token */
    });
  }

  override onReconnect(client: Client): void {
    this.count(client, true);
    this.whenDurable(() => this.sendState(client));
  }

  override onLeave(client: Client): void {
    this.count(client, false);
  }

  override onDispose(): void {
    this.unsubscribe?.();
  }

  /** Colyseus' hook: an exception in one room's handler is logged here and never reaches the process. */
  override onUncaughtException(error: RoomException, method: RoomMethodName): void {
    console.error(`[classroom] session ${this.roomId}: ${method} failed:`, error.cause ?? error);
  }

  private count(client: Client, on: boolean): void {
    const member = client.userData as Member | undefined;
    if (!member || member.counted === on) return;
    member.counted = on;
    if (member.role === 'team') this.session.setConnected(member.seat, on ? 1 : -1);
  }

  private reply(client: Client, ack: AckMessage): void {
    // Once it is on disk: state first, then the answer (a client that awaits its ack already has the new view).
    // If it cannot be stored (the database was lost), the answer says so: nothing of it was kept.
    this.whenDurable(
      () => {
        this.flush();
        client.send(MSG.ack, ack);
      },
      () => client.send(MSG.ack, { id: ack.id, ok: false, error: STORE_DOWN }),
    );
  }

  /** Runs `send` once every change so far is committed (see store.ts): nobody sees or is told of what is not durable. */
  private whenDurable(send: () => void, failed: () => void = () => {}): void {
    const durable = binding?.hub.store.durable?.();
    // What a group that fails to commit changed is never sent (the store reports it; see storeTypes.ts).
    if (durable) durable.then(send, failed);
    else send();
  }

  private sendState(client: Client): void {
    const member = client.userData as Member | undefined;
    if (!member) return;
    if (member.role === 'teacher') {
      const message = this.session.teacherMessage(binding?.joinUrl(this.session.code) ?? '');
      member.record = message.record;
      member.actions = message.actions.length;
      return client.send(MSG.teacherState, stateText(message));
    }
    // A (re)joined connection gets the whole view, record included.
    const message = this.session.seatMessage(member.seat);
    member.record = message.record;
    client.send(MSG.state, stateText(message));
  }

  private markDirty(): void {
    this.dirty = true;
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() =>
      this.whenDurable(() => {
        this.scheduled = false;
        this.flush();
      }),
    );
  }

  /**
   * Sends every connection its new state: one encoding per seat (and per whether its record is
   * needed), shared by the seat's devices.
   */
  private flush(): void {
    if (!this.dirty) return;
    this.dirty = false;
    const encoded = new Map<string, Uint8Array>();
    const bytesFor = (key: string, type: string, make: () => SeatStateMessage | TeacherStateMessage): Uint8Array => {
      let bytes = encoded.get(key);
      if (!bytes) {
        // getMessageBytes writes into a shared buffer: copy before the next encoding reuses it.
        bytes = Uint8Array.from(getMessageBytes.raw(Protocol.ROOM_DATA, type, stateText(make())));
        encoded.set(key, bytes);
      }
      return bytes;
    };
    for (const client of this.clients) {
      const member = client.userData as Member | undefined;
      if (!member) continue;
      if (member.role === 'teacher') {
        // The teacher's record too travels only when it changed (the console keeps its copy), and then only its new entries;
        // so does the action log: the entries after those the connection holds.
        const held = member.record;
        const send = this.session.recordToSend('all', held);
        const joinUrl = binding?.joinUrl(this.session.code) ?? '';
        const actions = member.actions;
        client.enqueueRaw(
          bytesFor(`teacher:${send}:${actions ?? 'all'}`, MSG.teacherState, () =>
            this.session.teacherMessage(joinUrl, send === 'whole' ? undefined : held, actions),
          ),
        );
        member.record = this.session.recordVersion('all');
        member.actions = this.session.actionCount();
        continue;
      }
      if (!this.session.authenticate(member.token)) {
        client.send(MSG.error, { error: 'The teacher released your seat. Join again to take part.' });
        client.leave(4403);
        continue;
      }
      // The record travels only to connections that do not hold its current version: its new
      // entries to those holding the version before, all of it to the others.
      const held = member.record;
      const send = this.session.recordToSend(member.seat, held);
      client.enqueueRaw(
        bytesFor(`seat:${member.seat}:${send}`, MSG.state, () =>
          this.session.seatMessage(member.seat, send === 'whole' ? undefined : held),
        ),
      );
      member.record = this.session.recordVersion(member.seat);
    }
  }
}

function idOf(message: unknown): string {
  const id = typeof message === 'object' && message !== null ? (message as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id.slice(0, 64) : '';
}
