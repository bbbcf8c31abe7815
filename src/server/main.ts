/**
 * `npm run classroom [-- --port P --host H --data DIR --dist DIR --public-url URL]`: one process
 * that serves the built game and hosts classroom sessions. Binds 127.0.0.1 unless told otherwise;
 * `--host 0.0.0.0` opens it to the classroom network.
 */
import { resolve } from 'node:path';
import { startClassroomServer } from './server';

const USAGE = `usage: npm run classroom -- [--port 8080] [--host 127.0.0.1] [--data classroom-data] [--dist dist] [--public-url http://192.168.1.20:8080] [--join-limit 30]`;

function parseArgs(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    }
    const m = a.match(/^--(port|host|data|dist|public-url|join-limit)(?:=(.*))?$/);
    if (!m) {
      console.error(`Unknown option ${a}\n${USAGE}`);
      process.exit(2);
    }
    const value = m[2] ?? argv[++i];
    if (value === undefined) {
      console.error(`--${m[1]} needs a value\n${USAGE}`);
      process.exit(2);
    }
    out[m[1] as string] = value;
  }
  return out;
}

const args = parseArgs(process.argv.slice(2));
const port = Number(args.port ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number\n${USAGE}`);
  process.exit(2);
}

startClassroomServer({
  port,
  host: args.host ?? '127.0.0.1',
  dataDir: resolve(args.data ?? 'classroom-data'),
  distDir: resolve(args.dist ?? 'dist'),
  ...(args['public-url'] ? { publicUrl: args['public-url'] } : {}),
  // Joins per minute from one address (default 30); a whole class behind one NAT address needs more.
  ...(args['join-limit'] ? { limits: { joinPerMinute: Number(args['join-limit']), createPerMinute: Number(args['join-limit']) } } : {}),
  handleSignals: true,
}).then(
  (s) => {
    console.log(`Teacher console: ${s.url}/teacher.html`);
    if (s.publicUrl !== s.url) console.log(`Students join at: ${s.publicUrl}/join.html`);
  },
  (e: unknown) => {
    console.error(`The classroom server could not start: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
