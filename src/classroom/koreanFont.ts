/**
 * Korean glyphs for a classroom page on a device without a Korean font, as the game board loads
 * them (src/ui/fonts.ts): Noto Sans KR split by unicode-range, so the browser fetches only the
 * files that cover the characters shown. Loaded only when the page speaks Korean. Called from the
 * page's own script (pages/join.html), so the Node type check of the tests never meets CSS imports.
 *
 * Chromium can leave text that it laid out before the font's rules arrived, or while the files it
 * needed were on their way, as empty boxes for good; so the page waits, before its first render,
 * for the rules and for the files that cover `first` (the texts it shows first). Never fails:
 * without the font the page shows in the device's own fonts.
 */
export function koreanGlyphs(lang: string, first: string): Promise<void> {
  if (lang !== 'ko') return Promise.resolve();
  return Promise.all([import('@fontsource/noto-sans-kr/400.css'), import('@fontsource/noto-sans-kr/700.css')])
    .then(() => Promise.all(['400', '700'].map((w) => document.fonts.load(`${w} 16px "Noto Sans KR"`, first))))
    .then(
      () => undefined,
      () => undefined,
    );
}
