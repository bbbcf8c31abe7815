/**
 * Korean glyphs for a classroom page on a device without a Korean font, as the game board loads
 * them (src/ui/fonts.ts): Noto Sans KR split by unicode-range, so the browser fetches only the
 * files that cover the characters shown. Loaded only when the page speaks Korean. Called from the
 * page's own script (pages/join.html), so the Node type check of the tests never meets CSS imports.
 */
export function koreanGlyphs(): void {
  if (document.documentElement.lang !== 'ko') return;
  void Promise.all([import('@fontsource/noto-sans-kr/400.css'), import('@fontsource/noto-sans-kr/700.css')]);
}
