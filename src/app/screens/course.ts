/**
 * What the board says of a classroom session played over days (issue 11), from the network
 * client's `CourseStatus` (src/app/net.ts): the month's deadline for the status chip, the line
 * about the sealed move (it may change until the month resolves), End turn's label and second
 * line while the move is sealed, and the memo button and panel. Pure functions, tested without a
 * browser.
 */
import { LOCALES } from '../../i18n';
import { MAX_MEMO } from '../../net/course';
import type { Seat } from '../../model/types';
import type { CourseStatus } from '../net';
import type { LanguageId } from '../settings';
import * as T from '../text';

/** A deadline in words, short enough for the status chip: "Mon, Dec 7, 09:00". */
export function dueText(lang: LanguageId, at: number): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(at));
}

export interface CourseBoardVM {
  /** Added to the status chip instead of a countdown ("due Mon, Dec 7, 09:00"), or null. */
  due: string | null;
  /** The line under the chip about the sealed move (the chip gives the deadline), or null when nothing is sealed that may change. */
  sealedLine: string | null;
  /** End turn while a sealed move may change: its label ("Change my move") and second line; null otherwise. */
  change: { label: string; sub: string } | null;
  /** The memo button, while the teacher asks for one this month; null otherwise. */
  memo: { label: string; sub: string; sent: boolean } | null;
}

export function courseBoardVM(lang: LanguageId, c: CourseStatus): CourseBoardVM {
  const move = c.sealed ? T.moveName(lang, c.sealed) : null;
  const when = c.dueAt !== null ? dueText(lang, c.dueAt) : null;
  let sealedLine: string | null = null;
  if (move && c.changing) sealedLine = T.tr(lang, 'course.board.changing', { move });
  else if (move) sealedLine = T.tr(lang, 'course.board.sealed', { move });
  return {
    due: when ? T.tr(lang, 'course.board.due', { when }) : null,
    sealedLine,
    change: move && !c.changing ? { label: T.tr(lang, 'course.team.change'), sub: T.tr(lang, 'course.board.sealedSub', { move }) } : null,
    memo: c.memo
      ? {
          label: T.tr(lang, 'course.board.memo'),
          sub: T.tr(lang, c.memo.sent ? 'course.board.memoSent' : 'course.board.memoAsked'),
          sent: c.memo.sent,
        }
      : null,
  };
}

export interface MemoVM {
  /** "Your teacher asks for a short position memo this month:" and the seat's prompt, or why there is none. */
  ask: string;
  prompt: string;
  label: string;
  maxLength: number;
  sent: boolean;
}

export function memoVM(lang: LanguageId, seat: Seat, c: CourseStatus): MemoVM {
  return {
    ask: T.tr(lang, c.memo ? 'course.memo.ask' : 'course.board.memoNone'),
    prompt: c.memo ? c.memo.prompt || T.tr(lang, `course.memo.prompt.${seat}`) : '',
    label: T.tr(lang, 'course.board.memoLimit', { max: T.num(lang, MAX_MEMO) }),
    maxLength: MAX_MEMO,
    sent: c.memo?.sent === true,
  };
}

/** The characters-used line under the memo's text box. */
export function memoCount(lang: LanguageId, length: number): string {
  return T.tr(lang, 'course.board.memoCount', { n: T.num(lang, length), max: T.num(lang, MAX_MEMO) });
}
