/**
 * Which sound cue a moment of play deserves. The audio layer only knows cue names; this module
 * decides them from what the engine emitted and what the month's news says.
 */
import type { GameEmitted } from '../machine/events';
import type { PlayerView } from '../model/view';
import { isLeakNews } from '../model/data/events';

export const CUES = ['card', 'event', 'leak', 'summit', 'crisis', 'ending', 'ui'] as const;
export type Cue = (typeof CUES)[number];

const CRISIS_NEWS = new Set([
  'event.insultsAndThreats',
  'event.satelliteLaunch',
  'stage.negotiation.collapsed',
  'event.nuclearDebateSurge',
]);
const SUMMIT_NEWS = new Set(['stage.negotiation.summit', 'event.summitPhotoOp', 'stage.negotiation.agreement']);

/** The single most telling cue for a resolved month (the ending cue is played by the Ending screen). */
export function cueForMonth(view: PlayerView, turn: number, events: readonly GameEmitted[]): Cue | null {
  const ids = view.news.filter((n) => n.turn === turn).map((n) => n.id);
  const movedIds = view.moves.filter((m) => m.turn === turn).map((m) => m.move);
  if (events.some((e) => e.type === 'game.ended')) return null;
  if (ids.some(isLeakNews)) return 'leak';
  if (ids.some((id) => SUMMIT_NEWS.has(id))) return 'summit';
  if (ids.some((id) => CRISIS_NEWS.has(id)) || movedIds.includes('dprk.testMissile') || view.indicators.tension >= 85) return 'crisis';
  if (ids.length > 0) return 'event';
  return null;
}

export function cueForEnding(ending: string | null): Cue {
  return ending === 'crisis' || ending === 'rupture' ? 'crisis' : 'ending';
}
