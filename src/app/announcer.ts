/**
 * The aria-live regions in index.html: the turn, the month's headlines and the ending are read out
 * to screen-reader users. Repeating the same text still re-announces it.
 */
export function announce(text: string, assertive = false): void {
  if (typeof document === 'undefined') return;
  const el = document.getElementById(assertive ? 'announcer-alert' : 'announcer');
  if (!el) return;
  el.textContent = '';
  // A fresh text node on the next frame makes screen readers treat it as new even when unchanged.
  window.setTimeout(() => {
    el.textContent = text;
  }, 30);
}
