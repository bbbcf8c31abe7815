/**
 * The classroom server's command line (`npm run classroom -- …`), parsed strictly as the other
 * CLIs do (src/cli/args.ts): unknown flags, missing values, a flag given twice and values out of
 * range are errors with a message that says what is wanted, never a guess. Pure: main.ts prints
 * the error and exits.
 */
import type { ClassroomServerOptions } from './server';
import { DEFAULT_EXPIRY } from './hub';
import { DEFAULT_LIMITS, LIMIT_FLAGS, type Limits } from './rateLimit';
import { StoreUrlError, checkStoreUrl } from './storeUrl';
import { redisOptions } from './redisUrl';

export const USAGE = `usage: npm run classroom -- [options]
  --port 8080                  port to listen on (0: any free port)
  --host 127.0.0.1             address to bind; 0.0.0.0 opens the server to the classroom network
  --data classroom-data        folder of the durable store (SQLite, the default)
  --store postgres://…         keep the durable log in PostgreSQL instead (or set QC_STORE_URL, which keeps the password out of ps)
 --redis redis://host:6379   several processes: Colyseus on this Redis, with --store the log they share (or set QC_REDIS_URL)
  --dist dist                  folder of the built game
  --public-url URL             the address students use, e.g. http://192.168.1.20:8080
  --allow-origin URL           another web origin whose pages may call the API (may repeat)
  --lobby-limit ${DEFAULT_LIMITS.lobbyPerMinute}            lobby look-ups per minute from one address
  --join-limit ${DEFAULT_LIMITS.joinPerMinute}             team joins per minute from one address
  --connect-limit ${DEFAULT_LIMITS.connectPerMinute}          room connections per minute from one address
  --create-limit ${DEFAULT_LIMITS.createPerMinute}            sessions created per minute from one address
  --auth-failure-limit ${DEFAULT_LIMITS.authFailuresPerMinute}      failed logins (keys, tokens, PINs) per minute from one address
  --expire-ended-hours ${DEFAULT_EXPIRY.endedMs / 3_600_000}      close a session this long after its game ended
  --expire-idle-hours ${DEFAULT_EXPIRY.idleMs / 3_600_000}       close a session this long after its last change
  --bot-workers N              threads in which strategist seats decide (default: cores − 1; 0: on the server's own thread)
  --trust-proxy                behind a reverse proxy on this machine (deploy/nginx): limits count the address it reports
(an expired session's log stays in the store; a whole class behind one address fits the default limits)`;

export class ServerUsageError extends Error {}

type Spec = Record<string, 'string' | 'list'>;
const SPEC: Spec = {
  port: 'string',
  host: 'string',
  data: 'string',
  store: 'string',
  redis: 'string',
  dist: 'string',
  'public-url': 'string',
  'allow-origin': 'list',
  'expire-ended-hours': 'string',
  'expire-idle-hours': 'string',
  'bot-workers': 'string',
  ...Object.fromEntries(Object.values(LIMIT_FLAGS).map((f) => [f, 'string'])),
};

function wholeNumber(flag: string, raw: string, min: number, max: number): number {
  const v = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(v) || v < min || v > max) {
    throw new ServerUsageError(`--${flag} takes a whole number from ${min} to ${max}, not "${raw}"`);
  }
  return v;
}

function origin(flag: string, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ServerUsageError(`--${flag} takes an address such as http://192.168.1.20:5173, not "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ServerUsageError(`--${flag} takes an http:// or https:// address, not "${raw}"`);
  return url.origin;
}

/** The PostgreSQL address from --store or else QC_STORE_URL, checked; none: the SQLite store. */
function storeUrl(flag: string | undefined, env: Readonly<Record<string, string | undefined>>, dataGiven: boolean): string | undefined {
  const raw = flag ?? (env['QC_STORE_URL'] || undefined);
  if (raw === undefined) return undefined;
  const from = flag !== undefined ? '--store' : 'QC_STORE_URL';
  if (dataGiven) throw new ServerUsageError(`--data names a SQLite folder and ${from} a PostgreSQL database: give one of them`);
  try {
    checkStoreUrl(raw);
  } catch (e) {
    if (e instanceof StoreUrlError) throw new ServerUsageError(`${from}: ${e.message}`);
    throw e;
  }
  return raw;
}

/** The Redis address from --redis or else QC_REDIS_URL, checked; none: one process on its own. */
function redisUrl(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  haveStore: boolean,
  port: string | undefined,
): string | undefined {
  const raw = flag ?? (env['QC_REDIS_URL'] || undefined);
  if (raw === undefined) return undefined;
  const from = flag !== undefined ? '--redis' : 'QC_REDIS_URL';
  if (!haveStore)
    throw new ServerUsageError(`${from} runs several processes on one shared log: give --store postgres://… (or QC_STORE_URL) too`);
  if (port === '0') throw new ServerUsageError(`${from}: each process needs a fixed --port (nginx sends each its own path)`);
  try {
    redisOptions(raw);
  } catch (e) {
    throw new ServerUsageError(`${from}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return raw;
}

/** The server's options from its arguments (and QC_STORE_URL from `env`); `--help` gives `{ help: true }`. Throws ServerUsageError. */
export function parseServerArgs(
  argv: readonly string[],
  cwd: (p: string) => string = (p) => p,
  env: Readonly<Record<string, string | undefined>> = {},
): { help: true } | { help: false; options: ClassroomServerOptions } {
  const flags: Record<string, string | string[]> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') return { help: true };
    if (!arg.startsWith('--')) throw new ServerUsageError(`unexpected argument "${arg}"`);
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (name === 'trust-proxy') {
      if (inline !== undefined) throw new ServerUsageError('--trust-proxy takes no value');
      if (flags[name] !== undefined) throw new ServerUsageError('--trust-proxy given twice');
      flags[name] = 'yes';
      continue;
    }
    const kind = SPEC[name];
    if (!kind) throw new ServerUsageError(`unknown flag --${name}`);
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new ServerUsageError(`--${name} needs a value`);
    if (kind === 'list') flags[name] = [...((flags[name] as string[] | undefined) ?? []), value];
    else {
      if (flags[name] !== undefined) throw new ServerUsageError(`--${name} given twice`);
      flags[name] = value;
    }
  }
  const str = (k: string) => flags[k] as string | undefined;
  const limits: Partial<Limits> = {};
  for (const [key, flag] of Object.entries(LIMIT_FLAGS) as [keyof Limits, string][]) {
    const raw = str(flag);
    if (raw !== undefined) limits[key] = wholeNumber(flag, raw, 1, 1_000_000);
  }
  const hours = (flag: string) => {
    const raw = str(flag);
    return raw === undefined ? undefined : wholeNumber(flag, raw, 1, 24 * 365) * 3_600_000;
  };
  const endedMs = hours('expire-ended-hours');
  const idleMs = hours('expire-idle-hours');
  const publicUrl = str('public-url');
  const botWorkers = str('bot-workers');
  const store = storeUrl(str('store'), env, str('data') !== undefined);
  const redis = redisUrl(str('redis'), env, store !== undefined, str('port'));
  const options: ClassroomServerOptions = {
    port: str('port') === undefined ? 8080 : wholeNumber('port', str('port') as string, 0, 65535),
    host: str('host') ?? '127.0.0.1',
    dataDir: cwd(str('data') ?? 'classroom-data'),
    ...(store !== undefined ? { storeUrl: store } : {}),
    ...(redis !== undefined ? { redisUrl: redis } : {}),
    distDir: cwd(str('dist') ?? 'dist'),
    ...(publicUrl !== undefined ? { publicUrl: origin('public-url', publicUrl) } : {}),
    allowedOrigins: ((flags['allow-origin'] as string[] | undefined) ?? []).map((o) => origin('allow-origin', o)),
    limits,
    expiry: { ...(endedMs !== undefined ? { endedMs } : {}), ...(idleMs !== undefined ? { idleMs } : {}) },
    handleSignals: true,
    ...(flags['trust-proxy'] !== undefined ? { trustProxy: true } : {}),
    ...(botWorkers !== undefined ? { botWorkers: wholeNumber('bot-workers', botWorkers, 0, 64) } : {}),
  };
  return { help: false, options };
}
