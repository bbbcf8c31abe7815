/** `explainEnding`: the reasons it gives are the game's own recorded changes, not a story told afterwards. */
import { describe, expect, it } from 'vitest';
import { playBotGame } from '../../src/engine/runner';
import { ENDINGS } from '../../src/model/data/endings';
import { explainEnding } from '../../src/model/explain';
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

  it('each factor is the sum of the changes of its cause, and no stronger cause is left out', () => {
    for (const s of games) {
      const e = explainEnding(s);
      expect(e.ending).toBe(s.ending);
      expect(e.source).toBe(ENDINGS[s.ending!].source);
      expect(e.turns).toBe(s.endedOn);
      const totals = new Map<string, number>();
      for (const c of s.changes) {
        if (!e.decisive.includes(c.indicator)) continue;
        totals.set(key(c.cause, c.indicator, c.seat), (totals.get(key(c.cause, c.indicator, c.seat)) ?? 0) + c.delta);
      }
      expect(e.factors.length).toBeLessThanOrEqual(6);
      for (const f of e.factors) {
        expect(f.total).not.toBe(0);
        expect(f.total, `seed ${s.seed}: ${f.cause} on ${f.indicator}`).toBe(totals.get(key(f.cause, f.indicator, f.seat)));
      }
      const sizes = e.factors.map((f) => Math.abs(f.total));
      expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
      const listed = new Set(e.factors.map((f) => key(f.cause, f.indicator, f.seat)));
      const weakest = Math.min(...sizes);
      for (const [k, total] of totals) if (!listed.has(k) && total !== 0) expect(Math.abs(total), `seed ${s.seed}: ${k}`).toBeLessThanOrEqual(weakest);
    }
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
