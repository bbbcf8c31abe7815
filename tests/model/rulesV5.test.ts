/**
 * Scenario version 5's rule, against version 4: Seoul's public line is read against its partners'
 * recent moves. Engagement while Washington tightens the sanctions breaks ranks (the alliance
 * and Seoul's bill pay), the hard line beside them is a joint front; the hard line after Pyongyang's overture
 * snubs it (inter-Korean relations and tension pay), engagement answers it with a thaw. Seoul's
 * secret outreach is not seen. Version 4 has none of it, and its strategist keeps its own plans.
 */
import { describe, expect, it } from 'vitest';
import { planOf } from '../../src/bots/plans';
import { cardAnswers } from '../../src/model/answers';
import { playerView } from '../../src/model/view';
import { commitMove, finishTurn, resolveTurn } from '../../src/model/resolve';
import { CURRENT_VERSION, rulesFor } from '../../src/model/ruleset';
import { createInitialState } from '../../src/model/state';
import type { GameState, Seat } from '../../src/model/types';

const game = (version: number, seed = 1) => createInitialState({ seed, scenarioVersion: version });

function month(s: GameState, moves: Partial<Record<Seat, string>>): GameState {
  let d = s;
  for (const seat of ['us', 'dprk', 'rok'] as const) d = commitMove(d, seat, moves[seat] ?? `${seat}.hold`, 'test');
  return finishTurn(resolveTurn(d));
}

const RULE = ['breakRanks', 'jointFront', 'overtureSnubbed', 'thaw'] as const;
const news = (s: GameState) => RULE.filter((id) => s.news.some((n) => n.id === `event.${id}`));

describe('Seoul’s line meets its partners’ (version 5)', () => {
  it('is the current version, and its four events are version 5’s alone, each with a source', () => {
    expect(CURRENT_VERSION).toBe(5);
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

  it('the strategist plays version 5’s best responses in version-5 games and version 4’s in version-4 games', () => {
    const seats = { us: 'bot:strategist', dprk: 'bot:hawk', rok: 'bot:dove' } as const;
    expect(planOf(seats, 'us', 4)).toBe('hawk');
    expect(planOf(seats, 'us', 5)).toBe('dealmaker');
    const rok = { us: 'bot:random', dprk: 'bot:hawk', rok: 'bot:strategist' } as const;
    expect(planOf(rok, 'rok', 4)).toBe('dealmaker');
    expect(planOf(rok, 'rok', 5)).toBe('hawk');
  });
});
