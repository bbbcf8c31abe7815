/**
 * The students' page (join.ts) speaks English, German and Korean: every `join.*` key it uses is in
 * the three dictionaries, every key there is used, German and Korean are translations (not English
 * left over), and a text split around a bold name keeps the name where the language puts it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { around } from '../../src/classroom/dom';
import { COURSE_TEXTS, LANGUAGES, t } from '../../src/i18n';
import { JOIN_TEXTS } from '../../src/i18n/course/join';

const source = readFileSync(resolve(__dirname, '../../src/classroom/join.ts'), 'utf8');
/** Literal keys ('join.panel.news') and template prefixes (`join.status.${…}`) in join.ts. */
const literal = [...source.matchAll(/['"`](join\.[A-Za-z0-9_.]+[A-Za-z0-9_])['"`]/g)].map((m) => m[1]!);
const prefixes = [...source.matchAll(/`(join\.[A-Za-z0-9_.]*\.)\$\{/g)].map((m) => m[1]!);

describe('the join page in three languages', () => {
  it('finds the keys join.ts uses (the scan works)', () => {
    expect(literal.length).toBeGreaterThan(30);
    expect(prefixes.sort()).toEqual(['join.panel.', 'join.status.']);
  });

  it('every key join.ts uses is in every language, and every join key is used', () => {
    for (const lang of LANGUAGES) for (const k of literal) expect(Object.hasOwn(JOIN_TEXTS[lang], k), `${lang}: ${k}`).toBe(true);
    const used = (k: string) => literal.includes(k) || prefixes.some((p) => k.startsWith(p) && !k.slice(p.length).includes('.'));
    expect(Object.keys(JOIN_TEXTS.en).filter((k) => !used(k))).toEqual([]);
    // The template keys: a session's four states and a move's two visibilities.
    for (const s of ['lobby', 'playing', 'paused', 'ended']) expect(t('de', `join.status.${s}`)).not.toBe(`join.status.${s}`);
    for (const v of ['public', 'secret']) expect(t('ko', `join.panel.${v}`)).not.toBe(`join.panel.${v}`);
  });

  it('the join texts are part of the course texts, and t finds them', () => {
    for (const lang of LANGUAGES) for (const [k, v] of Object.entries(JOIN_TEXTS[lang])) expect(COURSE_TEXTS[lang][k]).toBe(v);
    expect(t('en', 'join.panel.cost', { cost: 2, visibility: t('en', 'join.panel.secret') })).toBe('2 capital · secret');
    expect(t('de', 'join.panel.cost', { cost: 2, visibility: t('de', 'join.panel.secret') })).toBe('2 Kapital · geheim');
    expect(t('ko', 'join.panel.capital', { n: 5 })).toBe('자본: 5');
  });

  it('German and Korean are translated, not English left over', () => {
    const same = (lang: 'de' | 'ko') =>
      Object.entries(JOIN_TEXTS[lang])
        .filter(([k, v]) => v === JOIN_TEXTS.en[k as keyof typeof JOIN_TEXTS.en])
        .map(([k]) => k);
    // "PIN {digits}" is the same word in all three.
    expect(same('de')).toEqual(['join.founded.pinSpoken']);
    expect(same('ko')).toEqual(['join.founded.pinSpoken']);
    for (const v of Object.values(JOIN_TEXTS.ko)) expect(v.replace(/\{\w+\}/g, '')).not.toMatch(/\b(the|your|team|seat|move)\b/i);
  });

  it('splits a text around its placeholder, wherever the language puts it', () => {
    const b = { name: 'Eagles' };
    expect(around(t('en', 'join.founded.pinOf'), 'team', b)).toEqual(['The PIN of ', b, ' is']);
    expect(around(t('de', 'join.founded.pinOf'), 'team', b)).toEqual(['Die PIN von ', b, ' lautet']);
    expect(around(t('ko', 'join.founded.pinOf'), 'team', b)).toEqual([b, '의 PIN:']);
    expect(around(t('en', 'join.panel.pending'), 'move', b)).toEqual(['Your move this month: ', b, '. Waiting for the other seats…']);
    expect(around('No place', 'team', b)).toEqual(['No place', ' ', b]);
  });
});
