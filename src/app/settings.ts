/**
 * The player's preferences (language, sound, difficulty), remembered between visits. A tiny
 * observable store: scenes and the audio director subscribe; nothing here knows about either.
 */
import { LANGUAGES, type Language } from '../i18n';
import { readJson, writeItem } from './storage';

/** The languages the game speaks: the i18n module's list, under the names the app uses. */
export const LANGUAGE_IDS = LANGUAGES;
export type LanguageId = Language;
export const DIFFICULTIES = ['easy', 'normal', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export interface Settings {
  language: LanguageId;
  /** 0–1. */
  musicVolume: number;
  /** 0–1. */
  sfxVolume: number;
  muted: boolean;
  difficulty: Difficulty;
}

const KEY = 'settings';

function browserLanguage(): LanguageId {
  const langs = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  for (const l of langs) {
    const base = l.slice(0, 2).toLowerCase();
    if ((LANGUAGE_IDS as readonly string[]).includes(base)) return base as LanguageId;
  }
  return 'en';
}

const clamp01 = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : d);

function load(): Settings {
  const raw = readJson<Partial<Settings>>(KEY) ?? {};
  return {
    language: (LANGUAGE_IDS as readonly unknown[]).includes(raw.language) ? (raw.language as LanguageId) : browserLanguage(),
    musicVolume: clamp01(raw.musicVolume, 0.6),
    sfxVolume: clamp01(raw.sfxVolume, 0.8),
    muted: raw.muted === true,
    difficulty: (DIFFICULTIES as readonly unknown[]).includes(raw.difficulty) ? (raw.difficulty as Difficulty) : 'normal',
  };
}

export type SettingsListener = (s: Readonly<Settings>, changed: (keyof Settings)[]) => void;

export class SettingsStore {
  private value: Settings = load();
  private listeners = new Set<SettingsListener>();

  get(): Readonly<Settings> {
    return this.value;
  }

  update(patch: Partial<Settings>): void {
    const changed = (Object.keys(patch) as (keyof Settings)[]).filter((k) => patch[k] !== this.value[k]);
    if (changed.length === 0) return;
    this.value = { ...this.value, ...patch };
    writeItem(KEY, JSON.stringify(this.value));
    for (const l of [...this.listeners]) l(this.value, changed);
  }

  subscribe(listener: SettingsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
