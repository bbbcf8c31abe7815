/**
 * Counterfactual turning points (engine/counterfactual.ts) in words: the ending screen's panel,
 * the replay viewer's overlay and the classroom debrief, in English, German and Korean.
 */
import type { Language, Params } from '../format';
import { fill } from '../format';

const en = {
  'turning.heading': 'TURNING POINTS',
  'turning.title': 'Turning points',
  'turning.futures': 'Futures per alternative',
  'turning.lead': 'What if? Each team’s moves, swapped for every other card the team had, each played on into many futures by bots.',
  'turning.find': 'Find turning points',
  'turning.cancel': 'Cancel',
  'turning.again': 'Find again',
  'turning.close': 'Close',
  'turning.help':
    'Each of your moves is swapped for every other card you had, and {futures} futures are played on from there by bots with fresh chance.',
  'turning.progress': 'Playing futures… {done} of {total}',
  'turning.cancelled': 'Cancelled.',
  'turning.failed': 'The turning points could not be found: {error}',
  'turning.none': 'No move changed how the game ended.',
  'turning.sentence':
    'Had {seat} played “{alt}” instead of “{played}” in {month}, “{ending}” would have followed in {altShare} of {futures} futures instead of {playedShare}.',
  'turning.interval': 'Difference {diff} points (95%: {lo} to {hi}).',
  'turning.chance': 'Could be chance: the interval includes zero.',
  'turning.done': 'Moves examined: {n} ({seconds} s, {workers} workers).',
  'turning.whatIf': 'What if? The turning points in many futures',
  'turning.screened':
    'Screened: every alternative was first played into {screen} futures; the {keep} strongest moves were then played into all {futures}, the others kept their {screen}.',
};

export type TurningKey = keyof typeof en;

const de: Record<TurningKey, string> = {
  'turning.heading': 'WENDEPUNKTE',
  'turning.title': 'Wendepunkte',
  'turning.futures': 'Zukünfte je Alternative',
  'turning.lead':
    'Was wäre, wenn? Die Züge jedes Teams, gegen jede andere Karte des Teams getauscht und von Bots in vielen Zukünften weitergespielt.',
  'turning.find': 'Wendepunkte finden',
  'turning.cancel': 'Abbrechen',
  'turning.again': 'Erneut suchen',
  'turning.close': 'Schließen',
  'turning.help':
    'Jeder Ihrer Züge wird gegen jede andere Karte getauscht, die Sie hatten, und von dort spielen Bots {futures} Zukünfte mit frischem Zufall weiter.',
  'turning.progress': 'Zukünfte werden gespielt … {done} von {total}',
  'turning.cancelled': 'Abgebrochen.',
  'turning.failed': 'Die Wendepunkte konnten nicht ermittelt werden: {error}',
  'turning.none': 'Kein Zug hat den Ausgang des Spiels verändert.',
  'turning.sentence':
    'Hätte {seat} im {month} „{alt}“ statt „{played}“ gespielt, wäre in {altShare} von {futures} Zukünften „{ending}“ gefolgt statt in {playedShare}.',
  'turning.interval': 'Unterschied {diff} Prozentpunkte (95 %: {lo} bis {hi}).',
  'turning.chance': 'Könnte Zufall sein: Das Intervall schließt null ein.',
  'turning.done': 'Untersuchte Züge: {n} ({seconds} s, {workers} Worker).',
  'turning.whatIf': 'Was wäre, wenn? Die Wendepunkte in vielen Zukünften',
  'turning.screened':
    'Vorauswahl: Jede Alternative wurde zuerst in {screen} Zukünften gespielt; die {keep} stärksten Züge dann in allen {futures}, die übrigen behielten ihre {screen}.',
};

const ko: Record<TurningKey, string> = {
  'turning.heading': '전환점',
  'turning.title': '전환점',
  'turning.futures': '대안별 미래 수',
  'turning.lead': '만약에? 각 팀의 수를 그 팀이 가졌던 다른 카드로 바꾸고, 봇이 여러 미래로 이어서 둡니다.',
  'turning.find': '전환점 찾기',
  'turning.cancel': '취소',
  'turning.again': '다시 찾기',
  'turning.close': '닫기',
  'turning.help': '내가 둔 수마다 손에 있던 다른 카드로 바꾸고, 그 시점부터 봇이 새로운 우연으로 {futures}개의 미래를 이어서 둡니다.',
  'turning.progress': '미래를 두는 중… {total}개 중 {done}개',
  'turning.cancelled': '취소했습니다.',
  'turning.failed': '전환점을 찾지 못했습니다: {error}',
  'turning.none': '게임의 결말을 바꾼 수가 없습니다.',
  'turning.sentence':
    '{month}에 {seat}이(가) “{played}” 대신 “{alt}”을(를) 두었다면, {futures}개의 미래 중 {altShare}에서 “{ending}”(으)로 이어졌을 것입니다({playedShare} 대신).',
  'turning.interval': '차이 {diff}%p (95%: {lo} ~ {hi}).',
  'turning.chance': '우연일 수 있습니다: 구간이 0을 포함합니다.',
  'turning.done': '살펴본 수: {n}개 ({seconds}초, 워커 {workers}개).',
  'turning.whatIf': '만약에? 여러 미래 속의 전환점',
  'turning.screened':
    '선별: 모든 대안을 먼저 {screen}개의 미래로 두고, 가장 강한 수 {keep}개만 {futures}개 모두로 다시 두었습니다. 나머지는 {screen}개 그대로입니다.',
};

export const TURNING_TEXTS: Readonly<Record<Language, Readonly<Record<TurningKey, string>>>> = { en, de, ko };

/** A turning-points text in `lang` with `{name}` placeholders filled. */
export function turningText(lang: Language, key: TurningKey, params?: Params): string {
  return fill(TURNING_TEXTS[lang][key] ?? en[key], params);
}
