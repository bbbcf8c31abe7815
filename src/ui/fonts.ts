/**
 * Korean glyphs for canvas text. Phaser draws text on a canvas, where a web font that is not
 * loaded yet silently falls back (to empty boxes on machines without a Korean font). Noto Sans KR
 * is split by unicode-range into many small files; `ensureGlyphs` loads exactly the files that
 * cover the given text, and only when Korean text is about to be drawn.
 */
const HANGUL = /[\u1100-\u11ff\u3000-\u303f\u3130-\u318f\uac00-\ud7af\uff00-\uffef]/;
const loaded = new Set<string>();
let cssPromise: Promise<void> | null = null;

function loadCss(): Promise<void> {
  cssPromise ??= Promise.all([import('@fontsource/noto-sans-kr/400.css'), import('@fontsource/noto-sans-kr/700.css')]).then(
    () => undefined,
  );
  return cssPromise;
}

export function hasKorean(text: string): boolean {
  return HANGUL.test(text);
}

/** Characters of `text` that are not known to be loaded yet. */
function missing(text: string): string {
  let out = '';
  for (const ch of new Set(text)) if (!loaded.has(ch) && ch.trim() !== '') out += ch;
  return out;
}

/** Resolves once Noto Sans KR (regular and bold) can draw every character of `text`. */
export async function ensureGlyphs(text: string): Promise<boolean> {
  const chars = missing(text);
  if (chars === '') return false;
  try {
    await loadCss();
    if (typeof document === 'undefined' || !document.fonts) return false;
    await Promise.all([document.fonts.load('400 16px "Noto Sans KR"', chars), document.fonts.load('700 16px "Noto Sans KR"', chars)]);
    for (const ch of chars) loaded.add(ch);
    return true;
  } catch {
    return false;
  }
}

/** Synchronous check used by text objects: true when drawing `text` needs a font load first. */
export function needsGlyphs(text: string): boolean {
  if (!hasKorean(text)) return false;
  return missing(text) !== '';
}
