/**
 * Tiny DOM helpers for the classroom pages. Text is only ever set as text (text nodes and
 * textContent), never as HTML, so a team name like "<img onerror=…>" shows as those characters.
 */
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../i18n';
import type { SessionInfo } from '../net/protocol';

type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  text?: string;
  attrs?: Record<string, string>;
  on?: Partial<Record<keyof HTMLElementEventMap, (e: Event) => void>>;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.text !== undefined) el.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) el.setAttribute(k, v);
  for (const [k, fn] of Object.entries(props.on ?? {})) if (fn) el.addEventListener(k, fn);
  append(el, ...children);
  return el;
}

export function append(el: Element, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
}

/**
 * A translated text with one `{name}` placeholder, split around it so that an element (a team's
 * name in bold) stands where the language puts it; without the placeholder, the element follows.
 */
export function around<T>(text: string, name: string, el: T): (T | string)[] {
  const at = text.indexOf(`{${name}}`);
  return at < 0 ? [text, ' ', el] : [text.slice(0, at), el, text.slice(at + name.length + 2)].filter((x) => x !== '');
}

export function clear(el: Element): void {
  while (el.firstChild) el.firstChild.remove();
}

const SVG = 'http://www.w3.org/2000/svg';
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  ...children: (SVGElement | string)[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

/** The player's language from the game's saved settings, else English. */
export function pageLanguage(): Language {
  try {
    const raw = window.localStorage.getItem('quietChannel.settings');
    const lang = raw ? (JSON.parse(raw) as { language?: unknown }).language : undefined;
    return isLanguage(lang) ? lang : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/** mm:ss. */
export function clock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * The month's time left now: the server's figure counted down since it arrived (`received`, ms)
 * while the game plays, as it was while paused, or null without a timer.
 */
export function timeLeft(session: Pick<SessionInfo, 'remainingMs' | 'status'>, received: number): number | null {
  if (session.remainingMs === null) return null;
  return session.status === 'playing' ? session.remainingMs - (Date.now() - received) : session.remainingMs;
}

/** Offers text as a file download. */
export function download(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { attrs: { href: url, download: filename } });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// Where a teacher's console keeps its sessions' keys: this browser's localStorage only.
const TEACHER_PREFIX = 'quietChannel.teacher.';

export function rememberTeacher(code: string, key: string): void {
  try {
    window.localStorage.setItem(TEACHER_PREFIX + code, key);
  } catch {
    /* storage off: the key is in the page until it closes */
  }
}

export function teacherKey(code: string): string | null {
  try {
    return window.localStorage.getItem(TEACHER_PREFIX + code);
  } catch {
    return null;
  }
}

export function teacherCodes(): string[] {
  try {
    const out: string[] = [];
    for (let i = 0; i < window.localStorage.length; i++) {
      const k = window.localStorage.key(i);
      if (k?.startsWith(TEACHER_PREFIX)) out.push(k.slice(TEACHER_PREFIX.length));
    }
    return out.sort();
  } catch {
    return [];
  }
}
