/**
 * The saved-games part of the automation contract (docs/automation.md): the current state's hash
 * (the CLI's), the current game's save file, importing a save (which opens the viewer), and moving
 * the viewer's cursor.
 */
import { makeSave } from '../../codec/save';
import type { SaveLibrary } from './library';
import { letterRow } from '../screens/letters';
import { monthLetters } from './viewModels';

export interface SavesAutomation {
  /**
   * The state hash of what is on screen: the month at the replay viewer's cursor while the viewer
   * is open (the CLI's `replay FILE --to N`), else the game in progress; null when there is neither.
   */
  hash(): string | null;
  /** The game in progress as save file text (else the game in the viewer); null when there is none. */
  exportSave(): string | null;
  /** Imports save file text; on success the replay viewer opens it. Nothing changes on failure. */
  importSave(text: string): { ok: true } | { ok: false; error: string };
  replay: {
    /** Moves the viewer's cursor to month `turn` (clamped); returns the month shown, or null without a viewer. */
    seek(turn: number): number | null;
    /** The viewer's cursor, or null. */
    turn(): number | null;
    /** The last month of the game in the viewer, or null. */
    last(): number | null;
    /**
     * The letters the viewer shows for its month in its perspective (the ReplayLetters overlay):
     * written in the month or exposed by a leak in it; null without a viewer.
     */
    letters(): { id: number; turn: number; from: string; to: string; line: string; text: string; leakedOn: number | null }[] | null;
  };
}

export interface SavesAutomationDeps {
  library: SaveLibrary;
  /** The hash of the game in progress, or null. */
  currentHash(): string | null;
  /** The scene on screen, to know whether the viewer is showing. */
  scene(): string;
  /** Imports through the UI (which shows a refusal and opens the viewer on success). */
  importText(text: unknown): { ok: true } | { ok: false; error: string };
}

export function savesAutomation(d: SavesAutomationDeps): SavesAutomation {
  const viewing = () => (d.scene() === 'Replay' ? d.library.replay : null);
  return {
    hash() {
      const r = viewing();
      if (r) return r.hash();
      return d.currentHash() ?? d.library.replay?.hash() ?? null;
    },
    exportSave() {
      const g = d.library.currentSave();
      if (g) return makeSave(g);
      const r = d.library.replay;
      return r ? makeSave(r.timeline.save) : null;
    },
    importSave(text) {
      if (typeof text !== 'string') return { ok: false, error: 'This is not a save file: expected text.' };
      return d.importText(text);
    },
    replay: {
      seek: (turn) => d.library.replay?.seek(turn) ?? null,
      turn: () => d.library.replay?.cursor ?? null,
      last: () => d.library.replay?.last ?? null,
      letters() {
        const r = d.library.replay;
        if (!r) return null;
        return monthLetters(r.view(), r.cursor).map(letterRow);
      },
    },
  };
}
