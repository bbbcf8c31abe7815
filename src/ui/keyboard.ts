/**
 * One keyboard listener for the whole game: M mutes, Escape goes back, everything else goes to the
 * top screen's focus manager (Tab, arrows, Enter, Space). Phaser's own keyboard plugin is off so
 * keys are handled exactly once.
 */
import { services } from './services';
import { topScreen } from './BaseScene';

export function installKeyRouter(): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement | null;
    const inInput = !!target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA');
    if (inInput) {
      // In a text area (a letter) Enter starts a new line; Tab and Escape leave it.
      if (e.key === 'Enter' && target.tagName === 'TEXTAREA') return;
      if (e.key === 'Tab' || e.key === 'Escape' || e.key === 'Enter') {
        target.blur();
        e.preventDefault();
        const top = topScreen();
        if (top && e.key !== 'Escape') top.handleKey(e.key === 'Enter' ? new KeyboardEvent('keydown', { key: 'Tab' }) : e);
      }
      return;
    }
    if (e.key === 'm' || e.key === 'M') {
      services().toggleMute();
      e.preventDefault();
      return;
    }
    const top = topScreen();
    if (!top) return;
    if (top.leaving) {
      e.preventDefault();
      return;
    }
    if (e.key === 'Escape') {
      top.onEscape();
      e.preventDefault();
      return;
    }
    if (top.handleKey(e)) e.preventDefault();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
