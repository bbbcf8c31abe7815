/** The Board's view model, without a browser. */
import { describe, expect, it } from 'vitest';
import { boardVM, historyVM, turnAnnouncement } from '../../../src/app/screens/board';
import { answerNotes } from '../../../src/app/screens/cards';
import { botName, indicatorShort, tr } from '../../../src/app/text';
import { INDICATOR_IDS } from '../../../src/model/types';
import { createGame } from '../../../src/engine/runner';
import { gameAfter } from './helpers';

describe('boardVM: at the table', () => {
  it('in network play (every seat a person) only the player’s own seat is "You"', () => {
    const g = gameAfter(7, ['us', 'dprk', 'rok'], 1);
    for (const seat of ['us', 'dprk', 'rok'] as const) {
      const vm = boardVM(g.view(seat), 'en', 'normal');
      const you = vm.controllers.filter((c) => c.controller === tr('en', 'ui.setup.human'));
      expect(you.map((c) => c.seat)).toEqual([seat]);
      for (const c of vm.controllers) if (c.seat !== seat) expect(c.controller).toBe(tr('en', 'ui.setup.person'));
    }
    g.stop();
  });

  it('names the bots that play the other seats', () => {
    const g = gameAfter(7, ['dprk'], 0);
    const vm = boardVM(g.view('dprk'), 'de', 'normal');
    expect(vm.controllers.map((c) => c.controller)).toEqual([
      botName('de', 'dealmaker'),
      tr('de', 'ui.setup.human'),
      botName('de', 'dealmaker'),
    ]);
    g.stop();
  });
});

describe('boardVM: what the board used to read from the view', () => {
  it('every indicator’s history is its changes, newest first, with the month and cause', () => {
    const g = gameAfter(11, ['us'], 4);
    const view = g.view('us');
    const vm = boardVM(view, 'en', 'normal');
    expect(vm.resolved).toBe(view.history.length);
    for (const id of INDICATOR_IDS) {
      const changes = view.changes.filter((c) => c.indicator === id);
      expect(vm.histories[id]).toEqual(historyVM(view, id, 'en'));
      expect(vm.histories[id].map((h) => h.delta)).toEqual(changes.map((c) => c.delta).reverse());
      expect(vm.histories[id].map((h) => h.turn)).toEqual(changes.map((c) => c.turn).reverse());
    }
    const some = INDICATOR_IDS.find((id) => vm.histories[id].length > 0)!;
    expect(vm.histories[some][0]!.line).toContain(vm.indicators.find((i) => i.id === some)!.name);
    g.stop();
  });

  it('each indicator moves by its change since the end of the month before', () => {
    const g = gameAfter(11, ['us'], 3);
    const view = g.view('us');
    const before = view.history[view.history.length - 2]!.indicators;
    for (const ind of boardVM(view, 'en', 'normal').indicators) {
      expect(ind.delta).toBe(view.indicators[ind.id] - before[ind.id]);
      expect(ind.trend).toBe(ind.delta > 0 ? 'up' : ind.delta < 0 ? 'down' : 'flat');
    }
    g.stop();
  });

  it('the map animates from the month before only once two months have resolved', () => {
    const g = gameAfter(5, ['rok'], 1);
    expect(boardVM(g.view('rok'), 'en', 'normal').relationsBefore).toBeNull();
    g.stop();
    const h = gameAfter(5, ['rok'], 3);
    const view = h.view('rok');
    const vm = boardVM(view, 'en', 'normal');
    const prev = view.history[view.history.length - 2]!.indicators;
    expect(vm.relationsBefore).toEqual({
      trust: prev.trust,
      alliance: prev.alliance,
      interKorean: prev.interKorean,
      russiaTies: prev.russiaTies,
      tension: prev.tension,
    });
    expect(vm.relations.trust).toBe(view.indicators.trust);
    expect(vm.lineLabels.trust).toBe(`${indicatorShort('en', 'trust')} ${view.indicators.trust}`);
    h.stop();
  });

  it('the hand is the legal moves, and the turn is announced with the date and the number of cards', () => {
    const g = gameAfter(2, ['us'], 2);
    const view = g.view('us');
    const vm = boardVM(view, 'en', 'easy');
    expect(vm.hand.map((c) => c.id)).toEqual(view.legal.map((m) => m.id));
    expect(vm.turn).toBe(3);
    const said = turnAnnouncement(vm);
    expect(said).toContain('March 2025');
    expect(said).toContain(String(vm.hand.length));
    g.stop();
  });
});

describe('boardVM: a card that answers another seat’s move (version 5)', () => {
  const people = { us: 'human', dprk: 'human', rok: 'human' } as const;
  /** Seoul's hand after a first month of Washington's sanctions and Pyongyang's overture. */
  function seoulHand(scenarioVersion: number, lang: 'en' | 'de' = 'en') {
    const g = createGame({ seed: 3, seats: people, scenarioVersion });
    for (const [seat, move] of [
      ['us', 'us.tightenSanctions'],
      ['dprk', 'dprk.reachOutToSeoul'],
      ['rok', 'rok.hold'],
    ] as const) {
      const r = g.play(seat, move, '');
      if (!r.ok) throw new Error(r.error);
    }
    const hand = boardVM(g.view('rok'), lang, 'easy').hand;
    g.stop();
    return (id: string) => hand.find((c) => c.id === id)!;
  }

  it('flags the news a card brings now, with its effect as the difficulty shows it', () => {
    const card = seoulHand(5);
    expect(card('rok.backEngagement').answers.map((a) => a.title)).toEqual([
      tr('en', 'event.breakRanks.title'),
      tr('en', 'event.thaw.title'),
    ]);
    const breakRanks = card('rok.backEngagement').answers[0]!;
    expect(breakRanks.touches.map((t) => [t.id, t.mark, t.tone])).toEqual([
      ['alliance', '−12', -1],
      ['costSharing', '+8', -1],
    ]);
    expect(card('rok.holdHardLine').answers.map((a) => a.title)).toEqual([
      tr('en', 'event.jointFront.title'),
      tr('en', 'event.overtureSnubbed.title'),
    ]);
    // Seoul's secret line answers nothing; nor does a card no event reads.
    expect(card('rok.interKoreanOutreach').answers).toEqual([]);
    expect(card('rok.payMore').answers).toEqual([]);
    expect(seoulHand(5, 'de')('rok.backEngagement').answers[0]!.title).toBe(tr('de', 'event.breakRanks.title'));
  });

  it('the plain panel of a classroom team says the same in words (answerNotes)', () => {
    const g = createGame({ seed: 3, seats: people });
    g.play('us', 'us.tightenSanctions', '');
    g.play('dprk', 'dprk.reachOutToSeoul', '');
    g.play('rok', 'rok.hold', '');
    const played = (key: string) => tr('ko', 'ui.card.answer', { title: tr('ko', `event.${key}.title`) });
    expect(answerNotes('ko', g.view('rok'), 'rok.backEngagement')).toEqual([played('breakRanks'), played('thaw')]);
    expect(answerNotes('ko', g.view('rok'), 'rok.payMore')).toEqual([]);
    // The whole line, flag and all, as the board's detail panel shows it.
    expect(answerNotes('en', g.view('rok'), 'rok.holdHardLine')).toEqual([
      `⚑ Played now: ${tr('en', 'event.jointFront.title')}`,
      `⚑ Played now: ${tr('en', 'event.overtureSnubbed.title')}`,
    ]);
    g.stop();
  });

  it('a version-4 game flags nothing', () => {
    const card = seoulHand(4);
    expect(card('rok.backEngagement').answers).toEqual([]);
    expect(card('rok.holdHardLine').answers).toEqual([]);
  });
});
