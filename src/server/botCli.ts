/**
 * `npm run classroom:bot -- --url URL --code CODE --seat SEAT --bot NAME [--team NAME] [--record FILE]`
 *
 * Joins a classroom session as a team played by a bot, plays until the game ends, and exits 0.
 * With --record, every message received is appended to FILE as one JSON line
 * (`{"at": ms, "type": "...", "payload": ...}`). Exits 2 on a bad flag, 1 when the server
 * refuses the team.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { BOT_NAMES, isBotName } from '../bots/personalities';
import { SEATS, type Seat } from '../model/types';
import { joinSession } from '../net/api';
import { runBotTeam } from '../net/botTeam';
import { connectTeam } from '../net/client';
import { normalizeCode } from '../net/protocol';

const USAGE = `usage: npm run classroom:bot -- --url http://127.0.0.1:8080 --code CODE --seat us|dprk|rok --bot ${BOT_NAMES.join('|')} [--team NAME] [--record FILE] [--think MS]`;

function fail(message: string, code = 2): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(code);
}

const args: Record<string, string> = {};
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const m = /^--(url|code|seat|bot|team|record|think)(?:=(.*))?$/.exec(argv[i] ?? '');
  if (!m) fail(`Unknown option ${argv[i]}`);
  const v = m[2] ?? argv[++i];
  if (v === undefined) fail(`--${m[1]} needs a value`);
  args[m[1] as string] = v;
}
const url = (args.url ?? '').replace(/\/+$/, '');
if (!/^https?:\/\/[^/]+$/.test(url)) fail('--url must be the server’s http address, e.g. http://127.0.0.1:8080');
const code = normalizeCode(args.code ?? '');
if (!code) fail('--code is required');
const seat = args.seat as Seat;
if (!SEATS.includes(seat)) fail('--seat must be us, dprk or rok');
const bot = args.bot ?? '';
if (!isBotName(bot)) fail(`--bot must be one of ${BOT_NAMES.join(', ')}`);
const think = Number(args.think ?? 0);
const record = args.record;
if (record) writeFileSync(record, '');

const joined = await joinSession(url, code, args.team ?? `Bot ${seat}`, seat);
if (!joined.ok) fail(`The server refused the team: ${joined.error}`, 1);
if (joined.value.seat !== seat) console.error(`Seat ${seat} was taken; playing ${joined.value.seat} instead.`);
const client = await connectTeam({
  baseUrl: url,
  code,
  token: joined.value.token,
  seat: joined.value.seat,
  ...(record
    ? { onMessage: (type: string, payload: unknown) => appendFileSync(record, `${JSON.stringify({ at: Date.now(), type, payload })}\n`) }
    : {}),
});
if (!client.ok) fail(`Could not connect: ${client.error}`, 1);
console.log(`Playing ${joined.value.seat} in session ${code} as "${joined.value.team}" (${bot}).`);
const final = await runBotTeam(client.value, { bot, thinkMs: think });
client.value.dispose();
if (final?.ending) {
  const r = final.results?.[joined.value.seat];
  console.log(`The game ended: ${final.ending}${r ? `; ${joined.value.seat} scored ${r.score} (${r.verdict})` : ''}.`);
} else console.log('The session ended.');
process.exit(0);
