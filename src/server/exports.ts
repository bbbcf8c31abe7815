/**
 * What a teacher takes away for grading: a session's moves and memos as CSV, a cohort's months
 * side by side as CSV, the rubric's grades as CSV (one row per team), and the whole transcript as
 * a printable HTML page. Every value is text: CSV cells are quoted as RFC 4180 says and a cell that
 * a spreadsheet would run as a formula is defused; the page escapes everything it shows.
 */
import { endingTitle, formatTurn, moveName, newsHeadline, seatName } from '../i18n';
import { INDICATOR_IDS, SEATS } from '../model/types';
import { criterionLabel, type CohortReport } from '../net/course';
import { defaultPrompt } from './coursePart';
import type { ClassroomSession } from './session';

/** One CSV cell: quoted when it must be, and never a formula (a leading = + - @ gets a '). */
export function csvCell(value: string | number | boolean | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csv(rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The session's moves (months, seats, reasons, secrecy, when revealed), letters and memos, one per row. */
export function sessionCsv(s: ClassroomSession): string {
  const d = s.debrief();
  const team = (seat: (typeof SEATS)[number]) => d.session.seats[seat].team ?? '';
  const rows: (string | number | null)[][] = [
    ['kind', 'month', 'date', 'seat', 'team', 'move', 'move_name', 'played_by', 'secret', 'revealed_in_month', 'text'],
  ];
  const by = new Map(d.actions.map((a) => [`${a.turn}/${a.seat}`, a.by]));
  for (const m of d.view.moves) {
    const revealed = !m.secret ? '' : m.revealedOn !== undefined ? m.revealedOn : 'after the game';
    rows.push([
      'move',
      m.turn,
      formatTurn('en', m.turn),
      m.seat,
      team(m.seat),
      m.move,
      moveName('en', m.move),
      by.get(`${m.turn}/${m.seat}`) ?? '',
      m.secret ? 'yes' : 'no',
      revealed,
      m.reason ?? '',
    ]);
  }
  // Letters (issue 11): the recipient in the move columns, the text as the text; hidden ones are marked.
  for (const l of d.view.letters ?? []) {
    const revealed = l.line !== 'secret' ? '' : l.leakedOn !== undefined ? l.leakedOn : 'after the game';
    const by = l.hidden ? 'team (hidden by the teacher)' : 'team';
    rows.push([
      'letter',
      l.turn,
      formatTurn('en', l.turn),
      l.from,
      team(l.from),
      `to:${l.to}`,
      l.offer ? `offer ${l.offer.id}` : '',
      by,
      l.line === 'secret' ? 'yes' : 'no',
      revealed,
      l.text,
    ]);
  }
  for (const memo of d.memos ?? [])
    rows.push(['memo', memo.turn, formatTurn('en', memo.turn), memo.seat, team(memo.seat), '', '', 'team', '', '', memo.text]);
  return csv(rows);
}

/** A cohort's sessions month by month: the three moves, the indicators, and each session's ending and scores. */
export function cohortCsv(report: CohortReport): string {
  const rows: (string | number | null)[][] = [
    ['session', 'title', 'month', ...SEATS.map((s) => `${s}_move`), ...INDICATOR_IDS, 'ending', ...SEATS.map((s) => `${s}_score`)],
  ];
  for (const s of report.sessions) {
    const tail = [
      s.ending ?? (s.endedBy === 'teacher' ? 'ended by the teacher' : s.status),
      ...SEATS.map((seat) => s.scores?.[seat] ?? ''),
    ];
    for (let month = 1; month <= s.monthsPlayed; month++) {
      const moves = s.moves[month - 1] ?? {};
      const ind = s.indicators[month - 1];
      rows.push([
        s.code,
        s.title,
        month,
        ...SEATS.map((seat) => moves[seat] ?? ''),
        ...INDICATOR_IDS.map((id) => ind?.[id] ?? ''),
        ...tail,
      ]);
    }
    if (s.monthsPlayed === 0) rows.push([s.code, s.title, 0, '', '', '', ...INDICATOR_IDS.map(() => ''), ...tail]);
  }
  return csv(rows);
}

/**
 * The rubric's grades, one row per team: its seat, team name, total and the rubric's maximum, then
 * each criterion of the seat's rubric as the teacher last saved it (its label in English unless the
 * teacher wrote one, the points given, its maximum) as three columns, in the rubric's order. Seats
 * whose rubrics are shorter leave the last columns empty.
 */
export function gradesCsv(s: ClassroomSession): string {
  const c = s.course.teacher();
  const widest = Math.max(...SEATS.map((seat) => c.rubric[seat].length));
  const head: string[] = ['seat', 'team', 'total', 'max'];
  for (let i = 1; i <= widest; i++) head.push(`criterion ${i}`, `points ${i}`, `max ${i}`);
  const rows: (string | number)[][] = [head];
  for (const seat of SEATS) {
    const team = s.info().seats[seat].team ?? '';
    let total = 0;
    let max = 0;
    const cells: (string | number)[] = [];
    for (const k of c.rubric[seat]) {
      const points = c.grades[seat][k.id];
      cells.push(criterionLabel('en', k), points ?? '', k.max);
      total += points ?? 0;
      max += k.max;
    }
    while (cells.length < widest * 3) cells.push('');
    rows.push([seat, team, total, max, ...cells]);
  }
  return csv(rows);
}

const esc = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** The whole transcript as a printable page (English; black on white). */
export function transcriptHtml(s: ClassroomSession): string {
  const d = s.debrief();
  const { view } = d;
  const months = view.endedOn ?? view.turn;
  const parts: string[] = [];
  const ending = view.ending ? endingTitle('en', view.ending) : d.session.endedBy === 'teacher' ? 'Ended by the teacher' : 'Not over yet';
  parts.push(`<h1>${esc(d.session.title)}</h1><p>Session ${esc(s.code)} · ${esc(ending)}</p>`);
  if (view.results)
    parts.push(
      `<table><tr><th>Seat</th><th>Team</th><th>Score</th></tr>${SEATS.map(
        (seat) =>
          `<tr><td>${esc(seatName('en', seat, true))}</td><td>${esc(d.session.seats[seat].team ?? '')}</td><td>${view.results?.[seat].score ?? ''}</td></tr>`,
      ).join('')}</table>`,
    );
  for (let turn = 1; turn <= months; turn++) {
    const moves = view.moves.filter((m) => m.turn === turn);
    const memos = (d.memos ?? []).filter((m) => m.turn === turn);
    const news = view.news.filter((n) => n.turn === turn);
    if (!moves.length && !memos.length && !news.length) continue;
    parts.push(`<h2>${esc(formatTurn('en', turn))}</h2><ul>`);
    for (const m of moves) {
      const secret = m.secret
        ? ` <i>(secret${m.revealedOn !== undefined ? `, leaked ${esc(formatTurn('en', m.revealedOn))}` : ''})</i>`
        : '';
      const reason = m.reason ? ` — “${esc(m.reason)}”` : '';
      parts.push(`<li><b>${esc(seatName('en', m.seat))}:</b> ${esc(moveName('en', m.move))}${secret}${reason}</li>`);
    }
    parts.push('</ul>');
    for (const m of memos)
      parts.push(
        `<blockquote><b>Memo, ${esc(seatName('en', m.seat))}</b> (${esc(s.course.rec.prompts[m.seat] || defaultPrompt('en', m.seat))})<p>${esc(m.text).replace(/\n/g, '<br>')}</p></blockquote>`,
      );
    if (news.length) parts.push(`<ul class="news">${news.map((n) => `<li>${esc(newsHeadline('en', n))}</li>`).join('')}</ul>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Transcript ${esc(s.code)}</title><style>
body{font:14px/1.45 Georgia,serif;color:#000;background:#fff;max-width:48rem;margin:2rem auto;padding:0 1rem}
h2{font-size:1.05rem;border-bottom:1px solid #999;margin-top:1.4rem}table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2rem .5rem}
blockquote{border-left:3px solid #555;margin:.5rem 0;padding-left:.7rem}.news{color:#333;font-size:.9em}
</style></head><body>${parts.join('\n')}</body></html>`;
}
