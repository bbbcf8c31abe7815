/**
 * The browser's side of moving files: downloading a save, picking one, dropping one anywhere on
 * the page, and copying a link. Plain DOM, no Phaser.
 */
import type { LanguageId } from '../../app/settings';
import { tr } from '../../app/text';

/** Offers `text` as a download named `name`. */
export function downloadText(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Opens the file picker (must run inside a click or key press). Resolves with the file, or null
 * when the picker is closed without one.
 */
export function pickFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.id = 'save-file-input';
    input.style.display = 'none';
    document.body.appendChild(input);
    let done = false;
    const finish = (f: File | null) => {
      if (done) return;
      done = true;
      input.remove();
      resolve(f);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => finish(null));
    input.click();
  });
}

/** Copies text to the clipboard; false when the browser refuses. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Accepts a file dropped anywhere on the page, showing a hint while one is dragged over it.
 * Returns the uninstaller.
 */
export function installDropZone(onFile: (f: File) => void, lang: () => LanguageId): () => void {
  const hint = document.createElement('div');
  hint.id = 'drop-hint';
  Object.assign(hint.style, {
    position: 'fixed',
    inset: '16px',
    display: 'none',
    alignItems: 'center',
    justifyContent: 'center',
    zIndex: '5',
    border: '3px dashed #e69f00',
    borderRadius: '18px',
    background: 'rgba(9,16,26,0.82)',
    color: '#e8eef5',
    fontSize: '24px',
    fontWeight: 'bold',
    letterSpacing: '0.02em',
    pointerEvents: 'none',
    textAlign: 'center',
    padding: '24px',
  });
  hint.setAttribute('aria-hidden', 'true');
  document.body.appendChild(hint);
  let depth = 0;
  const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');
  const show = (on: boolean) => {
    hint.textContent = tr(lang(), 'ui.drop.hint');
    hint.style.display = on ? 'flex' : 'none';
  };
  const enter = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth++;
    show(true);
  };
  const over = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  };
  const leave = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) show(false);
  };
  const drop = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth = 0;
    show(false);
    const f = e.dataTransfer?.files?.[0];
    if (f) onFile(f);
  };
  window.addEventListener('dragenter', enter);
  window.addEventListener('dragover', over);
  window.addEventListener('dragleave', leave);
  window.addEventListener('drop', drop);
  return () => {
    window.removeEventListener('dragenter', enter);
    window.removeEventListener('dragover', over);
    window.removeEventListener('dragleave', leave);
    window.removeEventListener('drop', drop);
    hint.remove();
  };
}
