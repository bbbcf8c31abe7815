/**
 * A worker thread of the classroom server's bot pool (botPool.ts): it receives a seat's player
 * view and a bot's name, and answers with the move and reason the bot chooses — the same pure
 * `chooseMove` the server would run on its own thread, so the answer depends on the view only.
 */
import { parentPort } from 'node:worker_threads';
import { chooseMove } from '../bots/choose';
import type { PlayerView } from '../model/view';

export interface BotJob {
  id: number;
  view: PlayerView;
  bot: string;
}

const port = parentPort;
if (!port) throw new Error('botWorker.ts runs as a worker thread of the classroom server');
port.on('message', (job: BotJob) => {
  try {
    port.postMessage({ id: job.id, choice: chooseMove(job.view, job.bot) });
  } catch (e) {
    port.postMessage({ id: job.id, error: e instanceof Error ? e.message : String(e) });
  }
});
// Loaded and listening: the pool starts timing its first decision from here, not from its start-up.
port.postMessage({ ready: true });
