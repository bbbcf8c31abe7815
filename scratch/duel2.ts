// usage: duel2.ts seat gamesPerProfile samples horizon margin ownBot
import { playBotGame } from '../src/engine/runner';
import { scoreGame } from '../src/model/score';
import { SEATS, type Seat } from '../src/model/types';
import * as S from '../src/bots/strategist';
const [seatArg, nArg, samples, horizon, margin, own] = process.argv.slice(2);
const seat = seatArg as Seat;
Object.assign(S.STRATEGIST_BUDGET as any, { samples: Number(samples), horizon: Number(horizon), margin: Number(margin ?? 3) });
if (own) (S.OWN_ROLLOUT_BOT as any)[seat] = own;
const n = Number(nArg);
const others = ['hawk', 'dove', 'dealmaker', 'random'];
const rest = SEATS.filter((s) => s !== seat);
const t0 = performance.now();
let sum = 0, games = 0; const ends: Record<string, number> = {};
for (let i = 0; i < n; i++) for (const a of others) for (const b of others) {
  const seats = { [seat]: 'bot:strategist', [rest[0]]: `bot:${a}`, [rest[1]]: `bot:${b}` } as any;
  const { state } = playBotGame({ seed: 7000 + i * 31 + others.indexOf(a) * 7 + others.indexOf(b), seats });
  sum += scoreGame(state)[seat].score; games++;
  ends[state.ending ?? '?'] = (ends[state.ending ?? '?'] ?? 0) + 1;
}
console.log(process.argv.slice(2).join(' '), '=>', (sum / games).toFixed(1), games, JSON.stringify(ends), ((performance.now() - t0) / 1000).toFixed(0) + 's');
