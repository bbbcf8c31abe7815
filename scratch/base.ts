// same seeds as duel2 for the fixed bots
import { playBotGame } from '../src/engine/runner';
import { scoreGame } from '../src/model/score';
import { SEATS, type Seat } from '../src/model/types';
const [seatArg, nArg] = process.argv.slice(2);
const seat = seatArg as Seat; const n = Number(nArg);
const others = ['hawk', 'dove', 'dealmaker', 'random'];
const rest = SEATS.filter((s) => s !== seat);
for (const bot of ['hawk', 'dove', 'dealmaker']) {
  let sum = 0, games = 0;
  for (let i = 0; i < n; i++) for (const a of others) for (const b of others) {
    const seats = { [seat]: `bot:${bot}`, [rest[0]]: `bot:${a}`, [rest[1]]: `bot:${b}` } as any;
    const { state } = playBotGame({ seed: 7000 + i * 31 + others.indexOf(a) * 7 + others.indexOf(b), seats });
    sum += scoreGame(state)[seat].score; games++;
  }
  console.log(seat, bot, (sum / games).toFixed(1), games);
}
