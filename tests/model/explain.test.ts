/** `explainEnding`: the reasons it gives are the game's own recorded changes, not a story told afterwards. */
import { describe, expect, it } from 'vitest';
import { playBotGame } from '../../src/engine/runner';
import { ENDINGS } from '../../src/model/data/endings';
import { explainText } from '../../src/i18n';
import { explainEnding, keyTurningPoints, MAX_FACTORS } from '../../src/model/explain';
import { calendar, createInitialState } from '../../src/model/state';
import { INDICATOR_IDS, type GameState } from '../../src/model/types';

const games: GameState[] = Array.from({ length: 120 }, (_, i) => playBotGame({ seed: 900 + i }).state);
const key = (cause: string, indicator: string, seat?: string) => `${cause}|${indicator}|${seat ?? ''}`;

describe('explainEnding', () => {
  it('every indicator’s recorded changes add up to its real movement over the game', () => {
    for (const s of games) {
      const initial = createInitialState({ seed: s.seed }).indicators;
      for (const id of INDICATOR_IDS) {
        const sum = s.changes.filter((c) => c.indicator === id).reduce((a, c) => a + c.delta, 0);
        expect(sum, `seed ${s.seed}, ${id}`).toBe(s.indicators[id] - initial[id]);
      }
    }
  });

  it('each factor is the sum of its cause’s changes, pushes toward this ending, and no stronger push is left out', () => {
    for (const s of games) {
      const e = explainEnding(s);
      expect(e.ending).toBe(s.ending);
      expect(e.source).toBe(ENDINGS[s.ending!].source);
      expect(e.turns).toBe(s.endedOn);
      // The direction toward the ending, read off the game: the ending's decisive indicators as listed.
      const totals = new Map<string, number>();
      for (const c of s.changes) {
        if (!e.decisive.includes(c.indicator) || c.cause.startsWith('drift')) continue;
        totals.set(key(c.cause, c.indicator, c.seat), (totals.get(key(c.cause, c.indicator, c.seat)) ?? 0) + c.delta);
      }
      expect(e.factors.length).toBeLessThanOrEqual(MAX_FACTORS);
      for (const f of e.factors) {
        expect(f.cause.startsWith('drift'), `seed ${s.seed}: drift ${f.cause} listed`).toBe(false);
        expect(f.total, `seed ${s.seed}: ${f.cause} on ${f.indicator}`).toBe(totals.get(key(f.cause, f.indicator, f.seat)));
        expect(f.push).toBeGreaterThan(0);
        expect(Math.abs(f.push)).toBe(Math.abs(f.total));
      }
      const pushes = e.factors.map((f) => f.push);
      expect(pushes).toEqual([...pushes].sort((a, b) => b - a));
      // Same indicator, same direction: a factor with the opposite sign never appears.
      for (const f of e.factors)
        for (const g of e.factors) if (f.indicator === g.indicator) expect(Math.sign(f.total)).toBe(Math.sign(g.total));
      if (e.factors.length === MAX_FACTORS) {
        const listed = new Set(e.factors.map((f) => key(f.cause, f.indicator, f.seat)));
        const weakest = Math.min(...pushes);
        for (const f of e.factors) {
          for (const [k, total] of totals) {
            if (!listed.has(k) && k.split('|')[1] === f.indicator)
              expect(total * Math.sign(f.total), `seed ${s.seed}: ${k}`).toBeLessThanOrEqual(weakest);
          }
        }
      }
    }
  });

  it('a crisis is explained by what raised the tension and the arsenal or broke trust, never by drift', () => {
    const crises = Array.from(
      { length: 40 },
      (_, i) => playBotGame({ seed: 300 + i, seats: { us: 'bot:hawk', dprk: 'bot:random', rok: 'bot:hawk' } }).state,
    ).filter((s) => s.ending === 'crisis');
    expect(crises.length).toBeGreaterThan(5);
    for (const s of crises) {
      const e = explainEnding(s);
      expect(e.factors.length).toBeGreaterThan(0);
      for (const f of e.factors) {
        if (f.indicator === 'tension' || f.indicator === 'dprkCapability') expect(f.total).toBeGreaterThan(0);
        if (f.indicator === 'trust') expect(f.total).toBeLessThan(0);
      }
    }
  });

  it('names what broke a deal and how likely the spoilers were that month', () => {
    const broken = Array.from(
      { length: 300 },
      (_, i) =>
        playBotGame({
          seed: 5000 + i,
          seats: { us: 'bot:dove', dprk: 'bot:dove', rok: 'bot:dealmaker' },
          scenarioVersion: i % 2 === 0 ? 2 : 3,
        }).state,
    ).filter((s) => s.news.some((n) => n.id.startsWith('note.dealBroken.')));
    console.info(`deal breaks found in ${broken.length} of 300 games`);
    expect(broken.length).toBeGreaterThan(0);
    for (const s of broken) {
      const e = explainEnding(s);
      const notes = s.news.filter((n) => n.id.startsWith('note.dealBroken.'));
      expect(e.dealBreaks.map((b) => [b.turn, `note.dealBroken.${b.cause}`, b.chance])).toEqual(
        notes.map((n) => [n.turn, n.id, n.params?.chance]),
      );
      const text = explainText('en', e).join('\n');
      expect(text).toContain('What broke the deal');
      for (const b of e.dealBreaks) expect(text).toContain(`${b.chance}%`);
    }
    expect(explainEnding(games.find((g) => !g.news.some((n) => n.id.startsWith('note.dealBroken.')))!).dealBreaks).toEqual([]);
  });

  it('turning points are dated news items of the game, in order', () => {
    for (const s of games.slice(0, 40)) {
      const e = explainEnding(s);
      for (const p of e.turningPoints) {
        expect(s.news.some((n) => n.id === p.id && n.turn === p.turn)).toBe(true);
        expect(p.date).toEqual(calendar(p.turn));
      }
      const turns = e.turningPoints.map((p) => p.turn);
      expect(turns).toEqual([...turns].sort((a, b) => a - b));
    }
  });

  it('reports the article’s three conditions as they stood', () => {
    const s = games.find((g) => g.moves.some((m) => m.move === 'dprk.respondChannel'))!;
    expect(explainEnding(s).conditions.response).toBe(true);
    expect(explainEnding(s).conditions.determination).toBe(s.indicators.determination >= 50);
  });
});

describe('turning points: the ones that pushed hardest toward the ending', () => {
  const tp = (turn: number, push: number) => ({ turn, date: calendar(turn), id: `stage.negotiation.t${turn}`, push });
  it('keeps the strongest pushes either way, told in the order they happened', () => {
    const points = [tp(1, 2), tp(3, -9), tp(5, 0), tp(7, 6), tp(9, 1)];
    expect(keyTurningPoints(points, 2).map((p) => p.turn)).toEqual([3, 7]);
    expect(keyTurningPoints(points, 9)).toEqual(points);
  });

  it('a turning point’s push is what its own changes did to the decisive numbers that month', () => {
    for (const s of games.slice(0, 40)) {
      const e = explainEnding(s);
      for (const p of e.turningPoints) {
        const own = s.changes.filter((c) => c.turn === p.turn && c.cause === p.id && e.decisive.includes(c.indicator));
        if (own.length === 0) expect(p.push).toBe(0);
        else expect(Math.abs(p.push)).toBeLessThanOrEqual(own.reduce((a, c) => a + Math.abs(c.delta), 0));
      }
    }
  });
});
