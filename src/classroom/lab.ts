/**
 * The what-if lab page (lab.html, from the title screen and the teacher console): pick one of the
 * article's claims or build arms, run thousands of games on Web Workers with progress, cancel and
 * streamed results, predict before the results are revealed, export CSV or the chart as PNG, and
 * share the setup as a link. `window.quietChannelLab.run(spec)` gives the same JSON as
 * `npm run lab -- SPEC --json`.
 */
import { BOT_NAMES } from '../bots/personalities';
import { decodeLabLink, encodeLabLink, labLinkPayload } from '../codec/labLink';
import { parseLabSpec, type LabSpec } from '../engine/labSpec';
import { labCsv, type LabResult } from '../engine/labSummary';
import { browserCores, runLabJson, startLab, warmLabWorkers, type LabRun, type LabRunResult } from '../app/labPool';
import { LANGUAGE_NAMES, LANGUAGES, seatName, type Language } from '../i18n';
import { LAB_PRESET_TEXTS, labText } from '../i18n/ui/lab';
import { SEATS } from '../model/types';
import { clear, download, h, pageLanguage } from './dom';
import { exportChartPng, gameUrl, openSampleGame } from './labActions';
import { formFromJson, jsonFromForm, MEASURE_CHOICES, presetForm, relabelForm, type LabForm } from './labForm';
import { measureLabel, predictPanel, presetsPanel } from './labPanels';
import { renderResults, type Prediction } from './labView';

interface Page {
  lang: Language;
  form: LabForm;
  workers: number;
  prediction: Prediction;
  run: LabRun | null;
  spec: LabSpec | null;
  result: LabResult | null;
  final: LabRunResult | null;
  notice: string;
}

declare global {
  interface Window {
    quietChannelLab?: { run(spec: unknown, workers?: number): Promise<LabRunResult>; cores: number };
  }
}

const WORKERS_KEY = 'quietChannel.lab.workers';

function storedWorkers(): number {
  const n = Number(window.localStorage.getItem(WORKERS_KEY));
  return Number.isInteger(n) && n >= 1 && n <= browserCores() ? n : browserCores();
}

export function startLabPage(root: HTMLElement): void {
  const link = labLinkPayload(location.hash);
  const page: Page = {
    lang: pageLanguage(),
    form: presetForm('determination', pageLanguage()) as LabForm,
    workers: storedWorkers(),
    prediction: { ending: '', dir: '' },
    run: null,
    spec: null,
    result: null,
    final: null,
    notice: '',
  };
  if (link !== null) {
    const r = decodeLabLink(link);
    if (r.ok && typeof r.value === 'object' && r.value !== null) page.form = formFromJson(r.value as Record<string, unknown>);
    else page.notice = labText(page.lang, 'lab.linkInvalid', { error: r.ok ? 'not an object' : r.error });
  }
  window.quietChannelLab = { run: (spec, workers) => runLabJson(spec, workers), cores: browserCores() };
  // The workers start and warm up while the class reads the claim and makes its prediction.
  warmLabWorkers(page.workers);
  const T = (k: Parameters<typeof labText>[1], p?: Parameters<typeof labText>[2]) => labText(page.lang, k, p);

  const resultsBox = h('section', { class: 'lab-section', attrs: { id: 'results', 'aria-live': 'polite' } });
  const progress = h('progress', { attrs: { max: '1', value: '0', id: 'lab-progress' } });
  const status = h('p', { class: 'lab-status', attrs: { id: 'lab-status', role: 'status' } });

  const drawResults = () => {
    clear(resultsBox);
    resultsBox.append(h('h2', { text: T('lab.results') }), progress, status);
    const r = page.result;
    if (!r || !page.spec) return;
    if (!page.prediction.dir || !page.prediction.ending) {
      resultsBox.append(h('p', { class: 'notice', text: T('lab.needPrediction') }));
      return;
    }
    resultsBox.append(
      renderResults(page.lang, page.spec, r, page.prediction, { openSample }),
      h(
        'div',
        { class: 'actions' },
        h('button', {
          attrs: { id: 'lab-csv' },
          text: T('lab.csv'),
          on: { click: () => download('quiet-channel-lab.csv', labCsv(r), 'text/csv') },
        }),
        h('button', { attrs: { id: 'lab-png' }, text: T('lab.png'), on: { click: () => void exportPng() } }),
      ),
    );
  };

  const setStatus = (r: LabResult | null) => {
    const total = page.spec?.games ?? 0;
    const done = r?.done ?? 0;
    progress.value = total ? done / total : 0;
    if (page.final) {
      status.textContent = page.final.cancelled
        ? T('lab.cancelled', { done, total })
        : T('lab.elapsed', {
            games: done * page.final.arms.length,
            seconds: (page.final.elapsedMs / 1000).toFixed(2),
            workers: page.final.workers,
          });
    } else if (page.run) status.textContent = T('lab.progress', { done, total, workers: page.workers });
  };

  const openSample = (arm: number, seed: number) => {
    const a = page.spec?.arms[arm];
    if (page.spec && a) openSampleGame(page.spec, a, seed);
  };
  const exportPng = () => exportChartPng(resultsBox);

  const runButton = h('button', { class: 'primary', attrs: { id: 'lab-run' }, text: '' });
  const cancelButton = h('button', { attrs: { id: 'lab-cancel', disabled: '' }, text: '' });
  const formError = h('p', { class: 'notice', attrs: { id: 'lab-error', role: 'alert' } });

  const run = () => {
    if (page.run) return;
    const parsed = parseLabSpec(jsonFromForm(page.form));
    if (!parsed.ok) {
      formError.textContent = T('lab.invalid', { error: parsed.error });
      return;
    }
    formError.textContent = '';
    page.spec = parsed.value;
    page.result = null;
    page.final = null;
    page.run = startLab(parsed.value, {
      workers: page.workers,
      onProgress: (r) => {
        page.result = r;
        setStatus(r);
        drawResults();
      },
    });
    runButton.setAttribute('disabled', '');
    cancelButton.removeAttribute('disabled');
    setStatus(null);
    page.run.done.then(
      (r) => {
        page.final = r;
        page.result = r;
        page.run = null;
        runButton.removeAttribute('disabled');
        cancelButton.setAttribute('disabled', '');
        drawResults();
        setStatus(r);
      },
      (e: unknown) => {
        page.run = null;
        runButton.removeAttribute('disabled');
        cancelButton.setAttribute('disabled', '');
        formError.textContent = T('lab.failed', { error: e instanceof Error ? e.message : String(e) });
      },
    );
  };

  const field = (label: string, input: HTMLElement) => h('label', { class: 'lab-field' }, h('span', { text: label }), input);
  const numberInput = (id: string, value: number, min: number, max: number, set: (v: number) => void) =>
    h('input', {
      attrs: { id, type: 'number', min: String(min), max: String(max), value: String(value) },
      on: { change: (e) => set(Number((e.target as HTMLInputElement).value)) },
    });

  const render = () => {
    document.documentElement.lang = page.lang;
    document.title = `Quiet Channel — ${T('lab.title')}`;
    clear(root);
    const f = page.form;
    const langs = h(
      'p',
      { class: 'lab-langs' },
      ...LANGUAGES.map((l) =>
        h('button', {
          class: l === page.lang ? 'primary' : '',
          attrs: { lang: l, 'aria-pressed': String(l === page.lang), id: `lab-lang-${l}` },
          text: LANGUAGE_NAMES[l],
          on: {
            click: () => {
              page.lang = l;
              page.form = relabelForm(page.form, l);
              render();
            },
          },
        }),
      ),
    );
    const presets = presetsPanel(page.lang, f.preset, (id) => {
      page.form = presetForm(id, page.lang) as LabForm;
      page.prediction = { ending: '', dir: '' };
      render();
      document.getElementById('lab-run')?.focus();
    });
    const arms = f.arms.map((a, i) =>
      h(
        'fieldset',
        { class: 'lab-arm' },
        h('legend', { text: T('lab.arm', { n: i + 1 }) }),
        field(
          T('lab.armLabel'),
          h('input', {
            attrs: { value: a.label, id: `lab-arm-${i}-label` },
            on: { change: (e) => (a.label = (e.target as HTMLInputElement).value) },
          }),
        ),
        field(
          T('lab.armSet'),
          h('textarea', {
            attrs: { rows: '2', id: `lab-arm-${i}-set` },
            text: a.set,
            on: { change: (e) => (a.set = (e.target as HTMLTextAreaElement).value) },
          }),
        ),
        h(
          'div',
          { class: 'lab-bots', attrs: { role: 'group', 'aria-label': T('lab.bots') } },
          ...SEATS.map((s) =>
            field(
              seatName(page.lang, s),
              h(
                'select',
                { on: { change: (e) => (a.seats[s] = (e.target as HTMLSelectElement).value) } },
                ...BOT_NAMES.map((b) => h('option', { attrs: { value: b, ...(a.seats[s] === b ? { selected: '' } : {}) }, text: b })),
              ),
            ),
          ),
        ),
        Object.keys(a.extra).length ? h('p', { class: 'small', text: T('lab.armExtra', { what: JSON.stringify(a.extra) }) }) : null,
        f.arms.length > 2
          ? h('button', {
              text: T('lab.removeArm'),
              on: {
                click: () => {
                  f.arms.splice(i, 1);
                  render();
                },
              },
            })
          : null,
      ),
    );
    const predict = predictPanel(page.lang, f, page.prediction, page.spec, drawResults);
    runButton.textContent = T('lab.run');
    cancelButton.textContent = T('lab.cancel');
    runButton.onclick = run;
    cancelButton.onclick = () => page.run?.cancel();
    const setup = h(
      'section',
      { class: 'lab-section lab-setup' },
      h('h2', { text: f.preset ? (LAB_PRESET_TEXTS[page.lang][f.preset]?.title ?? T('lab.setup')) : T('lab.custom') }),
      h(
        'div',
        { class: 'lab-row' },
        field(
          T('lab.games'),
          numberInput('lab-games', f.games, 1, 1_000_000, (v) => (f.games = v)),
        ),
        field(
          T('lab.months'),
          numberInput('lab-months', f.months, 1, 200, (v) => (f.months = v)),
        ),
        field(
          T('lab.seed'),
          numberInput('lab-seed', f.seed, 0, 4294967295, (v) => (f.seed = v)),
        ),
        field(
          T('lab.workers', { n: browserCores() }),
          numberInput('lab-workers', page.workers, 1, browserCores(), (v) => {
            page.workers = Math.max(1, Math.min(browserCores(), Math.floor(v) || 1));
            window.localStorage.setItem(WORKERS_KEY, String(page.workers));
            warmLabWorkers(page.workers);
          }),
        ),
        field(
          T('lab.measure'),
          h(
            'select',
            { attrs: { id: 'lab-measure' }, on: { change: (e) => (f.measure = (e.target as HTMLSelectElement).value) } },
            ...[...MEASURE_CHOICES, ...(MEASURE_CHOICES.includes(f.measure) ? [] : [f.measure])].map((k) =>
              h('option', { attrs: { value: k, ...(k === f.measure ? { selected: '' } : {}) }, text: measureLabel(page.lang, k) }),
            ),
          ),
        ),
      ),
      h('div', { class: 'lab-arms' }, ...arms),
      f.arms.length < 6
        ? h('button', {
            text: T('lab.addArm'),
            on: {
              click: () => {
                f.arms.push({
                  label: String.fromCharCode(65 + f.arms.length),
                  set: '',
                  seats: { ...(f.arms[0]?.seats ?? { us: 'dealmaker', dprk: 'dealmaker', rok: 'dealmaker' }) },
                  extra: {},
                });
                f.preset = null;
                render();
              },
            },
          })
        : null,
      h(
        'div',
        { class: 'actions' },
        runButton,
        cancelButton,
        h('button', {
          attrs: { id: 'lab-share' },
          text: T('lab.share'),
          on: {
            click: () => {
              const url = `${location.href.split('#')[0]}#spec=${encodeLabLink(jsonFromForm(f))}`;
              history.replaceState(null, '', url);
              void navigator.clipboard?.writeText(url).then(
                () => (formError.textContent = T('lab.copied')),
                () => undefined,
              );
            },
          },
        }),
      ),
      formError,
    );
    root.append(
      h(
        'header',
        { class: 'lab-head' },
        h('p', { class: 'kicker', text: 'QUIET CHANNEL' }),
        h('h1', { text: T('lab.title') }),
        h('p', { class: 'lead', text: T('lab.lead') }),
        h('p', {}, h('a', { attrs: { href: gameUrl(), id: 'lab-back' }, text: T('lab.back') })),
        langs,
        page.notice ? h('p', { class: 'notice', text: page.notice }) : null,
      ),
      presets,
      setup,
      predict,
      resultsBox,
    );
    drawResults();
    setStatus(page.result);
  };
  render();
}
