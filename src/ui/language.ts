/**
 * Switching language: Korean text needs its glyphs loaded before the screens redraw, so the switch
 * waits for them (only the font files covering the characters actually used are fetched).
 */
import { allTexts } from '../app/text';
import type { LanguageId } from '../app/settings';
import { ensureGlyphs } from './fonts';
import { services } from './services';
import { setKoreanFirst } from './widgets/text';

let corpus: string | null = null;

function koreanCorpus(): string {
  if (corpus !== null) return corpus;
  const chars = new Set<string>();
  for (const s of allTexts('ko')) for (const ch of s) chars.add(ch);
  for (const ch of '0123456789.,:;!?()[]%+−-–—·…/ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') chars.add(ch);
  corpus = [...chars].join('');
  return corpus;
}

/** Loads what the language needs to draw; call before showing it. */
export async function prepareLanguage(lang: LanguageId): Promise<void> {
  setKoreanFirst(lang === 'ko');
  // The language menu always shows "한국어".
  const needed = lang === 'ko' ? koreanCorpus() : '한국어';
  await Promise.race([ensureGlyphs(needed), new Promise((r) => setTimeout(r, 4000))]);
}

export async function switchLanguage(lang: LanguageId): Promise<void> {
  const s = services().session;
  if (s.lang === lang) return;
  await prepareLanguage(lang);
  s.settings.update({ language: lang });
  s.announce(s.lang === 'ko' ? '한국어' : lang === 'de' ? 'Sprache: Deutsch' : 'Language: English');
}
