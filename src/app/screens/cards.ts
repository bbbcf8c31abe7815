/**
 * A move card as the hand shows it: name, cost, public or secret, and the indicators it touches,
 * with as much of the effect as the difficulty lets the card preview.
 */
import { cardAnswers, type CardAnswer } from '../../model/answers';
import type { Effect } from '../../model/rules';
import type { IndicatorId, Seat } from '../../model/types';
import type { MoveOption, PlayerView } from '../../model/view';
import type { Difficulty, LanguageId } from '../settings';
import * as T from '../text';
import { polarityFor, type Polarity } from './common';

export interface TouchVM {
  id: string;
  label: string;
  /** What the difficulty allows the card to show: "+6", "▲", "•". */
  mark: string;
  dir: 1 | -1 | 0;
  /** Good (1) or bad (−1) for the player, or 0 when unknown or hidden by the difficulty. */
  tone: 1 | -1 | 0;
}

export interface CardVM {
  id: string;
  name: string;
  desc: string;
  cost: number;
  secret: boolean;
  visibilityLabel: string;
  tags: string[];
  touches: TouchVM[];
  /** News the card would bring if played now, answering a move the seat has seen (version 5). */
  answers: AnswerVM[];
  source: string;
}

export interface AnswerVM {
  /** The news' title, e.g. "Washington: Seoul breaks ranks". */
  title: string;
  touches: TouchVM[];
}

function touchesOf(
  lang: LanguageId,
  m: { effect: Effect; signal?: string },
  difficulty: Difficulty,
  pol: Record<IndicatorId, Polarity>,
): TouchVM[] {
  const out: TouchVM[] = [];
  const deltas = m.effect.deltas ?? {};
  const sorted = (Object.keys(deltas) as IndicatorId[]).sort((a, b) => Math.abs(deltas[b] ?? 0) - Math.abs(deltas[a] ?? 0));
  for (const id of sorted) {
    const d = deltas[id] ?? 0;
    if (d === 0) continue;
    const dir = d > 0 ? 1 : -1;
    const mark =
      difficulty === 'easy'
        ? T.signed(lang, d)
        : difficulty === 'normal'
          ? Math.abs(d) >= 8
            ? dir > 0
              ? '▲▲'
              : '▼▼'
            : dir > 0
              ? '▲'
              : '▼'
          : '•';
    const tone = difficulty === 'hard' ? 0 : ((dir * pol[id]) as 1 | -1 | 0);
    out.push({ id, label: T.indicatorShort(lang, id), mark, dir: difficulty === 'hard' ? 0 : dir, tone });
  }
  const e = m.effect;
  if (e.exercises)
    out.push({
      id: 'exercises',
      label: T.tr(lang, 'ui.touch.exercises'),
      mark: difficulty === 'hard' ? '•' : e.exercises > 0 ? '▲' : '▼',
      dir: difficulty === 'hard' ? 0 : e.exercises,
      tone: 0,
    });
  if (e.troops)
    out.push({
      id: 'troops',
      label: T.tr(lang, 'ui.touch.troops'),
      mark: difficulty === 'easy' ? T.signed(lang, e.troops) : difficulty === 'normal' ? (e.troops > 0 ? '▲' : '▼') : '•',
      dir: difficulty === 'hard' ? 0 : e.troops > 0 ? 1 : -1,
      tone: 0,
    });
  if (e.capital) {
    const c = Object.values(e.capital).reduce((a, b) => a + (b ?? 0), 0);
    if (c)
      out.push({
        id: 'capital',
        label: T.tr(lang, 'ui.touch.capital'),
        mark: difficulty === 'hard' ? '•' : T.signed(lang, c),
        dir: difficulty === 'hard' ? 0 : c > 0 ? 1 : -1,
        tone: difficulty === 'hard' ? 0 : c > 0 ? 1 : -1,
      });
  }
  if (e.usPosition || e.dprkPosition) out.push({ id: 'position', label: T.tr(lang, 'ui.touch.position'), mark: '•', dir: 0, tone: 0 });
  if (m.signal) out.push({ id: 'signal', label: T.tr(lang, `ui.signal.${m.signal.split('.')[0]}`), mark: '→', dir: 0, tone: 0 });
  return out;
}

export function cardVM(
  lang: LanguageId,
  m: MoveOption,
  difficulty: Difficulty,
  seat: Seat,
  scenario?: PlayerView['scenario'],
  answers: readonly CardAnswer[] = [],
): CardVM {
  const pol = polarityFor(seat, scenario);
  return {
    id: m.id,
    name: T.moveName(lang, m.id),
    desc: T.moveDesc(lang, m.id),
    cost: m.cost,
    secret: m.visibility === 'secret',
    visibilityLabel: T.tr(lang, m.visibility === 'secret' ? 'ui.card.secret' : 'ui.card.public'),
    tags: m.tags.map((tag) => T.tagName(lang, tag)),
    touches: touchesOf(lang, m, difficulty, pol),
    answers: answers.map((a) => ({ title: T.tr(lang, `event.${a.event}.title`), touches: touchesOf(lang, a, difficulty, pol) })),
    source: m.source,
  };
}

/** "⚑ Played now: …", the line the detail panel shows, for each news a card would bring this month (version 5 on), for plain-text hands. */
export function answerNotes(lang: LanguageId, view: Pick<PlayerView, 'scenario' | 'turn' | 'moves'>, moveId: string): string[] {
  return cardAnswers(view, moveId).map((a) => T.tr(lang, 'ui.card.answer', { title: T.tr(lang, `event.${a.event}.title`) }));
}
