/**
 * The load of `npm run bench:classroom` (classroom.ts), shared by its one-process and
 * several-process runs (classroomCluster.ts): sessions of bot students and a teacher over real
 * WebSockets, every accepted intent sent a second time with the same id, each intent's
 * intent-to-ack latency, and every finished session's save checked against the acknowledgements.
 */
import { chooseMove } from '../src/bots/choose';
import { parseSave } from '../src/codec/save';
import { logReason } from '../src/i18n/log';
import { SEATS } from '../src/model/types';
import { createSession, joinSession } from '../src/net/api';
import { connectTeacher, connectTeam, type NetGameClient, type TeacherClient } from '../src/net/client';
import { MSG, newActionId } from '../src/net/protocol';
import { readStateText } from '../src/net/states';

export interface LoadSettings {
  students: number;
  think: number;
}
const BOTS = ['hawk', 'dove', 'dealmaker', 'random'];
let settings: LoadSettings = { students: 5, think: 1500 };
export function configureLoad(s: LoadSettings): void {
  settings = s;
}

export const latencies: number[] = [];
/** Each answered intent: when it was sent (ms, Date.now()), how long its answer took, and its session. */
export const samples: { at: number; ms: number; code: string }[] = [];
export const counts = { refusedExpected: 0, refusedOther: 0, duplicatesOk: 0, duplicatesBad: 0 };
export const refusedReasons = new Map<string, number>();
/** Intents sent and not yet answered, per session: its clients are closed only once this is 0. */
export const inFlight = new Map<string, number>();
export const acked = new Map<string, Set<string>>(); // code -> "turn/seat/move"
export const finished: { code: string; key: string }[] = [];

export function pct(sorted: number[], p: number): number {
  return sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number) : NaN;
}

/**
 * The bench's devices share one reading of a state's text. The five devices of a team receive the
 * same bytes, and each would parse them on its own device, not on the cores the servers run on;
 * here one parse serves all five (the client never changes a view, so sharing one is safe). What
 * the servers do is unchanged: every device still gets, and acknowledges, its own messages.
 */
const readings = new Map<string, Record<string, unknown> | null>();
function sharedReading(payload: unknown): Record<string, unknown> | null {
  if (typeof payload !== 'string') return readStateText(payload);
  let r = readings.get(payload);
  if (r === undefined) {
    r = readStateText(payload);
    readings.set(payload, r);
    // The texts of the last few flushes are enough: a team's devices get a flush's text together.
    if (readings.size > 512) readings.delete(readings.keys().next().value as string);
  }
  return r;
}

function student(client: NetGameClient, code: string, bot: string, until: number): void {
  let busyTurn = 0;
  const consider = () => {
    const view = client.getView();
    const session = client.getSession();
    if (
      !view ||
      !session ||
      session.status !== 'playing' ||
      view.pending ||
      !view.legal.length ||
      busyTurn === view.turn ||
      Date.now() > until
    )
      return;
    busyTurn = view.turn;
    setTimeout(
      () => {
        const now = client.getView();
        if (!now || now.turn !== view.turn || now.pending || !now.legal.length) return;
        const choice = chooseMove(now, bot);
        const id = newActionId('b');
        const body = { id, type: 'move.play', move: choice.move, reason: logReason(choice.reason), turn: now.turn };
        const t0 = performance.now();
        const sentAt = Date.now();
        inFlight.set(code, (inFlight.get(code) ?? 0) + 1);
        void client.connection.request(MSG.intent, body).then(async (ack) => {
          const ms = performance.now() - t0;
          latencies.push(ms);
          samples.push({ at: sentAt, ms, code });
          try {
            if (!ack.ok) {
              if (/already chosen|already over|game is over|paused/.test(ack.error)) counts.refusedExpected++;
              else {
                counts.refusedOther++;
                refusedReasons.set(ack.error, (refusedReasons.get(ack.error) ?? 0) + 1);
              }
              return;
            }
            acked.get(code)!.add(`${now.turn}/${client.seat}/${choice.move}`);
            const again = await client.connection.request(MSG.intent, body);
            if (again.ok && 'duplicate' in again && again.duplicate) counts.duplicatesOk++;
            else counts.duplicatesBad++;
          } finally {
            inFlight.set(code, (inFlight.get(code) ?? 1) - 1);
          }
        });
      },
      Math.random() * settings.think * 2,
    );
  };
  client.subscribe(consider);
  client.onSession(consider);
}

/** Errors that ended a slot's session early (the server unreachable, a join refused), by message. */
export const slotErrors = new Map<string, number>();

export async function runSlot(url: string, slot: number, until: number): Promise<void> {
  while (Date.now() < until) {
    const clients: { dispose: () => void }[] = [];
    try {
      await playSession(url, slot, until, clients);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      slotErrors.set(message, (slotErrors.get(message) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 1000));
    } finally {
      for (const c of clients) c.dispose();
    }
  }
}

async function playSession(url: string, slot: number, until: number, clients: { dispose: () => void }[]): Promise<void> {
  const created = await createSession(url, {
    seats: { us: 'human', dprk: 'human', rok: 'human' },
    turnSeconds: 0,
    seed: 1000 + slot * 97 + finished.length,
    // The teacher starts the game once every student has joined, as in a lesson.
    autoStart: false,
  });
  if (!created.ok) throw new Error(created.error);
  const { code, teacherKey } = created.value;
  acked.set(code, new Set());
  const teacher = await connectTeacher({ baseUrl: url, code, teacherKey });
  if (!teacher.ok) throw new Error(teacher.error);
  clients.push(teacher.value);
  for (const seat of SEATS) {
    // The first student founds the team and gets its PIN; teammates join with it.
    let pin: string | undefined;
    for (let s = 0; s < settings.students; s++) {
      const j = await joinSession(url, code, `Team ${seat}`, seat, pin ? { pin } : {});
      if (!j.ok) throw new Error(j.error);
      pin ??= j.value.pin;
      const c = await connectTeam({ baseUrl: url, code, token: j.value.token, seat: j.value.seat, readState: sharedReading });
      if (!c.ok) throw new Error(c.error);
      clients.push(c.value);
      student(c.value, code, BOTS[(slot + s) % BOTS.length] as string, until);
    }
  }
  const started = await teacher.value.command({ id: newActionId('t'), action: 'start' });
  if (!started.ok) throw new Error(started.error);
  await waitEnd(teacher.value, code, until);
  finished.push({ code, key: teacherKey });
}

/**
 * Resolves when the game has ended (or the run is over) and every intent sent in it has its
 * answer, so no client is closed while the server's acknowledgement is on its way.
 */
function waitEnd(teacher: TeacherClient, code: string, until: number): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      const over = teacher.getState()?.session.status === 'ended' || Date.now() > until + 5000;
      if (over && (inFlight.get(code) ?? 0) === 0) {
        clearInterval(timer);
        resolve();
      }
    };
    const timer = setInterval(check, 200);
  });
}

/** The load's refusals, resends and what the saves showed, as both reports print them. */
export function outcomeReport(saves: { lost: number; extra: number; doubled: number }) {
  return {
    refusedAsExpected: counts.refusedExpected,
    refusedOtherwise: counts.refusedOther,
    ...(refusedReasons.size ? { refusedOtherwiseReasons: Object.fromEntries(refusedReasons) } : {}),
    ...(slotErrors.size ? { sessionErrors: Object.fromEntries(slotErrors) } : {}),
    resendsAnsweredAsDuplicate: counts.duplicatesOk,
    resendsNotDuplicate: counts.duplicatesBad,
    lost: saves.lost,
    appliedTwice: saves.doubled,
    appliedWithoutAck: saves.extra,
  };
}

/** Every finished session's save (read through `url`) against the acknowledgements; `ended`: the sessions whose save has a result. */
export async function checkSaves(
  url: string,
): Promise<{ lost: number; extra: number; doubled: number; actions: number; games: number; ended: Set<string> }> {
  let lost = 0;
  let extra = 0;
  let doubled = 0;
  let actions = 0;
  const ended = new Set<string>();
  for (const [code, set] of acked) {
    const key = finished.find((f) => f.code === code)?.key;
    if (!key) continue;
    const res = await fetch(`${url}/api/sessions/${code}/save`, { headers: { authorization: `Bearer ${key}` } });
    const save = parseSave(await res.text());
    if (!save.ok) throw new Error(save.error);
    if (save.value.result) ended.add(code);
    const saved = save.value.actions.map((a) => `${a.turn}/${a.seat}/${a.move}`);
    const seen = new Set<string>();
    for (const k of saved) {
      if (seen.has(k)) doubled++;
      seen.add(k);
      if (!set.has(k)) extra++;
    }
    for (const k of set) if (!seen.has(k)) lost++;
    actions += saved.length;
  }
  return { lost, extra, doubled, actions, games: ended.size, ended };
}
