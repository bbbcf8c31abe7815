import { playBotGame } from '../src/engine/runner';
import { scoreGame } from '../src/model/score';
import { SEATS, type Seat } from '../src/model/types';
const seat = (process.argv[2] ?? 'us') as Seat;
const n = Number(process.argv[3] ?? 3);
const bots = (process.argv[4] ?? 'hawk,dove,dealmaker,strategist').split(',');
const others = ['hawk', 'dove', 'dealmaker', 'random'];
const rest = SEATS.filter((s) => s !== seat);
const t0 = performance.now();
for (const bot of bots) {
  let sum = 0, games = 0; const ends: Record<string, number> = {};
  for (const a of others) for (const b of others) for (let i = 0; i < n; i++) {
    const seats = { [seat]: `bot:${bot}`, [rest[0]]: `bot:${a}`, [rest[1]]: `bot:${b}` } as any;
    const { state } = playBotGame({ seed: 7000 + i * 31 + others.indexOf(a) * 7 + others.indexOf(b), seats });
    sum += scoreGame(state)[seat].score; games++;
    ends[state.ending ?? '?'] = (ends[state.ending ?? '?'] ?? 0) + 1;
  }
  console.log(seat, bot.padEnd(11), (sum / games).toFixed(1), games, JSON.stringify(ends), ((performance.now() - t0) / 1000).toFixed(0) + 's');
}
