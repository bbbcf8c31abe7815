/** The lab page's panels: the article's claims as cards, and the prediction asked before the results show. */
import type { LabSpec } from '../engine/labSpec';
import { endingTitle, indicatorName, type Language } from '../i18n';
import { LAB_PRESET_TEXTS, labText } from '../i18n/ui/lab';
import { LAB_PRESETS } from '../model/data/labPresets';
import { ENDING_IDS, type EndingId, type IndicatorId } from '../model/types';
import { h } from './dom';
import type { LabForm } from './labForm';
import { measureName, type Prediction } from './labView';

export function measureLabel(lang: Language, key: string): string {
  const [kind, id] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (kind === 'share')
    return id === 'deals'
      ? labText(lang, 'lab.measure.deals')
      : labText(lang, 'lab.measure.share', { what: endingTitle(lang, id as EndingId) });
  if (kind === 'custom') {
    // A measure from a preset or a link that the menu has no entry for: its endings and stages reached.
    const m = JSON.parse(id) as { endings?: string[]; reached?: string[] };
    const what = [...(m.endings ?? []).map((e) => endingTitle(lang, e as EndingId)), ...(m.reached ?? [])].join(' / ');
    return labText(lang, 'lab.measure.share', { what });
  }
  return labText(lang, kind === 'final' ? 'lab.measure.final' : 'lab.measure.game', { name: indicatorName(lang, id as IndicatorId) });
}

const field = (label: string, input: HTMLElement) => h('label', { class: 'lab-field' }, h('span', { text: label }), input);

/** One card per claim of the article; its button loads the preset into the form. */
export function presetsPanel(lang: Language, selected: string | null, onPick: (id: string) => void): HTMLElement {
  const T = (k: Parameters<typeof labText>[1], p?: Parameters<typeof labText>[2]) => labText(lang, k, p);
  return h(
    'section',
    { class: 'lab-section lab-presets' },
    h('h2', { text: T('lab.presets') }),
    h(
      'div',
      { class: 'lab-cards' },
      ...LAB_PRESETS.map((p) => {
        const words = LAB_PRESET_TEXTS[lang][p.id] ?? LAB_PRESET_TEXTS.en[p.id];
        return h(
          'article',
          { class: `lab-card${selected === p.id ? ' selected' : ''}` },
          h('h3', { text: words?.title ?? p.id }),
          h('p', { text: words?.claim ?? p.text }),
          h('p', { class: 'small', text: `${T('lab.claim', { n: p.claim })} · ${T('lab.source', { source: p.source })}` }),
          h('p', { class: 'small', text: T('lab.articleSays', { dir: T(p.expect === 'up' ? 'lab.up' : 'lab.down') }) }),
          h('button', {
            attrs: { id: `lab-preset-${p.id}` },
            text: T('lab.presetPick'),
            on: { click: () => onPick(p.id) },
          }),
        );
      }),
    ),
  );
}

/** The prediction: which ending gains, which way the measure moves (mutates `prediction`, then calls `onChange`). */
export function predictPanel(
  lang: Language,
  form: LabForm,
  prediction: Prediction,
  spec: LabSpec | null,
  onChange: () => void,
): HTMLElement {
  const T = (k: Parameters<typeof labText>[1], p?: Parameters<typeof labText>[2]) => labText(lang, k, p);
  const a0 = form.arms[0]?.label ?? 'A';
  const a1 = form.arms[1]?.label ?? 'B';
  return h(
    'section',
    { class: 'lab-section lab-predict' },
    h('h2', { text: T('lab.predict') }),
    h('p', { class: 'small', text: T('lab.predictHelp') }),
    field(
      T('lab.predictEnding', { a: a0, b: a1 }),
      h(
        'select',
        {
          attrs: { id: 'lab-predict-ending' },
          on: {
            change: (e) => {
              prediction.ending = (e.target as HTMLSelectElement).value as EndingId | '';
              onChange();
            },
          },
        },
        h('option', { attrs: { value: '' }, text: T('lab.choose') }),
        ...ENDING_IDS.map((e) =>
          h('option', {
            attrs: { value: e, ...(prediction.ending === e ? { selected: '' } : {}) },
            text: endingTitle(lang, e),
          }),
        ),
      ),
    ),
    field(
      T('lab.predictMeasure', { a: a0, b: a1 }),
      h(
        'select',
        {
          attrs: { id: 'lab-predict-dir' },
          on: {
            change: (e) => {
              prediction.dir = (e.target as HTMLSelectElement).value as Prediction['dir'];
              onChange();
            },
          },
        },
        h('option', { attrs: { value: '' }, text: T('lab.choose') }),
        ...(['up', 'down', 'same'] as const).map((d) =>
          h('option', {
            attrs: { value: d, ...(prediction.dir === d ? { selected: '' } : {}) },
            text: T(d === 'up' ? 'lab.up' : d === 'down' ? 'lab.down' : 'lab.same'),
          }),
        ),
      ),
    ),
    h('p', {
      class: 'small',
      text: `${T('lab.measure')}: ${spec ? measureName(lang, spec) : measureLabel(lang, form.measure)}`,
    }),
  );
}
