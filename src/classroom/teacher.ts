/**
 * The teacher console (teacher.html): create a session, show its join code, address and QR code,
 * watch every seat and every move (secret ones included), and run the lesson: start, pause,
 * extend the timer, inject an event, hand a seat to a bot, release a seat, end, open the debrief.
 * The key of each session this browser created stays in its localStorage, never in the address.
 */
import QRCode from 'qrcode';
import { BOT_NAMES } from '../bots/personalities';
import { formatTurn, indicatorName, moveName, newsHeadline, seatName, stageName, t, type Language } from '../i18n';
import { EVENTS } from '../model/data/events';
import { INDICATOR_IDS, SEATS, type TrackId } from '../model/types';
import { connectTeacher, type TeacherClient } from '../net/client';
import type { TeacherStateMessage, TeamRoster } from '../net/protocol';
import { labText } from '../i18n/ui/lab';
import { cohortBoard } from './cohortBoard';
import { coursePanel } from './coursePanel';
import { lettersPanel } from './lettersPanel';
import { createForm } from './createForm';
import { append, clear, clock, h, pageLanguage, teacherKey, timeLeft } from './dom';

const lang: Language = pageLanguage();

function notice(root: HTMLElement, text: string): void {
  root.querySelector('.toast')?.remove();
  const el = h('div', { class: 'toast', attrs: { role: 'status' }, text });
  root.append(el);
  setTimeout(() => el.remove(), 5000);
}

/** Runs `then` at once, or after the teacher confirms `ask`. */
async function confirmed(ask: string | undefined, then: () => Promise<void>): Promise<void> {
  if (ask === undefined || confirm(ask)) await then();
}

/** "PIN 4821 · Anna (10:42), device 2 (10:43)": a team's PIN and who joined it, for the Seats table. */
export function rosterText(team: TeamRoster | undefined): string {
  if (!team) return '—';
  const when = (ms: number) => new Date(ms).toTimeString().slice(0, 5);
  const who = team.members.map((m) => `${m.name} (${when(m.joinedAt)})`).join(', ');
  return `${team.pin ? `PIN ${team.pin}` : 'no PIN'} · ${who || 'nobody yet'}`;
}

async function consolePage(root: HTMLElement, code: string, key: string): Promise<void> {
  clear(root);
  root.append(h('p', { class: 'notice', text: `Connecting to session ${code}…` }));
  const r = await connectTeacher({ baseUrl: location.origin, code, teacherKey: key });
  if (!r.ok) {
    clear(root);
    root.append(
      h('p', { class: 'notice', text: `Could not open session ${code}: ${r.error}` }),
      h('a', { attrs: { href: '#' }, text: 'Back' }),
    );
    return;
  }
  const client: TeacherClient = r.value;
  const qr = h('canvas', { class: 'qr', attrs: { 'aria-label': 'QR code of the join address' } });
  const status = h('div', { class: 'status' });
  const controls = h('div', { class: 'controls' });
  const seats = h('table', { class: 'seats' });
  const indicators = h('div', { class: 'indicators' });
  const moves = h('ol', { class: 'log', attrs: { reversed: '' } });
  const news = h('ul', { class: 'news' });
  const eventSelect = h(
    'select',
    { attrs: { 'aria-label': 'Event to inject' } },
    ...EVENTS.map((e) => h('option', { attrs: { value: e.id }, text: newsHeadline(lang, { id: `event.${e.id}` }) })),
  );
  const connection = h('span', { class: 'conn' });
  client.connection.onStatus((s) => (connection.textContent = s === 'open' ? '' : `Connection: ${s}…`));

  /** Sends a command; a refusal is shown; true if the server took it. */
  const tryAct = async (body: Record<string, unknown> & { action: string }): Promise<boolean> => {
    const ack = await client.command(body);
    if (!ack.ok) notice(root, ack.error);
    return ack.ok;
  };
  const act = async (body: Record<string, unknown> & { action: string }): Promise<void> => void (await tryAct(body));
  const course = coursePanel(lang, code, key, tryAct, (text) => notice(root, text));
  const letters = lettersPanel(lang, act);
  let joinUrl = '';
  let qrFor = '';
  let received = 0;
  let last: TeacherStateMessage | null = null;

  const render = (s: TeacherStateMessage) => {
    last = s;
    received = Date.now();
    const { session, view } = s;
    if (s.joinUrl && s.joinUrl !== qrFor) {
      qrFor = s.joinUrl;
      joinUrl = s.joinUrl;
      void QRCode.toCanvas(qr, joinUrl, { margin: 1, width: 220, color: { dark: '#0d1520', light: '#ffffff' } });
      urlText.textContent = joinUrl;
    }
    clear(controls);
    /** A button for a command; with `ask`, only after the teacher confirms (the step cannot be undone). */
    const btn = (text: string, body: Record<string, unknown> & { action: string }, ask?: string) =>
      h('button', { text, on: { click: () => void confirmed(ask, () => act(body)) } });
    const over = session.status === 'ended';
    append(
      controls,
      session.status === 'lobby'
        ? btn('Start now', { action: 'start' }, 'Start the game now? Seats without a team wait for one; the month begins.')
        : null,
      session.status === 'playing'
        ? btn('Pause', { action: 'pause' }, 'Pause the game? The teams cannot play and the timer stops until you resume.')
        : null,
      session.status === 'paused' ? btn('Resume', { action: 'resume' }) : null,
      session.turnSeconds > 0 && !over ? btn('+1 minute', { action: 'extend', seconds: 60 }) : null,
      !over
        ? h(
            'span',
            { class: 'inject' },
            eventSelect,
            h('button', {
              text: 'Inject event',
              on: {
                click: () =>
                  void confirmed(
                    `Inject “${eventSelect.selectedOptions[0]?.textContent ?? eventSelect.value}” into this month? It cannot be taken back.`,
                    () => act({ action: 'inject', event: eventSelect.value }),
                  ),
              },
            }),
          )
        : null,
      !over
        ? h('button', {
            class: 'danger',
            text: 'End the game',
            on: {
              click: () => {
                if (confirm('End the game now? It will be scored as it stands.')) void act({ action: 'end' });
              },
            },
          })
        : null,
      over
        ? h('a', { class: 'button primary', attrs: { href: `debrief.html#code=${code}`, target: '_blank' }, text: 'Open the debrief' })
        : null,
      over && !session.debriefReleased
        ? btn(
            'Show the debrief to the teams',
            { action: 'debrief' },
            'Show the debrief to the teams? They will see every move, secret ones included.',
          )
        : null,
      h('a', {
        class: 'button',
        attrs: { href: `/api/sessions/${code}/save`, title: 'Downloads with your key (see the docs)' },
        text: 'Save file',
        on: {
          click: (e) => {
            e.preventDefault();
            void downloadSave();
          },
        },
      }),
    );

    clear(seats);
    seats.append(
      h(
        'tr',
        {},
        ...['Seat', 'Played by', 'Team', 'PIN and who joined', 'Devices', 'This month', 'Actions'].map((x) =>
          h('th', { text: x, attrs: { scope: 'col' } }),
        ),
      ),
    );
    for (const seat of SEATS) {
      const info = session.seats[seat];
      const sealed = s.sealed[seat];
      const botPick = h(
        'select',
        { attrs: { 'aria-label': `Bot for ${seat}` } },
        ...BOT_NAMES.map((b) => h('option', { attrs: { value: b }, text: b })),
      );
      seats.append(
        h(
          'tr',
          { class: `seat-${seat}` },
          h('td', { text: seatName(lang, seat, true) }),
          h('td', { text: info.controller === 'human' ? 'team' : info.controller.replace('bot:', 'bot: ') }),
          h('td', { class: 'team', text: info.team ?? (info.controller === 'human' ? '(waiting for a team)' : '—') }),
          h('td', { class: 'roster', text: rosterText(s.teams?.[seat]) }),
          h('td', { class: info.team && info.connected === 0 ? 'away' : '', text: String(info.connected) }),
          h(
            'td',
            {},
            sealed
              ? h('span', {}, h('b', { text: moveName(lang, sealed.move) }), sealed.reason ? h('q', { text: sealed.reason }) : null)
              : info.committed
                ? 'sealed'
                : over
                  ? ''
                  : 'choosing…',
          ),
          h(
            'td',
            { class: 'seat-actions' },
            info.controller === 'human' && !over
              ? h(
                  'span',
                  {},
                  botPick,
                  h('button', {
                    text: 'Hand to bot',
                    on: {
                      click: () =>
                        void confirmed(
                          `Hand ${seatName(lang, seat)} to the ${botPick.value} bot for the rest of the game? The team can no longer play it.`,
                          () => act({ action: 'bot', seat, bot: botPick.value }),
                        ),
                    },
                  }),
                )
              : null,
            info.team
              ? h('button', {
                  text: 'Release seat',
                  on: {
                    click: () => {
                      if (confirm(`Release ${seatName(lang, seat)}? Its devices are disconnected and a new team can join.`))
                        void act({ action: 'release', seat });
                    },
                  },
                })
              : null,
          ),
        ),
      );
    }

    clear(indicators);
    for (const id of INDICATOR_IDS) {
      const v = view.indicators[id];
      indicators.append(
        h(
          'div',
          { class: 'ind' },
          h('span', { class: 'name', text: indicatorName(lang, id) }),
          h('span', { class: 'bar' }, h('span', { attrs: { style: `width:${v}%` } })),
          h('b', { text: String(v) }),
        ),
      );
    }
    indicators.append(
      h('p', { class: 'tracks', text: (Object.keys(view.tracks) as TrackId[]).map((k) => stageName(lang, k, view.tracks[k])).join(' · ') }),
    );

    clear(moves);
    for (const m of [...view.moves].reverse()) {
      const a = s.actions.find((x) => x.turn === m.turn && x.seat === m.seat);
      moves.append(
        h(
          'li',
          { class: m.secret ? 'secret' : '' },
          h('span', { class: 'when', text: formatTurn(lang, m.turn) }),
          ' ',
          h('b', { text: `${seatName(lang, m.seat)}: ` }),
          moveName(lang, m.move),
          m.secret ? h('span', { class: 'badge', text: m.revealedOn ? 'secret, leaked' : 'secret' }) : null,
          a && a.by !== 'team' ? h('span', { class: 'badge', text: a.by }) : null,
          m.reason ? h('q', { text: m.reason }) : null,
        ),
      );
    }
    clear(news);
    for (const n of [...view.news].reverse().slice(0, 30))
      news.append(h('li', {}, h('span', { class: 'when', text: formatTurn(lang, n.turn) }), ' ', newsHeadline(lang, n)));
    course.update(s);
    letters.update(s);
    tick();
  };

  const tick = () => {
    if (!last) return;
    const { session, view } = last;
    const left = timeLeft(session, received);
    status.textContent = '';
    append(
      status,
      h('span', {
        class: `pill ${session.status}`,
        text:
          session.status === 'ended'
            ? view.ending
              ? `ended: ${t(lang, `ending.${view.ending}.title`)}`
              : 'ended by the teacher'
            : session.status,
      }),
      h('span', { class: 'month', text: `${formatTurn(lang, view.turn)} (month ${view.turn} of ${view.maxTurns})` }),
      left !== null && session.status !== 'ended' && !session.course?.deadline
        ? h('span', { class: `timer${left < 20_000 ? ' low' : ''}`, text: clock(left) })
        : null,
      connection,
    );
  };
  setInterval(tick, 500);

  const downloadSave = async () => {
    const res = await fetch(`/api/sessions/${code}/save`, { headers: { authorization: `Bearer ${key}` } });
    const text = await res.text();
    if (!res.ok) return notice(root, 'Could not download the save.');
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = h('a', { attrs: { href: url, download: `quiet-channel-${code}.json` } });
    document.body.append(a);
    a.click();
    a.remove();
  };

  const urlText = h('p', { class: 'url' });
  clear(root);
  root.append(
    h(
      'header',
      { class: 'top' },
      h('h1', { text: 'Quiet Channel — teacher console' }),
      h('a', { attrs: { href: '#' }, text: 'New session' }),
      // The what-if lab: the article's claims as experiments for the class.
      h('a', { attrs: { href: 'lab.html', id: 'teacher-lab' }, text: ` · ${labText(lang, 'lab.title')}` }),
    ),
    h(
      'section',
      { class: 'join card' },
      h(
        'div',
        {},
        h('p', { class: 'kicker', text: 'JOIN CODE' }),
        h('p', { class: 'code', text: code }),
        urlText,
        h('p', {
          class: 'hint',
          text: 'Students open the address (or scan the code), enter the join code and a team name. The first device of a team is shown the team’s PIN (also in the Seats table below): teammates on other devices join with the same name and that PIN.',
        }),
      ),
      qr,
    ),
    h('section', { class: 'card' }, status, controls),
    h('section', { class: 'card' }, h('h2', { text: 'Seats' }), seats),
    course.el,
    letters.el,
    h(
      'div',
      { class: 'two' },
      h('section', { class: 'card' }, h('h2', { text: 'Indicators' }), indicators),
      h('section', { class: 'card' }, h('h2', { text: 'Every move (secret ones included)' }), moves, h('h2', { text: 'News' }), news),
    ),
  );
  const current = client.getState();
  if (current) render(current);
  client.subscribe(render);
}

export function startTeacherPage(root: HTMLElement): void {
  document.documentElement.lang = lang;
  const route = () => {
    const code = (/code=([A-Za-z0-9]+)/.exec(location.hash)?.[1] ?? '').toUpperCase();
    const key = code ? teacherKey(code) : null;
    const cohort = (/cohort=([A-Za-z0-9]+)/.exec(location.hash)?.[1] ?? '').toUpperCase();
    if (cohort) void cohortBoard(root, lang, cohort);
    else if (code && key) void consolePage(root, code, key);
    else createForm(root);
  };
  window.addEventListener('hashchange', () => location.reload());
  route();
}
