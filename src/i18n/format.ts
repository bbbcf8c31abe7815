/**
 * The language list, `{name}` placeholders and number formatting: the part of src/i18n that needs
 * no dictionary, shared by the translations (./index.ts) and the game log's English (./log.ts).
 */
export const LANGUAGES = ['en', 'de', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];

/** BCP 47 locales used for `Intl` formatting. */
export const LOCALES: Readonly<Record<Language, string>> = { en: 'en-US', de: 'de-DE', ko: 'ko-KR' };

export type Params = Readonly<Record<string, string | number>>;

/** Replaces `{name}` with `params.name`; unknown placeholders stay as they are. Numbers are inserted as they are (format them first). */
export function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

export function cached<T>(cache: Map<Language, T>, lang: Language, make: (locale: string) => T): T {
  let f = cache.get(lang);
  if (f === undefined) {
    f = make(LOCALES[lang]);
    cache.set(lang, f);
  }
  return f;
}

const numberFormats = new Map<Language, Intl.NumberFormat>();

/** `28500` → "28,500" / "28.500" / "28,500". */
export function formatNumber(lang: Language, n: number): string {
  return cached(numberFormats, lang, (l) => new Intl.NumberFormat(l, { maximumFractionDigits: 1 })).format(n);
}

/** A change with its sign: "+6", "−6" (a real minus sign, U+2212), "±0". */
export function formatSignedDelta(lang: Language, n: number): string {
  if (n === 0) return '±0';
  return (n > 0 ? '+' : '\u2212') + formatNumber(lang, Math.abs(n));
}
