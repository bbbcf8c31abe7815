/**
 * The course part of a team's panel (join.html?panel=1): the month's deadline in a session played
 * over days, and the position memo the teacher asked for this month (its prompt, a text box and a
 * send button). The text box is built once, so an update never wipes what the team is writing.
 */
import { t, type Language } from '../i18n';
import type { Seat } from '../model/types';
import { MAX_MEMO, MSG_MEMO } from '../net/course';
import type { NetGameClient } from '../net/client';
import type { SessionInfo } from '../net/protocol';
import { whenText } from './coursePanel';
import { append, clear, h } from './dom';

export function teamCourse(lang: Language, seat: Seat, client: NetGameClient): { el: HTMLElement; update: (s: SessionInfo) => void } {
  const due = h('p', { class: 'due', attrs: { 'aria-live': 'polite' } });
  const prompt = h('p', { class: 'memo-prompt' });
  const text = h('textarea', {
    attrs: { name: 'memo', rows: '5', maxlength: String(MAX_MEMO), 'aria-label': t(lang, 'course.memo.label') },
  });
  const result = h('p', { class: 'hint', attrs: { role: 'status' } });
  let turn = 0;
  const memo = h(
    'form',
    { class: 'memo-form card' },
    h('h2', { text: t(lang, 'course.memos.title') }),
    prompt,
    h('label', {}, h('span', { text: t(lang, 'course.memo.label') }), text),
    h('button', { attrs: { type: 'submit' }, text: t(lang, 'course.memo.send') }),
    result,
  );
  memo.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!text.value.trim()) return;
    void client.connection.request(MSG_MEMO, { turn, text: text.value }).then((ack) => {
      result.textContent = ack.ok ? t(lang, 'course.memo.sent') : ack.error;
    });
  });
  const el = h('div', { class: 'team-course' });
  const update = (s: SessionInfo) => {
    const c = s.course;
    clear(el);
    if (c?.deadlineAt != null && s.status !== 'ended') {
      due.textContent = `${t(lang, 'course.deadline.at', { when: whenText(lang, c.deadlineAt) })} ${t(lang, 'course.team.changeHint')}`;
      el.append(due);
    }
    if (c?.memo) {
      if (c.memo.turn !== turn) result.textContent = '';
      turn = c.memo.turn;
      prompt.textContent = `${t(lang, 'course.memo.ask')} ${c.memo.prompts[seat] || t(lang, `course.memo.prompt.${seat}`)}`;
      if (c.memo.sent[seat] && !result.textContent) result.textContent = t(lang, 'course.memo.sent');
      append(el, memo);
    }
  };
  return { el, update };
}
