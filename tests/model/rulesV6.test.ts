/**
 * Scenario version 6's rule, against version 5: Washington's public line is read against
 * Pyongyang's recent moves. Pausing the exercises answers an overture to Seoul (the alliance and
 * the peninsula gain) but rewards a missile test (Congress and the hawks pay); bombers answer a
 * test (the alliance and Congress gain) but chill an overture (tension, inter-Korean relations).
 * Version 5 has none of it.
 */
import { describe, expect, it } from 'vitest';
import { strategistAfter } from '../helpers/botGames';
import { cardMonth as month } from '../helpers/table';
import { planOf } from '../../src/bots/plans';
import { answerWorth, cardAnswers } from '../../src/model/answers';
import { CURRENT_VERSION, rulesFor } from '../../src/model/ruleset';
import { createInitialState } from '../../src/model/state';
import type { GameState } from '../../src/model/types';
import { playerView } from '../../src/model/view';

const game = (version: number, seed = 1) => createInitialState({ seed, scenarioVersion: version });

const RULE = ['exercisesPaused', 'testRewarded', 'showOfForce', 'overtureChilled'] as const;
const news = (s: GameState) => RULE.filter((id) => s.news.some((n) => n.id === `event.${id}`));
const OVERTURE = { dprk: 'dprk.reachOutToSeoul' };
const TEST = { dprk: 'dprk.testMissile' };

describe('Washington’s line meets Pyongyang’s (version 6)', () => {
  it('is the current version, and its four events are version 6’s alone, each with a source', () => {
    expect(CURRENT_VERSION).toBe(6);
    const six = rulesFor({ id: 'backchannel-2025', version: 6 });
    const five = rulesFor({ id: 'backchannel-2025', version: 5 });
    for (const id of RULE) {
      expect(six.eventsById[id]?.source).toMatch(/Claim/);
      expect(five.eventsById[id]).toBeUndefined();
    }
    // Version 5's events for Seoul stay.
    expect(six.eventsById.thaw).toBe(five.eventsById.thaw);
  });

  it('a pause in the exercises answering an overture calms the peninsula with Seoul’s blessing; after a test it reads as a reward', () => {
    const paused = month(month(game(6), OVERTURE), { us: 'us.suspendExercises' });
    expect(news(paused)).toEqual(['exercisesPaused']);
    const plain = month(month(game(5), OVERTURE), { us: 'us.suspendExercises' });
    expect(paused.indicators.alliance).toBeGreaterThan(plain.indicators.alliance);
    expect(paused.indicators.tension).toBeLessThan(plain.indicators.tension);
    const rewarded = month(month(game(6), TEST), { us: 'us.suspendExercises' });
    expect(news(rewarded)).toEqual(['testRewarded']);
    const same = month(month(game(5), TEST), { us: 'us.suspendExercises' });
    expect(rewarded.indicators.usOpposition).toBeGreaterThan(same.indicators.usOpposition);
    expect(rewarded.indicators.cabinetCohesion).toBeLessThan(same.indicators.cabinetCohesion);
  });

  it('bombers answering a test reassure the ally and Congress; answering an overture they chill it', () => {
    const force = month(month(game(6), TEST), { us: 'us.deployStrategicAssets' });
    expect(news(force)).toEqual(['showOfForce']);
    const plain = month(month(game(5), TEST), { us: 'us.deployStrategicAssets' });
    expect(force.indicators.alliance).toBeGreaterThan(plain.indicators.alliance);
    expect(force.indicators.usOpposition).toBeLessThan(plain.indicators.usOpposition);
    const chilled = month(month(game(6), OVERTURE), { us: 'us.deployStrategicAssets' });
    expect(news(chilled)).toEqual(['overtureChilled']);
    const same = month(month(game(5), OVERTURE), { us: 'us.deployStrategicAssets' });
    expect(chilled.indicators.tension).toBeGreaterThan(same.indicators.tension);
    expect(chilled.indicators.interKorean).toBeLessThan(same.indicators.interKorean);
  });

  it('Pyongyang’s move counts for two months, Washington’s only in its own; other cards bring nothing', () => {
    expect(news(month(game(6), { ...TEST, us: 'us.deployStrategicAssets' }))).toEqual(['showOfForce']);
    expect(news(month(month(month(game(6), TEST), {}), { us: 'us.deployStrategicAssets' }))).toEqual([]);
    expect(news(month(month(game(6), { us: 'us.deployStrategicAssets' }), TEST))).toEqual([]);
    expect(news(month(month(game(6), TEST), { us: 'us.tightenSanctions' }))).toEqual([]);
  });

  it('Washington’s cards foresee the news from Pyongyang’s seen moves, worth what its objectives make of them', () => {
    const tested = month(game(6), TEST);
    const view = playerView(tested, 'us', { brief: true });
    expect(cardAnswers(view, 'us.deployStrategicAssets').map((a) => a.event)).toEqual(['showOfForce']);
    expect(cardAnswers(view, 'us.suspendExercises').map((a) => a.event)).toEqual(['testRewarded']);
    expect(cardAnswers(playerView(month(game(5), TEST), 'us'), 'us.deployStrategicAssets')).toEqual([]);
    // Washington wants the alliance and cohesion high, the opposition and tension low.
    const us = rulesFor(tested.scenario).objectives.filter((o) => o.seat === 'us');
    const w = (indicator: string) => us.find((o) => 'indicator' in o.measure && o.measure.indicator === indicator)!.weight;
    expect(answerWorth(view, 'us.deployStrategicAssets', 'us')).toBe(6 * w('alliance') + 6 * w('usOpposition'));
    expect(answerWorth(view, 'us.suspendExercises', 'us')).toBe(-8 * w('usOpposition') - 8 * w('cabinetCohesion'));
    const courted = playerView(month(game(6), OVERTURE), 'us', { brief: true });
    expect(answerWorth(courted, 'us.suspendExercises', 'us')).toBe(8 * w('alliance') + 4 * w('tension'));
    expect(answerWorth(courted, 'us.deployStrategicAssets', 'us')).toBe(-6 * w('tension'));
    expect(answerWorth(courted, 'us.deployStrategicAssets', 'us')).toBeLessThan(0);
  });

  it('Washington’s strategist leads with the bombers after a test (version 6), its plan’s card in version 5', () => {
    const seats = { us: 'bot:strategist', dprk: 'bot:hawk', rok: 'bot:dove' } as const;
    const play = (version: number) => strategistAfter(seats, 'us', version, TEST);
    const six = play(6);
    expect(six.plan).not.toBe('us.deployStrategicAssets');
    expect(six.forecasts[0]!.move).toBe('us.deployStrategicAssets');
    expect(six.forecasts.some((f) => f.move === six.plan)).toBe(true);
    const five = play(5);
    expect(five.forecasts[0]!.move).toBe(five.plan);
  });

  it('the strategist plays version 6’s best responses in version-6 games and version 5’s in version-5 games', () => {
    const rok = { us: 'bot:dove', dprk: 'bot:hawk', rok: 'bot:strategist' } as const;
    expect(planOf(rok, 'rok', 5)).toBe('dealmaker');
    expect(planOf(rok, 'rok', 6)).toBe('hawk');
    const rok2 = { us: 'bot:dealmaker', dprk: 'bot:random', rok: 'bot:strategist' } as const;
    expect(planOf(rok2, 'rok', 5)).toBe('dealmaker');
    expect(planOf(rok2, 'rok', 6)).toBe('dove');
  });
});
