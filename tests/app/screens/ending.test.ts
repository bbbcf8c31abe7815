/** The Ending and Resolution screens' view models, without a browser. */
import { describe, expect, it } from 'vitest';
import { endingVM } from '../../../src/app/screens/ending';
import { NEWS_PER_PAGE, pagesOf, resolutionVM } from '../../../src/app/screens/resolution';
import { controllerLabel, monthOfTurn, sourceLabel } from '../../../src/app/screens/common';
import { tr } from '../../../src/app/text';
import { keyTurningPoints } from '../../../src/model/explain';
import { INDICATOR_IDS } from '../../../src/model/types';
import { gameAfter } from './helpers';

describe('endingVM', () => {
  it('is null while the game runs; at the end it gives a verdict per seat and the whole series', () => {
    const g = gameAfter(9, ['dprk'], 30);
    expect(g.ended()).toBe(true);
    const view = g.view('dprk');
    const vm = endingVM(view, 'en')!;
    expect(vm).not.toBeNull();
    expect(vm.verdicts.map((v) => v.seat)).toEqual(['us', 'dprk', 'rok']);
    expect(vm.verdicts.filter((v) => v.mine).map((v) => v.seat)).toEqual(['dprk']);
    expect(vm.verdicts.find((v) => v.mine)!.controller).toBe(tr('en', 'ui.setup.human'));
    expect(vm.series).toHaveLength(view.history.length + 1);
    expect(vm.series[vm.series.length - 1]).toEqual(view.history[view.history.length - 1]!.indicators);
    expect(vm.seriesLabels[1]).toBe(monthOfTurn('en', 1));
    expect(vm.announcement).toContain(vm.title);
    g.stop();
    const running = gameAfter(9, ['dprk'], 2);
    expect(endingVM(running.view('dprk'), 'en')).toBeNull();
    running.stop();
  });

  it('shows at most six turning points: those that pushed hardest toward the ending, in order', () => {
    for (const seed of [9, 11, 14, 21]) {
      const g = gameAfter(seed, ['dprk'], 30);
      const view = g.view('dprk');
      const vm = endingVM(view, 'en')!;
      const all = view.explanation!.turningPoints;
      const kept = keyTurningPoints(all, 6);
      expect(vm.turningPoints).toHaveLength(Math.min(6, all.length));
      expect(vm.turningPoints.map((p) => p.date)).toEqual(kept.map((p) => monthOfTurn('en', p.turn)));
      const weakestKept = Math.min(...kept.map((p) => Math.abs(p.push)));
      for (const p of all) if (!kept.includes(p)) expect(Math.abs(p.push)).toBeLessThanOrEqual(weakestKept);
      g.stop();
    }
  });
});

describe('resolutionVM', () => {
  it('sums each indicator’s changes of the month, largest first, and marks the player’s move', () => {
    const g = gameAfter(4, ['us'], 3);
    const view = g.view('us');
    const vm = resolutionVM(view, 2, 'en');
    expect(vm.moves.filter((m) => m.mine).map((m) => m.seat)).toEqual(['us']);
    for (const c of vm.changes) {
      const sum = view.changes.filter((x) => x.turn === 2 && x.indicator === c.id).reduce((a, x) => a + x.delta, 0);
      expect(c.delta).toBe(sum);
      expect(c.after).toBe(view.history[1]!.indicators[c.id]);
      expect(c.before).toBe(c.after - c.delta);
    }
    const sizes = vm.changes.map((c) => Math.abs(c.delta));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(vm.changes.every((c) => INDICATOR_IDS.includes(c.id) && c.delta !== 0)).toBe(true);
    g.stop();
  });
});

describe('resolutionVM news', () => {
  it('shows every item of a busy month: turning points first, then events, then notes, in pages of at most five', () => {
    const order = { stage: 0, event: 1, note: 2 } as const;
    let busy = 0;
    for (let seed = 1; seed <= 12 && busy < 3; seed++) {
      const g = gameAfter(seed, ['us'], 24);
      const view = g.view('us');
      for (let turn = 1; turn <= view.history.length; turn++) {
        const vm = resolutionVM(view, turn, 'en');
        const items = view.news.filter((n) => n.turn === turn);
        // Nothing is left out, and each kind keeps the order the month gave it.
        expect(vm.newsPages.flat()).toEqual(vm.news);
        expect(vm.news.map((n) => n.id).sort()).toEqual(items.map((n) => n.id).sort());
        for (const kind of ['stage', 'event', 'note'] as const) {
          expect(vm.news.filter((n) => n.kind === kind).map((n) => n.id)).toEqual(
            items.filter((n) => n.id.startsWith(`${kind}.`) || (kind === 'note' && !/^(stage|event)\./.test(n.id))).map((n) => n.id),
          );
        }
        const ranks = vm.news.map((n) => order[n.kind]);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        expect(vm.newsPages.every((p) => p.length <= NEWS_PER_PAGE)).toBe(true);
        expect(vm.newsPages.length).toBe(Math.max(1, Math.ceil(items.length / NEWS_PER_PAGE)));
        if (items.length > NEWS_PER_PAGE) busy++;
      }
      g.stop();
    }
    // The games held months busier than one page.
    expect(busy).toBeGreaterThan(0);
  });

  it('pages a list evenly, and a quiet month is one empty page', () => {
    const list = (n: number) => Array.from({ length: n }, (_, i) => i);
    expect(pagesOf(list(5), 5)).toEqual([list(5)]);
    expect(pagesOf(list(6), 5)).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
    expect(pagesOf(list(7), 5)).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6],
    ]);
    expect(pagesOf(list(11), 5).map((p) => p.length)).toEqual([4, 4, 3]);
    expect(pagesOf([], 5)).toEqual([[]]);
  });
});

describe('common wording', () => {
  it('names a seat’s controller as the player reads it', () => {
    const seats = { us: 'human', dprk: 'human', rok: 'bot:hawk' } as const;
    expect(controllerLabel('en', seats, 'us', 'us')).toBe(tr('en', 'ui.setup.human'));
    expect(controllerLabel('en', seats, 'dprk', 'us')).toBe(tr('en', 'ui.setup.person'));
    expect(controllerLabel('en', seats, 'rok', 'us')).not.toBe(tr('en', 'ui.setup.person'));
  });

  it('turns the model’s English source notes into a short note in other languages', () => {
    expect(sourceLabel('en', 'Claim 9 of the brief')).toBe('Claim 9 of the brief');
    expect(sourceLabel('de', 'Claims 3 and 4')).toBe(tr('de', 'ui.source.claims', { n: '3, 4' }));
    expect(sourceLabel('de', 'A game rule')).toBe(tr('de', 'ui.source.rule'));
    expect(sourceLabel('ko', '')).toBe('');
  });
});
