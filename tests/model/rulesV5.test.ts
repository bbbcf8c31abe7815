/**
 * Scenario version 5's rule, against version 4: Seoul's public line is read against its partners'
 * recent moves. Engagement while Washington tightens the sanctions breaks ranks (the alliance
 * and Seoul's bill pay), the hard line beside them is a joint front; the hard line after Pyongyang's overture
 * snubs it (inter-Korean relations and tension pay), engagement answers it with a thaw. Seoul's
 * secret outreach is not seen. Version 4 has none of it, and its strategist keeps its own plans.
 */
import { describe, expect, it } from 'vitest';
import { strategistAfter } from '../helpers/botGames';
import { cardMonth as month } from '../helpers/table';
import { planOf } from '../../src/bots/plans';
import { answerWorth, cardAnswers } from '../../src/model/answers';
import type { BotReason, BotWhy } from '../../src/bots/reasons';
import { botReasonText, t } from '../../src/i18n';
import { BRIEF_MOVE_MONTHS, playerView } from '../../src/model/view';
import { CURRENT_VERSION, rulesFor } from '../../src/model/ruleset';
import { createInitialState } from '../../src/model/state';
import type { GameState } from '../../src/model/types';

const game = (version: number, seed = 1) => createInitialState({ seed, scenarioVersion: version });

const RULE = ['breakRanks', 'jointFront', 'overtureSnubbed', 'thaw'] as const;
const news = (s: GameState) => RULE.filter((id) => s.news.some((n) => n.id === `event.${id}`));

describe('Seoul’s line meets its partners’ (version 5)', () => {
  it('its four events are version 5’s and later ones’, each with a source', () => {
    expect(CURRENT_VERSION).toBeGreaterThanOrEqual(5);
    expect(rulesFor({ id: 'backchannel-2025', version: CURRENT_VERSION }).eventsById.thaw).toBeDefined();
    const five = rulesFor({ id: 'backchannel-2025', version: 5 });
    const four = rulesFor({ id: 'backchannel-2025', version: 4 });
    for (const id of RULE) {
      expect(five.eventsById[id]?.source).toMatch(/Claim/);
      expect(four.eventsById[id]).toBeUndefined();
    }
  });

  it('engagement in a month of new sanctions breaks ranks; the hard line beside them is a joint front', () => {
    for (const engage of ['rok.backEngagement', 'rok.mediate']) {
      const s = month(game(5), { us: 'us.tightenSanctions', rok: engage });
      expect(news(s)).toEqual(['breakRanks']);
      const same = month(game(4), { us: 'us.tightenSanctions', rok: engage });
      expect(news(same)).toEqual([]);
      expect(s.indicators.alliance).toBeLessThan(same.indicators.alliance);
      expect(s.indicators.costSharing).toBeGreaterThan(same.indicators.costSharing);
    }
    const front = month(game(5), { us: 'us.tightenSanctions', rok: 'rok.holdHardLine' });
    expect(news(front)).toEqual(['jointFront']);
    expect(front.indicators.alliance).toBeGreaterThan(
      month(game(4), { us: 'us.tightenSanctions', rok: 'rok.holdHardLine' }).indicators.alliance,
    );
  });

  it('the sanctions count for two months, Seoul’s line only in its own month', () => {
    const sanctioned = month(game(5), { us: 'us.tightenSanctions' });
    expect(news(month(sanctioned, { rok: 'rok.backEngagement' }))).toEqual(['breakRanks']);
    const later = month(month(sanctioned, {}), { rok: 'rok.backEngagement' });
    expect(news(later)).toEqual([]);
    const engagedFirst = month(game(5), { rok: 'rok.backEngagement' });
    expect(news(month(engagedFirst, { us: 'us.tightenSanctions' }))).toEqual([]);
  });

  it('the hard line after Pyongyang’s overture snubs it; engagement answers it with a thaw', () => {
    const snub = month(game(5), { dprk: 'dprk.reachOutToSeoul', rok: 'rok.holdHardLine' });
    expect(news(snub)).toEqual(['overtureSnubbed']);
    const plain = month(game(4), { dprk: 'dprk.reachOutToSeoul', rok: 'rok.holdHardLine' });
    expect(snub.indicators.interKorean).toBeLessThan(plain.indicators.interKorean);
    expect(snub.indicators.tension).toBeGreaterThan(plain.indicators.tension);
    const thaw = month(game(5), { dprk: 'dprk.reachOutToSeoul', rok: 'rok.backEngagement' });
    expect(news(thaw)).toEqual(['thaw']);
    expect(thaw.indicators.interKorean).toBeGreaterThan(
      month(game(4), { dprk: 'dprk.reachOutToSeoul', rok: 'rok.backEngagement' }).indicators.interKorean,
    );
  });

  it('Seoul’s secret outreach is not its public line: it neither breaks ranks nor answers an overture', () => {
    expect(news(month(game(5), { us: 'us.tightenSanctions', dprk: 'dprk.reachOutToSeoul', rok: 'rok.interKoreanOutreach' }))).toEqual([]);
  });

  it('both partners at once: engagement breaks ranks and thaws, the hard line is a joint front and a snub', () => {
    const both = { us: 'us.tightenSanctions', dprk: 'dprk.reachOutToSeoul' };
    expect(news(month(game(5), { ...both, rok: 'rok.backEngagement' }))).toEqual(['breakRanks', 'thaw']);
    expect(news(month(game(5), { ...both, rok: 'rok.holdHardLine' }))).toEqual(['jointFront', 'overtureSnubbed']);
  });

  it('a card foresees the news it brings only from moves seen in the months before, and only while they count', () => {
    const answers = (s: GameState, move: string) => cardAnswers(playerView(s, 'rok'), move).map((a) => a.event);
    const sanctioned = month(game(5), { us: 'us.tightenSanctions' });
    expect(answers(sanctioned, 'rok.backEngagement')).toEqual(['breakRanks']);
    expect(answers(sanctioned, 'rok.holdHardLine')).toEqual(['jointFront']);
    expect(cardAnswers(playerView(sanctioned, 'rok'), 'rok.backEngagement')[0]!.after).toEqual({
      seat: 'us',
      move: 'us.tightenSanctions',
      turn: 1,
    });
    // Two months on the sanctions no longer count, and the rule agrees.
    expect(answers(month(sanctioned, {}), 'rok.backEngagement')).toEqual([]);
    // At the first month nothing has been seen yet: a move sealed in the same month is not foreseen.
    expect(answers(game(5), 'rok.backEngagement')).toEqual([]);
    expect(answers(month(game(4), { us: 'us.tightenSanctions' }), 'rok.backEngagement')).toEqual([]);
  });

  it('a card’s news is worth to a seat what its objectives make of it; a brief view keeps the moves the news reads', () => {
    const sanctioned = month(month(month(game(5), {}), {}), { us: 'us.tightenSanctions', dprk: 'dprk.reachOutToSeoul' });
    const full = playerView(sanctioned, 'rok');
    const brief = playerView(sanctioned, 'rok', { brief: true });
    // The last two months' moves and no older ones, as the full view shows them.
    expect(brief.moves).toEqual(full.moves.filter((m) => m.turn >= sanctioned.turn - BRIEF_MOVE_MONTHS));
    expect(brief.moves.some((m) => m.turn === 1)).toBe(false);
    for (const card of ['rok.holdHardLine', 'rok.backEngagement', 'rok.mediate'])
      expect(cardAnswers(brief, card)).toEqual(cardAnswers(full, card));
    // Seoul wants the alliance and inter-Korean relations high and its bill low (claims 9, 10).
    const seoul = rulesFor(sanctioned.scenario).objectives.filter((o) => o.seat === 'rok');
    const weight = (indicator: string) => seoul.find((o) => 'indicator' in o.measure && o.measure.indicator === indicator)!.weight;
    // The hard line: a joint front (alliance +8) and a snubbed overture (inter-Korean -16).
    expect(answerWorth(brief, 'rok.holdHardLine', 'rok')).toBe(8 * weight('alliance') - 16 * weight('interKorean'));
    // Engagement: ranks broken (alliance -12, bill +8) and a thaw (inter-Korean +12).
    expect(answerWorth(brief, 'rok.backEngagement', 'rok')).toBe(
      -12 * weight('alliance') - 8 * weight('costSharing') + 12 * weight('interKorean'),
    );
    expect(answerWorth(brief, 'rok.interKoreanOutreach', 'rok')).toBe(0);
    // To Washington the same card is worth its alliance (weight 20) less the snub's tension (weight 15).
    expect(answerWorth(brief, 'rok.holdHardLine', 'us')).toBe(8 * 20 - 3 * 15);
  });

  it('the strategist leads with the card whose news answers a partner best, its plan’s card the challenger (version 5 only)', () => {
    const seats = { us: 'bot:hawk', dprk: 'bot:hawk', rok: 'bot:strategist' } as const;
    const play = (version: number) => strategistAfter(seats, 'rok', version, { us: 'us.tightenSanctions' });
    const five = play(5);
    // Its reason names the news the move it plays brings, where it brings any.
    const news = cardAnswers(five.view, five.chosen.move).map((a) => a.event);
    expect(five.chosen.reason.why).toMatchObject({ code: 'forecast' });
    expect((five.chosen.reason.why as { answers?: string[] }).answers).toEqual(news.length > 0 ? news : undefined);
    // The plan's card is not the hard line, which answers Washington's sanctions with a joint front.
    expect(five.plan).not.toBe('rok.holdHardLine');
    expect(five.forecasts[0]!.move).toBe('rok.holdHardLine');
    expect(five.forecasts.some((f) => f.move === five.plan)).toBe(true);
    // Version 4 has no such news: the plan's card leads.
    const four = play(4);
    expect(four.forecasts[0]!.move).toBe(four.plan);
  });

  it('a strategist’s reason names the news its move answers with, in every language', () => {
    const why: BotWhy = {
      code: 'forecast',
      move: 'rok.holdHardLine',
      futures: 10,
      deals: 0,
      risk: null,
      riskCount: 0,
      expected: 55,
      plan: 'dealmaker',
    };
    const reason: BotReason = { seat: 'rok', bot: 'strategist', why: { ...why, answers: ['jointFront', 'overtureSnubbed'] } };
    expect(botReasonText('en', reason)).toContain('answering a partner’s move: Washington and Seoul show a joint front, ');
    for (const lang of ['de', 'ko'] as const) {
      const text = botReasonText(lang, reason);
      expect(text).toContain(botReasonText(lang, { ...reason, why }));
      expect(text).toContain(t(lang, 'event.jointFront.title'));
      expect(text).toContain(t(lang, 'event.overtureSnubbed.title'));
    }
    expect(botReasonText('en', { ...reason, why })).not.toContain('answering');
  });

  it('the strategist plays version 5’s best responses in version-5 games and version 4’s in version-4 games', () => {
    const seats = { us: 'bot:strategist', dprk: 'bot:hawk', rok: 'bot:dove' } as const;
    expect(planOf(seats, 'us', 4)).toBe('hawk');
    expect(planOf(seats, 'us', 5)).toBe('dealmaker');
    const rok = { us: 'bot:random', dprk: 'bot:hawk', rok: 'bot:strategist' } as const;
    expect(planOf(rok, 'rok', 4)).toBe('dealmaker');
    expect(planOf(rok, 'rok', 5)).toBe('hawk');
  });
});
