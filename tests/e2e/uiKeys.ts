/**
 * Every `ui.*` key the browser code uses exists in English, German and Korean, and so does every
 * `ui.*`, `course.*` and `join.*` key of the classroom pages (src/classroom). (tests/i18n checks
 * that the three dictionaries agree with each other; this checks them against the code.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { COURSE_TEXTS } from '../../src/i18n';
import { ui as de } from '../../src/i18n/ui/de';
import { ui as en } from '../../src/i18n/ui/en';
import { ui as ko } from '../../src/i18n/ui/ko';
import { ROOT } from './server';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Problems found, empty when every key exists in every language. */
export async function missingUiKeys(): Promise<string[]> {
  const code = [...sources(resolve(ROOT, 'src/ui')), ...sources(resolve(ROOT, 'src/app'))].map((f) => readFileSync(f, 'utf8')).join('\n');
  // Literal keys ('ui.board.endTurn') and template prefixes (`ui.difficulty.${d}`).
  const literal = new Set([...code.matchAll(/['"`](ui\.[A-Za-z0-9_.]+[A-Za-z0-9_])['"`]/g)].map((m) => m[1] as string));
  const prefixes = new Set([...code.matchAll(/`(ui\.[A-Za-z0-9_.]*)\$\{/g)].map((m) => m[1] as string));
  const out: string[] = [];
  if (literal.size < 100) out.push(`only ${literal.size} ui keys found in the code: the scan is broken`);
  for (const [lang, own] of [
    ['en', en],
    ['de', de],
    ['ko', ko],
  ] as const) {
    const dict: Record<string, string> = { ...own };
    for (const k of literal) if (!(k in dict)) out.push(`${lang}: ${k}`);
    for (const p of prefixes) if (!Object.keys(dict).some((k) => k.startsWith(p))) out.push(`${lang}: nothing under ${p}*`);
    for (const k of Object.keys(en)) if (!(k in dict)) out.push(`${lang}: ${k} (in en)`);
  }
  out.push(...missingClassroomKeys({ en, de, ko }));
  return out;
}

/** The classroom pages' keys: literal ones, and template prefixes that end at a dot (`join.status.${s}`). */
function missingClassroomKeys(ui: Readonly<Record<'en' | 'de' | 'ko', Record<string, string>>>): string[] {
  const code = sources(resolve(ROOT, 'src/classroom'))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const literal = new Set([...code.matchAll(/['"`]((?:ui|course|join)\.[A-Za-z0-9_.]+[A-Za-z0-9_])['"`]/g)].map((m) => m[1] as string));
  const prefixes = new Set([...code.matchAll(/`((?:ui|course|join)\.[A-Za-z0-9_.]*\.)\$\{/g)].map((m) => m[1] as string));
  const out: string[] = [];
  if (![...literal].some((k) => k.startsWith('join.'))) out.push('no join keys found in src/classroom: the scan is broken');
  for (const lang of ['en', 'de', 'ko'] as const) {
    const dict: Record<string, string> = { ...ui[lang], ...COURSE_TEXTS[lang] };
    for (const k of literal) if (!(k in dict)) out.push(`${lang}: ${k} (src/classroom)`);
    for (const p of prefixes) if (!Object.keys(dict).some((k) => k.startsWith(p))) out.push(`${lang}: nothing under ${p}* (src/classroom)`);
  }
  return out;
}
