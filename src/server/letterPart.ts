/**
 * A session's letters (issue 11): which letter messages and teacher commands it takes, as the log
 * entries they become, and whether letters are on. The letters themselves are the game's: the
 * runner keeps them beside the state and `playerView` shows each seat only those it may read, so
 * a seat's messages carry no other letters. Pure apart from `on`, which the log's entries set.
 */
import type { SaveFile } from '../codec/save';
import type { GameRunner } from '../engine/runner';
import { cleanLetterText } from '../model/letters';
import type { Seat } from '../model/types';
import type { PlayerView } from '../model/view';
import type { LetterMessage } from '../net/letters';
import type { SessionStatus, TeacherCommand } from '../net/protocol';
import type { EntryBody, LogEntry, SessionConfig } from './entries';

export class LetterPart {
  /** Whether teams may send letters now: the session's setting, then the teacher's last switch. */
  on: boolean;

  constructor(
    config: Pick<SessionConfig, 'letters'>,
    private readonly runner: GameRunner,
  ) {
    this.on = config.letters !== false;
  }

  /** A team's letter as the entry it becomes, or why not (a sentence for the team). */
  letter(seat: Seat, m: LetterMessage, status: SessionStatus, turn: number, controller: string): EntryBody | string {
    if (!this.on) return 'Your teacher has turned letters off.';
    if (status !== 'playing' && status !== 'paused') return status === 'lobby' ? 'The game has not started yet.' : 'The game is over.';
    if (controller !== 'human') return 'A bot plays this seat now.';
    if (m.turn !== undefined && m.turn !== turn) return 'That month is already over: write again.';
    const text = cleanLetterText(m.text);
    const draft = { to: m.to, line: m.line, text, ...(m.offer !== undefined ? { offer: m.offer } : {}) };
    const why = this.runner.whyLetter(seat, draft);
    return why ? `You cannot send this letter: ${why}.` : { kind: 'letter', seat, turn, ...draft };
  }

  /** A teacher's letter command as its entry, or why not; null for a command that is not about letters. */
  command(cmd: TeacherCommand): EntryBody | string | null {
    if (cmd.action === 'letters')
      return cmd.on === this.on ? `Letters are already ${cmd.on ? 'on' : 'off'}.` : { kind: 'letters', on: cmd.on };
    if (cmd.action !== 'hideLetter') return null;
    const letter = this.runner.letters().find((l) => l.id === cmd.letter);
    if (!letter) return `There is no letter ${cmd.letter}.`;
    return letter.hidden ? 'This letter is already hidden.' : { kind: 'hideLetter', letter: cmd.letter };
  }

  /** Applies a logged entry (live and during a restore alike); an error when the game refuses it. */
  apply(e: LogEntry, turn: number): string | null {
    if (e.kind === 'letters') this.on = e.on;
    if (e.kind === 'hideLetter') {
      const r = this.runner.hideLetter(e.letter);
      return r.ok ? null : r.error;
    }
    if (e.kind !== 'letter') return null;
    if (e.turn !== turn) return `the letter is for month ${e.turn}, the game is in month ${turn}`;
    const r = this.runner.sendLetter(e.seat, {
      to: e.to,
      line: e.line,
      text: e.text,
      ...(e.offer !== undefined ? { offer: e.offer } : {}),
    });
    return r.ok ? null : r.error;
  }
}

/**
 * A save for the teams' debrief: letters the teacher hid are left out (and the rest numbered
 * 1, 2, 3 … again, as a save's letters must be), so a hidden letter's text never reaches a team.
 */
export function saveWithoutHidden(save: SaveFile): SaveFile {
  if (!save.letters?.some((l) => l.hidden)) return save;
  const { letters, ...rest } = save;
  const kept = letters.filter((l) => !l.hidden).map((l, i) => ({ ...l, id: i + 1 }));
  return kept.length ? { ...rest, letters: kept } : rest;
}

/** A view for the teams: the letters the teacher hid left out. */
export function viewWithoutHidden(view: PlayerView): PlayerView {
  return view.letters?.some((l) => l.hidden) ? { ...view, letters: view.letters.filter((l) => !l.hidden) } : view;
}
