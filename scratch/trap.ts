import { chooseMove } from '../src/bots/choose';
import { planMove } from '../src/bots/strategist';
import { createInitialState } from '../src/model/state';
import { playerView } from '../src/model/view';
for (const seed of [1, 2, 3, 4, 5]) {
  const s = createInitialState({ seed, overrides: { tension: Number(process.argv[2]) }, seats: { us: 'bot:strategist', dprk: 'bot:dove', rok: 'bot:dealmaker' } });
  for (const seat of ['us', 'dprk'] as const) {
    const v = playerView(s, seat, { brief: true });
    const p = planMove(v, chooseMove);
    console.log(seed, seat, 'hawk:', chooseMove(v, 'hawk').move, 'strat:', p.move, p.forecasts.map((f) => `${f.move.split('.')[1]}:${f.meanScore.toFixed(0)}/${f.endings.crisis ?? 0}`).join(' '));
  }
}
