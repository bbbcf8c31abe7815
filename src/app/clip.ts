/**
 * Shortening a text to fit a box: at a word where there is one, always with an ellipsis, so a
 * reader sees that there is more. Pure; the renderer passes in how it measures.
 */

/** The largest `n` in 0…`max` for which `fits(n)` holds, where `fits` holds up to some `n` and fails above it; 0 when only 0 fits. */
export function longestFitting(max: number, fits: (n: number) => boolean): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const ELLIPSIS = '…';
/** What is dropped before an ellipsis: spaces, and punctuation that would stand oddly before it. */
const TRAILING = /[\s,;:.\u2013\u2014-]+$/u;

function withEllipsis(prefix: string): string {
  return `${prefix.replace(TRAILING, '')}${ELLIPSIS}`;
}

/**
 * `text` as it is when `fits(text)`; otherwise its longest word-boundary prefix that fits with an
 * ellipsis. When not even the first word fits, as many characters of it as fit (at least one, so
 * that the ellipsis never stands alone).
 */
export function clipAtWord(text: string, fits: (s: string) => boolean): string {
  if (fits(text)) return text;
  const ends: number[] = [];
  for (const m of text.matchAll(/\S+/gu)) ends.push((m.index ?? 0) + m[0].length);
  const words = longestFitting(ends.length, (n) => n === 0 || fits(withEllipsis(text.slice(0, ends[n - 1]))));
  if (words > 0) return withEllipsis(text.slice(0, ends[words - 1]));
  const chars = Array.from(text.trimStart());
  const n = longestFitting(chars.length, (k) => k === 0 || fits(withEllipsis(chars.slice(0, k).join(''))));
  return withEllipsis(chars.slice(0, Math.max(1, n)).join(''));
}
