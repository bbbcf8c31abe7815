/**
 * The lab page's form model: what the person edits (arms with a what-if start as ID=VALUE lines,
 * bots, games, months, the measure) and its translation to and from a spec's JSON. Interventions
 * (forbid, prefer, inject) come with presets and links and are kept as they are.
 */
import { DEFAULT_MEASURE, type LabMeasure } from '../engine/labSpec';
import { LANGUAGES, type Language } from '../i18n';
import { LAB_PRESET_TEXTS } from '../i18n/ui/lab';
import { LAB_PRESETS } from '../model/data/labPresets';
import { ENDING_IDS, INDICATOR_IDS, SEATS, type Seat } from '../model/types';

export interface ArmForm {
  label: string;
  /** ID=VALUE, one per line. */
  set: string;
  seats: Record<Seat, string>;
  /** forbid / prefer / inject, untouched by the form. */
  extra: Record<string, unknown>;
}

export interface LabForm {
  games: number;
  months: number;
  seed: number;
  /** The scenario version the spec names (a preset may pin one), or null for the current rules. */
  scenarioVersion: number | null;
  /** `share:deals`, `share:<ending>`, `final:<indicator>` or `game:<indicator>`. */
  measure: string;
  arms: ArmForm[];
  preset: string | null;
}

export const MEASURE_CHOICES: readonly string[] = [
  'share:deals',
  ...ENDING_IDS.map((e) => `share:${e}`),
  ...INDICATOR_IDS.map((i) => `final:${i}`),
  ...INDICATOR_IDS.map((i) => `game:${i}`),
];

const DEALS = ['roadmap', 'freeze', 'recognition'];

export function measureKey(m: Partial<LabMeasure> | undefined): string {
  const x = (m ?? DEFAULT_MEASURE) as Record<string, unknown>;
  if (x.kind === 'indicator') return `${x.over === 'game' ? 'game' : 'final'}:${typeof x.indicator === 'string' ? x.indicator : ''}`;
  const endings = Array.isArray(x.endings) ? (x.endings as string[]) : [];
  const reached = Array.isArray(x.reached) ? (x.reached as string[]) : [];
  if (reached.length === 0 && endings.length === 1) return `share:${endings[0]}`;
  if (reached.length === 0 && endings.join() === DEALS.join()) return 'share:deals';
  return `custom:${JSON.stringify(x)}`;
}

export function measureFromKey(key: string): unknown {
  const [kind, rest] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (kind === 'custom') return JSON.parse(rest) as unknown;
  if (kind === 'share') return { kind: 'share', endings: rest === 'deals' ? DEALS : [rest] };
  return { kind: 'indicator', indicator: rest, over: kind };
}

const bots = (x: unknown): Record<Seat, string> => {
  const r = (typeof x === 'object' && x !== null ? x : {}) as Partial<Record<Seat, string>>;
  return Object.fromEntries(SEATS.map((s) => [s, r[s] ?? 'dealmaker'])) as Record<Seat, string>;
};

/** A form from a spec's JSON (a preset, a link); the JSON need not be valid yet. */
export function formFromJson(raw: Record<string, unknown>, preset: string | null = null): LabForm {
  const arms = Array.isArray(raw.arms) ? (raw.arms as Record<string, unknown>[]) : [];
  return {
    games: typeof raw.games === 'number' ? raw.games : 500,
    months: typeof raw.months === 'number' ? raw.months : 24,
    seed: typeof raw.seed === 'number' ? raw.seed : 1,
    scenarioVersion: typeof raw.scenarioVersion === 'number' ? raw.scenarioVersion : null,
    measure: measureKey(raw.measure as Partial<LabMeasure> | undefined),
    preset,
    arms: arms.map((a, i) => {
      const { label, set, seats, ...extra } = a;
      const pairs = typeof set === 'object' && set !== null ? Object.entries(set as Record<string, unknown>) : [];
      return {
        label: typeof label === 'string' ? label : String.fromCharCode(65 + i),
        set: pairs.map(([k, v]) => `${k}=${String(v)}`).join('\n'),
        seats: bots(raw.seats && !seats ? raw.seats : seats),
        extra,
      };
    }),
  };
}

/** A preset as a form, its arms named in `lang`. */
export function presetForm(id: string, lang: Language = 'en'): LabForm | null {
  const p = LAB_PRESETS.find((x) => x.id === id);
  if (!p) return null;
  const f = formFromJson(p.spec, p.id);
  return { ...f, arms: f.arms.map((a, i) => ({ ...a, label: presetArmLabel(p.id, i, lang) ?? a.label })) };
}

/** The label of a preset's arm `i` in `lang`, if the preset has one. */
export function presetArmLabel(id: string, i: number, lang: Language): string | undefined {
  return (LAB_PRESET_TEXTS[lang][id] ?? LAB_PRESET_TEXTS.en[id])?.arms[i];
}

/**
 * The form in another language: a preset's arm still named as the preset names it (in any
 * language) takes its name in `lang`; a name the person typed stays.
 */
export function relabelForm(f: LabForm, lang: Language): LabForm {
  if (!f.preset) return f;
  const id = f.preset;
  const arms = f.arms.map((a, i) => {
    const known = LANGUAGES.some((l) => presetArmLabel(id, i, l) === a.label);
    return known ? { ...a, label: presetArmLabel(id, i, lang) ?? a.label } : a;
  });
  return { ...f, arms };
}

/** The spec's JSON from the form (parseLabSpec checks it). */
export function jsonFromForm(f: LabForm): Record<string, unknown> {
  return {
    games: f.games,
    months: f.months,
    seed: f.seed,
    ...(f.scenarioVersion !== null ? { scenarioVersion: f.scenarioVersion } : {}),
    measure: measureFromKey(f.measure),
    arms: f.arms.map((a) => {
      const set: Record<string, string> = {};
      for (const line of a.set.split('\n')) {
        const t = line.trim();
        if (!t) continue;
        const eq = t.indexOf('=');
        set[eq > 0 ? t.slice(0, eq).trim() : t] = eq > 0 ? t.slice(eq + 1).trim() : '';
      }
      return { label: a.label, set, seats: a.seats, ...a.extra };
    }),
  };
}
