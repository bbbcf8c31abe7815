import { createActor, transition } from 'xstate';
import { gameMachine } from '../src/machine/gameMachine';
import { playBotGame, createGame } from '../src/engine/runner';
import { chooseMove } from '../src/bots/choose';
import { playerView } from '../src/model/view';
import { SEATS } from '../src/model/types';
const g = createGame({ seed: 5 });
for (let i = 0; i < 8 && !g.ended(); i++) g.stepBots();
const s = g.state();
console.log(s.turn, s.tracks);
const value = { playing: { negotiation: s.tracks.negotiation, seoul: s.tracks.seoul, ukraine: s.tracks.ukraine, cabinet: s.tracks.cabinet, turn: 'planning' } };
let snap = gameMachine.resolveState({ value, context: s });
console.log(snap.value, snap.status);
const t0 = performance.now();
let months = 0;
for (let r = 0; r < 200; r++) {
  snap = gameMachine.resolveState({ value, context: s });
  for (let m = 0; m < 10 && snap.status === 'active'; m++) {
    for (const seat of SEATS) {
      const c = chooseMove(playerView(snap.context, seat, { brief: true }), 'dealmaker');
      [snap] = transition(gameMachine, snap, { type: 'move.play', seat, move: c.move, reason: c.reason });
      if (snap.status !== 'active') break;
    }
    months++;
  }
}
const dt = performance.now() - t0;
console.log('months', months, 'ms', dt, 'us/month', dt * 1000 / months, snap.context.turn, snap.value);
