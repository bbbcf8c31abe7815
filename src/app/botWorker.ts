/**
 * The Web Worker in which slow bots (the strategist) decide: it receives a seat's player view and
 * the bot's name, and answers with the bot's move and reason. See thinker.ts.
 */
import { chooseMove } from '../bots/choose';
import type { PlayerView } from '../model/view';

interface Ask {
  id: number;
  view: PlayerView;
  bot: string;
}

self.addEventListener('message', (e: MessageEvent<Ask>) => {
  const { id, view, bot } = e.data;
  try {
    self.postMessage({ id, choice: chooseMove(view, bot) });
  } catch (err) {
    self.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
