import { createGame } from '../src/engine/runner';
import { chooseMove } from '../src/bots/choose';
import { planMove } from '../src/bots/strategist';
import { playerView } from '../src/model/view';
const times: number[] = [];
for (let g = 0; g < 6; g++) {
  const game = createGame({ seed: 100 + g, seats: { us: 'bot:hawk', dprk: 'bot:dealmaker', rok: 'bot:dove' } });
  for (let i = 0; i < 2 * g && !game.ended(); i++) game.stepBots();
  if (game.ended()) continue;
  const v = playerView(game.state(), 'us', { brief: true });
  const t0 = performance.now();
  const p = planMove(v, chooseMove);
  times.push(performance.now() - t0);
  console.log(v.turn, v.tracks.negotiation, v.legal.length, p.move, (performance.now() - t0).toFixed(1), p.reason);
  console.log(p.forecasts.map((f) => `${f.move}:${f.meanScore.toFixed(1)}`).join(' '));
}
