/**
 * `npm run bench:classroom [-- --duration 120 --sessions 20 --students 5 --think 1500 --p95-target 100]`
 *
 * Load on loopback: a classroom server in a child process, and N sessions × (3 seats × S students
 * + a teacher) of bot clients over real WebSockets for the given time. Every student of a seat
 * tries to play each month (one wins, the others are refused), and every accepted intent is sent
 * a second time with the same id (it must come back as a duplicate). When a game ends its slot
 * starts a new session. Reports p50/p95/p99 intent-to-ack latency, the server's memory, and checks
 * every session's save against the acknowledgements: no acknowledged action lost, none applied
 * twice, nothing applied that was not acknowledged. Prints each target as OK or NOT met and exits
 * 1 when any is missed.
 *
 * Where the time goes: the server runs with bench/serverProbe.ts, which reports its event-loop
 * delay, message handling, SQLite writes, flushes, month resolutions and GC pauses; the bench adds
 * each process's CPU use and the time it waited for a CPU held by another process (schedstat).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseMove } from '../src/bots/choose';
import { parseSave } from '../src/codec/save';
import { logReason } from '../src/i18n/log';
import { SEATS } from '../src/model/types';
import { createSession, joinSession } from '../src/net/api';
import { connectTeacher, connectTeam, type NetGameClient, type TeacherClient } from '../src/net/client';
import { MSG, newActionId } from '../src/net/protocol';

const argv = process.argv.slice(2);
const flag = (name: string, d: number) => {
  const i = argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(argv[i + 1]) : d;
  if (!Number.isFinite(v) || v < 0) throw new Error(`--${name} must be a number`);
  return v;
};
const DURATION = flag('duration', 120) * 1000;
const SESSIONS = flag('sessions', 20);
const STUDENTS = flag('students', 5);
const THINK = flag('think', 1500);
/** The target for the 95th percentile of intent-to-ack latency (issue 5), in ms. */
const P95_TARGET = flag('p95-target', 100);
const BOTS = ['hawk', 'dove', 'dealmaker', 'random'];

const latencies: number[] = [];
let refusedExpected = 0;
let refusedOther = 0;
const refusedReasons = new Map<string, number>();
/** Intents sent and not yet answered, per session: its clients are closed only once this is 0. */
const inFlight = new Map<string, number>();
let duplicatesOk = 0;
let duplicatesBad = 0;
const acked = new Map<string, Set<string>>(); // code -> "turn/seat/move"
const finished: { code: string; key: string }[] = [];
const rss: number[] = [];

function pct(sorted: number[], p: number): number {
  return sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number) : NaN;
}

async function startServer(): Promise<{ url: string; pid: number; stop: () => Promise<Record<string, unknown> | null>; kill: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'qc-bench-'));
  const probe = join(dir, 'probe.json');
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      './bench/serverProbe.ts',
      'src/server/main.ts',
      '--port',
      '0',
      '--data',
      dir,
      // Every client of the bench comes from 127.0.0.1: the per-address limits would refuse it.
      ...['--join-limit', '--connect-limit', '--create-limit', '--lobby-limit'].flatMap((f) => [f, '100000']),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, QC_PROBE_OUT: probe } },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve(m[1] as string);
    });
    child.on('exit', (c) => reject(new Error(`server exited ${c}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    child.kill('SIGTERM');
    await exited;
    return existsSync(probe) ? (JSON.parse(readFileSync(probe, 'utf8')) as Record<string, unknown>) : null;
  };
  return { url, pid: child.pid as number, stop, kill: () => child.kill('SIGKILL') };
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
        inFlight.set(code, (inFlight.get(code) ?? 0) + 1);
        void client.connection.request(MSG.intent, body).then(async (ack) => {
          latencies.push(performance.now() - t0);
          try {
            if (!ack.ok) {
              if (/already chosen|already over|game is over|paused/.test(ack.error)) refusedExpected++;
              else {
                refusedOther++;
                refusedReasons.set(ack.error, (refusedReasons.get(ack.error) ?? 0) + 1);
              }
              return;
            }
            acked.get(code)!.add(`${now.turn}/${client.seat}/${choice.move}`);
            const again = await client.connection.request(MSG.intent, body);
            if (again.ok && 'duplicate' in again && again.duplicate) duplicatesOk++;
            else duplicatesBad++;
          } finally {
            inFlight.set(code, (inFlight.get(code) ?? 1) - 1);
          }
        });
      },
      Math.random() * THINK * 2,
    );
  };
  client.subscribe(consider);
  client.onSession(consider);
}

/** Errors that ended a slot's session early (the server unreachable, a join refused), by message. */
const slotErrors = new Map<string, number>();

async function runSlot(url: string, slot: number, until: number): Promise<void> {
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
    for (let s = 0; s < STUDENTS; s++) {
      const j = await joinSession(url, code, `Team ${seat}`, seat, pin ? { pin } : {});
      if (!j.ok) throw new Error(j.error);
      pin ??= j.value.pin;
      const c = await connectTeam({ baseUrl: url, code, token: j.value.token, seat: j.value.seat });
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

/** CPU time (user + system) the server process has used, from /proc. */
function serverCpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  // utime and stime are fields 14 and 15 of the line, 12 and 13 after the command name.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * Seconds the process's main thread (its event loop) was ready to run but waited for a CPU (the
 * second field of /proc/PID/schedstat): time lost to the other processes on the machine.
 */
function cpuWaitSeconds(pid: number): number {
  return Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[1]) / 1e9;
}

/** The machine's load average over the last minute, sampled each second. */
const loads: number[] = [];
const clientLoop = monitorEventLoopDelay({ resolution: 5 });

const server = await startServer();
// A bench that fails half-way does not leave its server running.
process.on('exit', () => server.kill());
// The server's own limits are per address and everything here comes from 127.0.0.1.
console.log(
  `server ${server.url} (pid ${server.pid}); ${SESSIONS} sessions × (3 × ${STUDENTS} students + teacher) for ${DURATION / 1000} s, think ≤ ${THINK * 2} ms`,
);
const sampler = setInterval(() => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'));
  if (m) rss.push(Number(m[1]) / 1024);
  loads.push(Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]));
}, 1000);
const until = Date.now() + DURATION;
process.kill(server.pid, 'SIGUSR2'); // the server's probe starts measuring
const serverCpu0 = serverCpuSeconds(server.pid);
const serverWait0 = cpuWaitSeconds(server.pid);
const clientWait0 = cpuWaitSeconds(process.pid);
clientLoop.enable();
const clientCpu0 = process.cpuUsage();
const wall0 = performance.now();
await Promise.all(Array.from({ length: SESSIONS }, (_, i) => runSlot(server.url, i, until)));
clearInterval(sampler);
const wallSeconds = (performance.now() - wall0) / 1000;
process.kill(server.pid, 'SIGUSR2'); // and stops
const serverCpu = serverCpuSeconds(server.pid) - serverCpu0;
const serverWait = cpuWaitSeconds(server.pid) - serverWait0;
const clientWait = cpuWaitSeconds(process.pid) - clientWait0;
clientLoop.disable();
const clientUsage = process.cpuUsage(clientCpu0);
const clientCpu = (clientUsage.user + clientUsage.system) / 1e6;

// Every session's save against the acknowledgements.
let lost = 0;
let extra = 0;
let doubled = 0;
let actions = 0;
let games = 0;
for (const [code, set] of acked) {
  const key = finished.find((f) => f.code === code)?.key;
  if (!key) continue;
  const res = await fetch(`${server.url}/api/sessions/${code}/save`, { headers: { authorization: `Bearer ${key}` } });
  const save = parseSave(await res.text());
  if (!save.ok) throw new Error(save.error);
  if (save.value.result) games++;
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
const probe = await server.stop();
const sorted = latencies.slice().sort((a, b) => a - b);
const result = {
  sessionsPlayed: finished.length,
  gamesFinished: games,
  intents: latencies.length,
  actionsRecorded: actions,
  latencyMs: {
    p50: +pct(sorted, 50).toFixed(1),
    p95: +pct(sorted, 95).toFixed(1),
    p99: +pct(sorted, 99).toFixed(1),
    max: +(sorted.at(-1) ?? NaN).toFixed(1),
  },
  // Share of one core used over the run: where the time goes on this machine.
  cpuShare: { server: +(serverCpu / wallSeconds).toFixed(2), clients: +(clientCpu / wallSeconds).toFixed(2) },
  // Share of the run each side was ready to run but waited for a CPU that another process held.
  cpuWaitShare: { server: +(serverWait / wallSeconds).toFixed(2), clients: +(clientWait / wallSeconds).toFixed(2) },
  machineLoad: { mean: +(loads.reduce((a, b) => a + b, 0) / Math.max(1, loads.length)).toFixed(1), max: Math.max(...loads) },
  // How late the bench's own event loop ran: an ack waits for it too before its latency is taken.
  clientEventLoopDelayMs: { p99: +(clientLoop.percentile(99) / 1e6).toFixed(1), max: +(clientLoop.max / 1e6).toFixed(1) },
  server: probe,
  serverRssMb: { max: Math.round(Math.max(...rss)), last: Math.round(rss.at(-1) ?? NaN) },
  refusedAsExpected: refusedExpected,
  refusedOtherwise: refusedOther,
  ...(refusedReasons.size ? { refusedOtherwiseReasons: Object.fromEntries(refusedReasons) } : {}),
  ...(slotErrors.size ? { sessionErrors: Object.fromEntries(slotErrors) } : {}),
  resendsAnsweredAsDuplicate: duplicatesOk,
  resendsNotDuplicate: duplicatesBad,
  lost,
  appliedTwice: doubled,
  appliedWithoutAck: extra,
};
console.log(JSON.stringify(result, null, 2));
// Each target, met or not; the run fails when any is missed.
const targets: [string, boolean][] = [
  [`p95 intent-to-ack ${result.latencyMs.p95} ms ≤ ${P95_TARGET} ms`, result.latencyMs.p95 <= P95_TARGET],
  [`intents answered: ${latencies.length} > 0`, latencies.length > 0],
  [`acknowledged actions lost: ${lost}`, lost === 0],
  [`actions applied twice: ${doubled}`, doubled === 0],
  [`actions applied without an acknowledgement: ${extra}`, extra === 0],
  [`resends not answered as duplicates: ${duplicatesBad}`, duplicatesBad === 0],
  [`unexpected refusals: ${refusedOther}`, refusedOther === 0],
  [`sessions broken off by an error: ${[...slotErrors.values()].reduce((a, b) => a + b, 0)}`, slotErrors.size === 0],
];
for (const [what, met] of targets) console.log(`${met ? 'OK       ' : 'NOT met  '} ${what}`);
const missed = targets.filter(([, met]) => !met).length;
console.log(missed === 0 ? 'OK: every target met.' : `NOT met: ${missed} of ${targets.length} targets missed.`);
process.exit(missed === 0 ? 0 : 1);
