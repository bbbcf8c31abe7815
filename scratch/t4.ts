import { createGame } from '../src/engine/runner';
import { chooseMove } from '../src/bots/choose';
import { planMove } from '../src/bots/strategist';
import { playerView } from '../src/model/view';
const views = [];
for (let g = 0; g < 20; g++) {
  const game = createGame({ seed: 100 + g, seats: { us: 'bot:hawk', dprk: 'bot:dealmaker', rok: 'bot:dove' } });
  for (let i = 0; i < (g % 10) && !game.ended(); i++) game.stepBots();
  if (!game.ended()) views.push(playerView(game.state(), (['us','dprk','rok'] as const)[g % 3], { brief: true }));
}
for (const v of views.slice(0, 5)) planMove(v, chooseMove);
const ts: number[] = [];
for (const v of views) { const t0 = performance.now(); planMove(v, chooseMove); ts.push(performance.now() - t0); }
ts.sort((a, b) => a - b);
console.log('median', ts[Math.floor(ts.length / 2)].toFixed(1), 'p95', ts[Math.floor(ts.length * 0.95)].toFixed(1));
