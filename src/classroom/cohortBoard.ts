/** Loads a cohort's comparison (with the key this browser keeps for it) and shows the board (compare.ts). */
import { t, type Language } from '../i18n';
import { compareCohort, exportText, storedCohort } from '../net/courseApi';
import { renderCompare } from './compare';
import { clear, h } from './dom';

export async function cohortBoard(root: HTMLElement, lang: Language, id: string): Promise<void> {
  const stored = storedCohort(id);
  clear(root);
  if (!stored) {
    root.append(h('h1', { text: t(lang, 'course.compare.title') }), h('p', { class: 'notice', text: t(lang, 'course.compare.noKey') }));
    return;
  }
  const load = async (): Promise<void> => {
    const r = await compareCohort(location.origin, id, stored.key);
    if (!r.ok) {
      clear(root);
      root.append(h('h1', { text: t(lang, 'course.compare.title') }), h('p', { class: 'notice', text: r.error }));
      return;
    }
    renderCompare(root, lang, r.value, {
      refresh: () => void load(),
      csv: () => exportText(location.origin, `cohorts/${id}/export.csv`, stored.key),
    });
  };
  await load();
}
