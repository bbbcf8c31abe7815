/** What the Saved games and Replay screens show, without a browser. */
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/app/saves/timeline';
import { ReplayController } from '../../src/app/saves/replayController';
import {
  gameStatus,
  gameTitle,
  markersOf,
  refusalVM,
  replayVM,
  saveRowVM,
  seriesOf,
  timelineMarkers,
  treeRowsVM,
} from '../../src/app/saves/viewModels';
import { importSaveText } from '../../src/app/saves/transfer';
import type { SaveMeta } from '../../src/app/saves/types';
import { tr } from '../../src/app/text';
import { botSave, humanGame } from './helpers';

function controllerFor(seed: number, seat?: 'us' | 'dprk' | 'rok') {
  let save;
  if (seat) {
    const g = humanGame(seed, seat, 30);
    save = g.save();
    g.stop();
  } else save = botSave(seed).save;
  const t = buildTimeline(save);
  if (!t.ok) throw new Error(t.error);
  return new ReplayController({ timeline: t.value, meta: null });
}

const meta = (o: Partial<SaveMeta>): SaveMeta => ({
  id: 'x',
  title: '',
  seat: 'us',
  turn: 6,
  maxTurns: 24,
  ending: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-02T00:00:00Z',
  origin: 'play',
  hashes: [],
  ...o,
});

describe('replayVM', () => {
  it('follows the cursor: the month’s moves with their reasons, the news, the indicators', () => {
    const ctl = controllerFor(3, 'dprk');
    const series = seriesOf(ctl);
    expect(series.length).toBe(ctl.last + 1);
    const start = replayVM(ctl, 'en', series);
    expect(start.cursor).toBe(0);
    expect(start.moves).toEqual([]);
    expect(start.empty).not.toBeNull();
    ctl.seek(5);
    const vm = replayVM(ctl, 'en', series);
    expect(vm.moves.map((m) => m.seat).sort()).toEqual(['dprk', 'rok', 'us']);
    const mine = vm.moves.find((m) => m.seat === 'dprk')!;
    expect(mine.hidden).toBe(false);
    expect(mine.reason).toBe(tr('en', 'ui.replay.reasonPlayer'));
    for (const m of vm.moves) expect(m.reason.length).toBeGreaterThan(0);
    // Bots' reasons are the ones they gave.
    const bot = vm.moves.find((m) => m.seat === 'us')!;
    if (!bot.hidden) expect(bot.reason).toMatch(/dealmaker/);
    expect(vm.board.indicators.map((i) => i.value)).toEqual(Object.values(series[5]!));
  });

  it('hides other seats’ secret moves and their reasons from a seat’s perspective, not in reveal-all', () => {
    // Find a game and month where some seat played an unrevealed secret move.
    for (let seed = 1; seed < 30; seed++) {
      const ctl = controllerFor(seed);
      for (let t = 1; t < ctl.last; t++) {
        ctl.seek(t);
        for (const seat of ['us', 'dprk', 'rok'] as const) {
          ctl.setPerspective(seat);
          const hidden = replayVM(ctl, 'en', []).moves.find((m) => m.hidden);
          if (!hidden) continue;
          expect(hidden.seat).not.toBe(seat);
          expect(hidden.reason).toBe(tr('en', 'ui.replay.reasonHidden'));
          ctl.setPerspective('all');
          const open = replayVM(ctl, 'en', []).moves.find((m) => m.seat === hidden.seat)!;
          expect(open.hidden).toBe(false);
          expect(open.reason).not.toBe(tr('en', 'ui.replay.reasonHidden'));
          return;
        }
      }
    }
    throw new Error('no secret move found in 30 games');
  });

  it('marks events, leaks, summits and the ending on the timeline', () => {
    expect(
      markersOf(
        {
          news: [
            { turn: 2, id: 'event.leak', source: '' },
            { turn: 2, id: 'stage.negotiation.summit', source: '' },
            { turn: 3, id: 'event.kimLetter', source: '' },
          ],
          ending: null,
          endedOn: null,
        },
        2,
      ),
    ).toEqual(['leak', 'summit']);
    const ctl = controllerFor(4);
    const marks = timelineMarkers(ctl, 'all');
    expect(marks.length).toBe(ctl.last + 1);
    expect(marks[ctl.last]).toContain('ending');
    expect(marks.flat().length).toBeGreaterThan(3);
  });

  it('offers take-over before the ending only', () => {
    const ctl = controllerFor(6);
    ctl.seek(2);
    expect(replayVM(ctl, 'en', []).canTakeOver).toBe(true);
    ctl.toEnd();
    const end = replayVM(ctl, 'en', []);
    expect(end.canTakeOver).toBe(false);
    expect(end.endingTitle).not.toBeNull();
  });
});

describe('saved games list', () => {
  it('names games by what they are unless renamed', () => {
    expect(gameTitle('en', meta({ title: 'Mine' }))).toBe('Mine');
    expect(gameTitle('en', meta({}))).toBe(tr('en', 'ui.saves.untitled.play', { seat: 'Washington' }));
    expect(gameTitle('en', meta({ origin: 'branch', parent: { hash: 'a', branchTurn: 4 } }))).toBe(
      tr('en', 'ui.saves.untitled.branch', { seat: 'Washington', date: 'May 2025' }),
    );
    expect(gameStatus('en', meta({ ending: 'freeze', turn: 20 }))).toBe(
      tr('en', 'ui.saves.ended', { n: 20, ending: tr('en', 'ending.freeze.title') }),
    );
    const row = saveRowVM('en', meta({ id: 'a' }), 'a');
    expect(row).toMatchObject({ resumable: true, current: true, seat: 'us' });
    expect(saveRowVM('en', meta({ ending: 'crisis' }), null).resumable).toBe(false);
    expect(saveRowVM('en', meta({ seat: null }), null).resumable).toBe(false);
  });

  it('lists a tree with its branch months', () => {
    const rows = treeRowsVM('en', [
      { meta: meta({ id: 'r' }), depth: 0, branchTurn: null, current: false },
      { meta: meta({ id: 'b', origin: 'branch', parent: { hash: 'h', branchTurn: 3 } }), depth: 1, branchTurn: 3, current: true },
      {
        meta: meta({ id: 'c', title: 'Hawkish Seoul', origin: 'branch', parent: { hash: 'h', branchTurn: 3 } }),
        depth: 1,
        branchTurn: 3,
        current: false,
      },
    ]);
    expect(rows.map((r) => [r.id, r.depth, r.current])).toEqual([
      ['r', 0, false],
      ['b', 1, true],
      ['c', 1, false],
    ]);
    // An untitled branch is named after its branch month; a renamed one says it in the detail.
    expect(rows[1]!.title).toBe(tr('en', 'ui.saves.untitled.branch', { date: 'April 2025', seat: 'Washington' }));
    expect(rows[2]!.detail).toContain(tr('en', 'ui.replay.branchFrom', { date: 'April 2025' }));
  });

  it('heads every refusal with the kind of problem', () => {
    const kinds = (text: unknown) => {
      const r = importSaveText(text);
      if (r.ok) throw new Error('accepted');
      return refusalVM('en', r.error).problem;
    };
    expect(kinds('x'.repeat(6 * 1024 * 1024))).toBe(tr('en', 'ui.import.problem.tooLarge'));
    expect(kinds('{"__proto__": {}}')).toBe(tr('en', 'ui.import.problem.forbidden'));
    expect(kinds('{"format":"quiet-channel-save","version":3}')).toBe(tr('en', 'ui.import.problem.future'));
    expect(kinds('[1,2')).toBe(tr('en', 'ui.import.problem.notSave'));
    expect(kinds('{"format":"quiet-channel-save","version":1}')).toBe(tr('en', 'ui.import.problem.invalid'));
  });
});
