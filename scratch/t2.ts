import { createActor } from 'xstate';
import { gameMachine } from '../src/machine/gameMachine';
import { createGame } from '../src/engine/runner';
import { chooseMove } from '../src/bots/choose';
import { playerView } from '../src/model/view';
import { SEATS } from '../src/model/types';
const g = createGame({ seed: 5 });
for (let i = 0; i < 8 && !g.ended(); i++) g.stepBots();
const s = g.state();
const value = { playing: { negotiation: s.tracks.negotiation, seoul: s.tracks.seoul, ukraine: s.tracks.ukraine, cabinet: s.tracks.cabinet, turn: 'planning' } };
for (let rep = 0; rep < 3; rep++) {
const t0 = performance.now();
let months = 0, creates = 0;
for (let r = 0; r < 200; r++) {
  const snap = gameMachine.resolveState({ value, context: s });
  const a = createActor(gameMachine, { snapshot: snap }).start();
  creates++;
  for (let m = 0; m < 10 && a.getSnapshot().status === 'active'; m++) {
    for (const seat of SEATS) {
      const c = chooseMove(playerView(a.getSnapshot().context, seat, { brief: true }), 'dealmaker');
      a.send({ type: 'move.play', seat, move: c.move, reason: c.reason });
      if (a.getSnapshot().status !== 'active') break;
    }
    months++;
  }
  a.stop();
}
const dt = performance.now() - t0;
console.log('months', months, 'ms', dt, 'us/month', dt * 1000 / months);
}
