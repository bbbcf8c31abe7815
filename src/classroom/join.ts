/**
 * The students' page (join.html?code=K7PQ3M): enter the code and a team name, get a seat; the device that founds a team
 * is shown the team's PIN, which teammates need to join it. The seat's token is kept in sessionStorage, so a refresh or a
 * dropped connection comes back to the same seat. After joining, the team plays in the map view of the game
 * (index.html#net=CODE); with `?panel=1` it plays here instead (a plain, keyboard-friendly panel of its seat's view).
 */
import { answerNotes } from '../app/screens/cards';
import { actionText } from '../app/screens/table';
import { formatTurn, indicatorName, moveDesc, moveName, newsHeadline, seatName, t, type Language } from '../i18n';
import { JOIN_TEXTS } from '../i18n/course/join';
import { INDICATOR_IDS, SEATS, type Seat } from '../model/types';
import { forgetSeat, joinSession, lobby, rememberSeat, storedSeat, type StoredSeat } from '../net/api';
import { connectTeam, type NetGameClient } from '../net/client';
import { MAX_REASON, MAX_TEAM_NAME, PIN_LENGTH, normalizeCode } from '../net/protocol';
import { append, around, clear, clock, h, pageLanguage, timeLeft } from './dom';
import { cardTooDear, draftOf, sealedTable, shownView, tableToSend } from './tableChoice';
import { teamCourse } from './teamCourse';
import { teamTable } from './teamTable';

const lang: Language = pageLanguage();

/** A request that failed: the server's own words (English), or, when it was never reached, ours. */
const failure = (r: { status: number; error: string }): string =>
  r.status === 0 ? t(lang, 'join.unreachable', { detail: r.error.replace(/^[^(]*\((.*)\)\.$/, '$1') }) : r.error;

/** `?panel=1`: play in the simple panel of this page instead of the game's map view. */
const wantsPanel = (): boolean => new URLSearchParams(location.search).get('panel') === '1';
/** The game in network mode for this session (the default place to play after joining). */
const gameUrl = (code: string): string => `index.html#net=${encodeURIComponent(code)}`;
const panelUrl = (code: string): string => `join.html?code=${encodeURIComponent(code)}&panel=1`;

function joinForm(root: HTMLElement, initialCode: string): void {
  clear(root);
  const code = h('input', {
    attrs: {
      id: 'code',
      name: 'code',
      autocomplete: 'off',
      autocapitalize: 'characters',
      maxlength: '8',
      value: initialCode,
      required: '',
      'aria-label': t(lang, 'join.code'),
    },
  });
  const team = h('input', {
    attrs: {
      id: 'team',
      name: 'team',
      autocomplete: 'off',
      maxlength: String(MAX_TEAM_NAME),
      required: '',
      'aria-label': t(lang, 'join.team'),
    },
  });
  const pin = h('input', {
    attrs: {
      id: 'pin',
      name: 'pin',
      autocomplete: 'off',
      inputmode: 'numeric',
      maxlength: String(PIN_LENGTH),
      'aria-label': t(lang, 'join.pinLabel'),
    },
  });
  const member = h('input', {
    attrs: {
      id: 'member',
      name: 'member',
      autocomplete: 'off',
      maxlength: String(MAX_TEAM_NAME),
      'aria-label': t(lang, 'join.memberLabel'),
    },
  });
  const seats = h('div', { class: 'lobby', attrs: { 'aria-live': 'polite' } });
  const error = h('p', { class: 'error', attrs: { role: 'alert' } });
  let wanted: Seat | undefined;
  // One look-up per complete code (a class behind one address shares its lobby limit).
  let shown = '';
  const showLobby = async () => {
    const c = normalizeCode(code.value);
    if (c === shown) return;
    shown = c;
    clear(seats);
    if (c.length !== 6) return;
    const r = await lobby(location.origin, c);
    if (normalizeCode(code.value) !== c) return;
    if (!r.ok) {
      seats.append(h('p', { class: 'hint', text: failure(r) }));
      return;
    }
    seats.append(h('p', { class: 'hint', text: t(lang, 'join.seats') }));
    for (const s of SEATS) {
      const info = r.value.seats[s];
      const free = info.controller === 'human' && info.team === null;
      const radio = h('input', {
        attrs: { type: 'radio', name: 'seat', value: s, ...(free ? {} : { disabled: '' }) },
        on: { change: () => (wanted = s) },
      });
      seats.append(
        h(
          'label',
          { class: `seat-choice${free ? '' : ' taken'}` },
          radio,
          h('b', { text: seatName(lang, s, true) }),
          ' ',
          h('span', {
            text:
              info.controller !== 'human'
                ? t(lang, 'join.seat.computer')
                : info.team === null
                  ? t(lang, 'join.seat.free')
                  : t(lang, 'join.seat.team', { team: info.team }),
          }),
        ),
      );
    }
  };
  code.addEventListener('change', () => void showLobby());
  code.addEventListener('input', () => {
    if (normalizeCode(code.value).length === 6) void showLobby();
  });
  const form = h(
    'form',
    { class: 'card join' },
    h('h1', { text: t(lang, 'join.heading') }),
    h('label', {}, h('span', { text: t(lang, 'join.code') }), code),
    h('label', {}, h('span', { text: t(lang, 'join.team') }), team),
    h('label', {}, h('span', { text: t(lang, 'join.pin') }), pin),
    h('label', {}, h('span', { text: t(lang, 'join.member') }), member),
    seats,
    h('button', { class: 'primary', attrs: { type: 'submit' }, text: t(lang, 'join.submit') }),
    error,
    h(
      'p',
      { class: 'hint' },
      `${t(lang, wantsPanel() ? 'join.afterPanel' : 'join.afterMap')} `,
      wantsPanel()
        ? h('a', {
            attrs: { href: `join.html${initialCode ? `?code=${encodeURIComponent(initialCode)}` : ''}` },
            text: t(lang, 'join.toMap'),
          })
        : h('a', {
            class: 'panel-link',
            attrs: { href: initialCode ? panelUrl(initialCode) : 'join.html?panel=1' },
            text: t(lang, 'join.toPanel'),
          }),
    ),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    error.textContent = '';
    const c = normalizeCode(code.value);
    void joinSession(location.origin, c, team.value, wanted, { pin: pin.value.trim(), name: member.value }).then((r) => {
      if (!r.ok) {
        error.textContent = failure(r);
        return;
      }
      rememberSeat({ code: r.value.code, seat: r.value.seat, team: r.value.team, token: r.value.token, pin: r.value.pin });
      history.replaceState(null, '', `?code=${r.value.code}${wantsPanel() ? '&panel=1' : ''}`);
      const go = () => {
        if (wantsPanel()) void teamPanel(root, storedSeat(r.value.code) as StoredSeat);
        else location.assign(gameUrl(r.value.code));
      };
      if (r.value.founded) showPin(root, r.value.team, r.value.pin, go);
      else go();
    });
  });
  root.append(form);
  if (initialCode) void showLobby();
  (initialCode ? team : code).focus();
}

/** The founding device shows the team's PIN before the game: teammates on other devices need it. */
function showPin(root: HTMLElement, team: string, pin: string, go: () => void): void {
  clear(root);
  const next = h('button', {
    class: 'primary',
    attrs: { type: 'button', id: 'continue' },
    text: t(lang, 'join.founded.continue'),
    on: { click: go },
  });
  root.append(
    h(
      'section',
      { class: 'card join' },
      h('h1', { text: t(lang, 'join.founded.heading') }),
      h('p', {}, ...around(t(lang, 'join.founded.pinOf'), 'team', h('b', { text: team }))),
      h('p', {
        class: 'code pin',
        attrs: { 'aria-label': t(lang, 'join.founded.pinSpoken', { digits: pin.split('').join(' ') }) },
        text: pin,
      }),
      h('p', { class: 'hint', text: t(lang, 'join.founded.hint') }),
      next,
    ),
  );
  next.focus();
}

async function teamPanel(root: HTMLElement, seat: StoredSeat): Promise<void> {
  clear(root);
  root.append(h('p', { class: 'notice', text: t(lang, 'join.panel.connecting') }));
  const r = await connectTeam({ baseUrl: location.origin, code: seat.code, token: seat.token, seat: seat.seat });
  if (!r.ok) {
    forgetSeat(seat.code);
    joinForm(root, seat.code);
    root.prepend(h('p', { class: 'error', text: r.error }));
    return;
  }
  const client: NetGameClient = r.value;
  const head = h('header', { class: 'top' });
  const status = h('div', { class: 'status', attrs: { 'aria-live': 'polite' } });
  const hand = h('div', { class: 'hand', attrs: { id: 'hand', tabindex: '-1' } });
  const indicators = h('div', { class: 'indicators' });
  const record = h('ul', { class: 'log' });
  const reason = h('textarea', {
    attrs: { maxlength: String(MAX_REASON), rows: '2', placeholder: t(lang, 'join.panel.why'), 'aria-label': t(lang, 'join.panel.reason') },
  });
  const reasonHint = h('p', { class: 'hint reason-hint', text: t(lang, 'join.panel.reasonAudience') });
  const error = h('p', { class: 'error', attrs: { role: 'alert' } });
  let received = Date.now();
  let sending = false;
  /** With deadlines, a team may take its sealed move back to choose again until the month resolves. */
  let changing = false;
  const course = teamCourse(lang, seat.seat, client);
  // The negotiation table (scenario version 3 and on): its action is sealed with the card.
  const table = teamTable(lang, seat.seat, () => render());

  const render = () => {
    const view = client.getView();
    const session = client.getSession();
    if (!view || !session) return;
    received = Date.now();
    course.update(session);
    if (!view.pending) changing = false;
    const shown = shownView(view, changing);
    table.update(shown, session.seats[seat.seat].controller !== 'human');
    const sealedAction = sealedTable(view);
    clear(head);
    append(
      head,
      h('h1', {}, seatName(lang, seat.seat, true), h('span', { class: 'team', text: ` — ${seat.team}` })),
      seat.pin ? h('span', { class: 'pin', text: t(lang, 'join.panel.teamPin', { pin: seat.pin }) }) : null,
      h('a', { class: 'button', attrs: { href: `index.html#net=${seat.code}` }, text: t(lang, 'join.panel.mapView') }),
    );
    clear(hand);
    if (session.status === 'ended') {
      append(
        hand,
        h('p', {
          class: 'notice',
          text: t(lang, session.debriefReleased ? 'join.panel.over' : 'join.panel.overWait'),
        }),
        session.debriefReleased
          ? h('a', { class: 'button primary', attrs: { href: `debrief.html#code=${seat.code}` }, text: t(lang, 'join.panel.debrief') })
          : null,
      );
    } else if (view.pending && !changing) {
      append(
        hand,
        h('p', { class: 'notice' }, ...around(t(lang, 'join.panel.pending'), 'move', h('b', { text: moveName(lang, view.pending.move) }))),
        sealedAction
          ? h('p', { class: 'hint', text: t(lang, 'ui.table.sealed', { action: actionText(lang, sealedAction, view.table) }) })
          : null,
        session.course?.deadline && session.status === 'playing'
          ? h('button', {
              attrs: { id: 'change-move' },
              text: t(lang, 'course.team.change'),
              // The sealed table action comes back as the draft: kept unless the team changes it.
              on: { click: () => ((changing = true), table.restore(draftOf(sealedAction)), render()) },
            })
          : null,
      );
    } else if (session.seats[seat.seat].controller !== 'human') {
      hand.append(h('p', { class: 'notice', text: t(lang, 'join.panel.handed') }));
    } else {
      hand.append(reason, reasonHint);
      if (shown.table) {
        const open = shown.table.offers.filter((o) => o.status === 'open').length;
        const words = t(lang, 'course.team.table.toTable', { open, answer: shown.table.acceptable.length });
        hand.append(h('a', { class: 'skip to-table', attrs: { href: '#table-title' }, text: words }));
      }
      const withCard = tableToSend(shown, table.draft(), seat.seat);
      if (withCard)
        hand.append(
          h('p', {
            class: 'notice with-card',
            text: t(lang, 'course.team.table.withCard', { action: actionText(lang, withCard, view.table) }),
          }),
        );
      for (const m of view.legal) {
        // Card and table action together may cost more capital than the team has: the rules refuse that play.
        const tooDear = cardTooDear(lang, shown, table.draft(), { name: moveName(lang, m.id), cost: m.cost });
        hand.append(
          h(
            'button',
            {
              class: `card-move${m.visibility === 'secret' ? ' secret' : ''}`,
              attrs: { ...(session.status !== 'playing' || sending || tooDear ? { disabled: '' } : {}), 'data-move': m.id },
              on: {
                click: () => {
                  sending = true;
                  render();
                  const action = tableToSend(shown, table.draft(), seat.seat);
                  void client
                    .send({ type: 'move.play', move: m.id, reason: reason.value, ...(action ? { table: action } : {}) })
                    .then((ack) => {
                      sending = false;
                      error.textContent = ack.ok ? '' : ack.error;
                      if (ack.ok) reason.value = '';
                      if (ack.ok) changing = false;
                      render();
                    });
                },
              },
            },
            h('b', { text: moveName(lang, m.id) }),
            h('span', {
              class: 'cost',
              text: t(lang, 'join.panel.cost', { cost: m.cost, visibility: t(lang, `join.panel.${m.visibility}`) }),
            }),
            h('small', { text: moveDesc(lang, m.id) }),
            ...answerNotes(lang, view, m.id).map((note) => h('small', { class: 'answer', text: note })),
            tooDear ? h('small', { class: 'too-dear', text: tooDear }) : null,
          ),
        );
      }
    }
    clear(indicators);
    for (const id of INDICATOR_IDS) {
      indicators.append(
        h(
          'div',
          { class: 'ind' },
          h('span', { class: 'name', text: indicatorName(lang, id) }),
          h('span', { class: 'bar' }, h('span', { attrs: { style: `width:${view.indicators[id]}%` } })),
          h('b', { text: String(view.indicators[id]) }),
        ),
      );
    }
    clear(record);
    for (const n of [...view.news].reverse().slice(0, 12))
      record.append(h('li', {}, h('span', { class: 'when', text: formatTurn(lang, n.turn) }), ' ', newsHeadline(lang, n)));
    tick();
  };
  const tick = () => {
    const view = client.getView();
    const session = client.getSession();
    if (!view || !session) return;
    const left = timeLeft(session, received);
    const conn = client.connection.connectionStatus();
    clear(status);
    append(
      status,
      h('span', { class: `pill ${session.status}`, text: t(lang, `join.status.${session.status}`) }),
      h('span', { class: 'month', text: formatTurn(lang, view.turn) }),
      h('span', { text: t(lang, 'join.panel.capital', { n: view.capital[seat.seat] ?? 0 }) }),
      left !== null && session.status !== 'ended' && !session.course?.deadline
        ? h('span', { class: `timer${left < 20_000 ? ' low' : ''}`, text: clock(left) })
        : null,
      h('span', { class: 'committed', text: SEATS.map((s) => `${seatName(lang, s)} ${view.committed[s] ? '✓' : '…'}`).join('  ') }),
      conn !== 'open'
        ? h('span', { class: 'conn', text: t(lang, conn === 'rejected' ? 'join.conn.released' : 'join.conn.reconnecting') })
        : null,
    );
  };
  setInterval(tick, 500);
  client.subscribe(render);
  client.onSession(render);
  client.connection.onStatus(() => tick());
  clear(root);
  root.append(
    head,
    h('section', { class: 'card' }, status, error, hand),
    table.el,
    course.el,
    h(
      'div',
      { class: 'two' },
      h('section', { class: 'card' }, h('h2', { text: t(lang, 'join.panel.indicators') }), indicators),
      h('section', { class: 'card' }, h('h2', { text: t(lang, 'join.panel.news') }), record),
    ),
  );
  render();
}

/** The page's own words and the seats' names, whose glyphs a Korean page loads before it first renders. */
export const firstTexts = (): string =>
  [...Object.values(JOIN_TEXTS[lang]), ...SEATS.flatMap((s) => [seatName(lang, s), seatName(lang, s, true)])].join('');

export function startJoinPage(root: HTMLElement): void {
  document.documentElement.lang = lang;
  document.title = `Quiet Channel — ${t(lang, 'join.title')}`;
  const code = normalizeCode(new URLSearchParams(location.search).get('code') ?? '');
  const seat = code ? storedSeat(code) : null;
  if (seat && !wantsPanel()) location.replace(gameUrl(seat.code));
  else if (seat) void teamPanel(root, seat);
  else joinForm(root, code);
}
