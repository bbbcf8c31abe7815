/**
 * `t` falls back to English when a language lacks a key, and to the key itself when English
 * lacks it too. The interface dictionaries are replaced here so that a key exists only in English.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/i18n/ui/en', () => ({ ui: { 'test.onlyEnglish': 'Only in English, {name}', 'test.everywhere': 'Everywhere' } }));
vi.mock('../../src/i18n/ui/de', () => ({ ui: { 'test.everywhere': 'Überall', 'test.emptyInGerman': '' } }));
vi.mock('../../src/i18n/ui/ko', () => ({ ui: { 'test.everywhere': '어디에나' } }));

const { t, has } = await import('../../src/i18n');

describe('t falls back', () => {
  it('uses the language when it has the key', () => {
    expect(t('de', 'test.everywhere')).toBe('Überall');
    expect(t('ko', 'test.everywhere')).toBe('어디에나');
  });

  it('falls back to English, with placeholders filled', () => {
    expect(has('de', 'test.onlyEnglish')).toBe(false);
    expect(t('de', 'test.onlyEnglish', { name: 'Kim' })).toBe('Only in English, Kim');
    expect(t('ko', 'test.onlyEnglish', { name: '김' })).toBe('Only in English, 김');
  });

  it('treats an empty text as missing', () => {
    expect(has('de', 'test.emptyInGerman')).toBe(false);
    expect(t('de', 'test.emptyInGerman')).toBe('test.emptyInGerman');
  });

  it('falls back to the key when no language has it', () => {
    expect(t('ko', 'test.nowhere')).toBe('test.nowhere');
  });

  it('still merges the game texts', () => {
    expect(t('de', 'seat.dprk')).toBe('Pjöngjang');
  });
});
