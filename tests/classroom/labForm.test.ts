/** The lab page's form and its texts: presets survive the form, links carry a setup, every language has every text. */
import { describe, expect, it } from 'vitest';
import { decodeLabLink, encodeLabLink, labLinkPayload } from '../../src/codec/labLink';
import { parseLabSpec } from '../../src/engine/labSpec';
import { LAB_PRESET_TEXTS, LAB_TEXTS } from '../../src/i18n/ui/lab';
import { LAB_PRESETS } from '../../src/model/data/labPresets';
import { formFromJson, jsonFromForm, MEASURE_CHOICES, measureFromKey, presetForm, relabelForm } from '../../src/classroom/labForm';

describe('the lab form', () => {
  it('a preset loaded into the form gives back the same spec', () => {
    for (const p of LAB_PRESETS) {
      const form = presetForm(p.id);
      expect(form?.preset).toBe(p.id);
      const again = parseLabSpec(jsonFromForm(form!));
      const original = parseLabSpec(p.spec);
      expect(again.ok && original.ok).toBe(true);
      if (again.ok && original.ok) expect(again.value).toEqual(original.value);
    }
  });

  it('ID=VALUE lines become the what-if start; a bad line is refused by the spec check with its reason', () => {
    const form = formFromJson({ arms: [{}, {}] });
    form.arms[1]!.set = 'ukraine=settled\n  determination = 70 \n';
    const r = parseLabSpec(jsonFromForm(form));
    expect(r.ok && r.value.arms[1]!.set).toEqual({ ukraine: 'settled', determination: 70 });
    form.arms[0]!.set = 'trust=lots';
    const bad = parseLabSpec(jsonFromForm(form));
    expect(bad.ok ? '' : bad.error).toMatch(/arms\[0\]\.set: trust takes a number/);
  });

  it('every measure the form offers is a valid measure', () => {
    for (const key of MEASURE_CHOICES) {
      const r = parseLabSpec({ measure: measureFromKey(key), arms: [{}, {}] });
      expect(r.ok, key).toBe(true);
    }
  });

  it('a setup travels in a link and comes back whole; a damaged link is refused', () => {
    const json = jsonFromForm(presetForm('leak')!);
    const payload = encodeLabLink(json);
    expect(labLinkPayload(`#spec=${payload}`)).toBe(payload);
    const back = decodeLabLink(payload);
    expect(back.ok && back.value).toEqual(json);
    expect(decodeLabLink('%%%').ok).toBe(false);
    expect(decodeLabLink('x'.repeat(7000)).ok).toBe(false);
  });
});

describe('the lab’s texts', () => {
  it('German and Korean have every English text, with the same placeholders', () => {
    const en = LAB_TEXTS.en;
    for (const lang of ['de', 'ko'] as const) {
      for (const [key, text] of Object.entries(en)) {
        const other = (LAB_TEXTS[lang] as Record<string, string>)[key];
        expect(other, `${lang} ${key}`).toBeTruthy();
        const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(holes(other!), `${lang} ${key}`).toEqual(holes(text));
      }
    }
  });

  it('every preset has a title and a claim in every language', () => {
    for (const lang of ['en', 'de', 'ko'] as const)
      for (const p of LAB_PRESETS) {
        expect(LAB_PRESET_TEXTS[lang][p.id]?.title, `${lang} ${p.id}`).toBeTruthy();
        expect(LAB_PRESET_TEXTS[lang][p.id]?.claim, `${lang} ${p.id}`).toBeTruthy();
      }
  });

  it('every preset names each of its arms in every language (English as the preset itself does)', () => {
    for (const p of LAB_PRESETS) {
      const labels = (p.spec.arms as { label: string }[]).map((a) => a.label);
      expect(LAB_PRESET_TEXTS.en[p.id]?.arms, p.id).toEqual(labels);
      for (const lang of ['de', 'ko'] as const) {
        const arms = LAB_PRESET_TEXTS[lang][p.id]?.arms ?? [];
        expect(arms.length, `${lang} ${p.id}`).toBe(labels.length);
        expect(new Set(arms).size, `${lang} ${p.id}: two arms with one name`).toBe(labels.length);
        expect(arms.every((a) => a.trim().length > 0)).toBe(true);
      }
    }
  });

  it('a preset loads with its arms named in the page’s language, and a language switch renames only the preset’s names', () => {
    const de = presetForm('ukraine', 'de')!;
    expect(de.arms.map((a) => a.label)).toEqual(['Krieg in der Ukraine', 'Frieden in der Ukraine']);
    // The spec carries the translated label; nothing else changes.
    const json = jsonFromForm(de) as { arms: { label: string; set: unknown }[] };
    expect(json.arms.map((a) => a.label)).toEqual(['Krieg in der Ukraine', 'Frieden in der Ukraine']);
    expect(json.arms[1]?.set).toEqual({ ukraine: 'settled' });
    const typed = { ...de, arms: [{ ...de.arms[0]!, label: 'Unser Arm' }, de.arms[1]!] };
    expect(relabelForm(typed, 'ko').arms.map((a) => a.label)).toEqual(['Unser Arm', '우크라이나 종전']);
    expect(relabelForm({ ...typed, preset: null }, 'ko').arms.map((a) => a.label)).toEqual(['Unser Arm', 'Frieden in der Ukraine']);
  });
});
