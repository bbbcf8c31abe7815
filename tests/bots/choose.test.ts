/** Bots choose from their seat's view only: a legal move, deterministically, with a reason. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseMove } from '../../src/bots/choose';
import { botReasonText, LANGUAGES } from '../../src/i18n';
import { logReason } from '../../src/i18n/log';
import { FIXED_BOTS, PERSONALITIES, isBotName } from '../../src/bots/personalities';
import { playBotGame } from '../../src/engine/runner';
import { legalMoves } from '../../src/model/legal';
import { commitMove } from '../../src/model/resolve';
import { createInitialState } from '../../src/model/state';
import { SEATS } from '../../src/model/types';
import { playerView } from '../../src/model/view';
import { samplePositions } from '../helpers/botGames';
import { welchT } from '../helpers/stats';

const positions = samplePositions(300, 12, { seats: { us: 'bot:hawk', dprk: 'bot:dove', rok: 'bot:random' } }).concat(
  samplePositions(400, 8),
);
const SEAT_NAMES = { us: 'Washington', dprk: 'Pyongyang', rok: 'Seoul' } as const;

describe('chooseMove', () => {
  it('chooses a legal move of its seat, the same one every time, with a reason', () => {
    fc.assert(
      fc.property(fc.constantFrom(...positions), fc.constantFrom(...SEATS), fc.constantFrom(...FIXED_BOTS), (s, seat, bot) => {
        const view = playerView(s, seat, { brief: true });
        const c = chooseMove(view, bot);
        expect(legalMoves(s, seat).map((m) => m.id)).toContain(c.move);
        expect(chooseMove(view, bot)).toEqual(c);
        expect(chooseMove(playerView(s, seat), bot)).toEqual(c); // the brief view decides as the full one
        expect(c.reason).toMatchObject({ seat, bot });
        const words = logReason(c.reason);
        expect(words.startsWith(`${SEAT_NAMES[seat]} (${bot}): `)).toBe(true);
        expect(words.length).toBeGreaterThan(`${SEAT_NAMES[seat]} (${bot}): `.length);
        for (const lang of LANGUAGES) expect(botReasonText(lang, c.reason)).not.toMatch(/[{}]|botReason\.|indicator\.|position\./);
      }),
      { numRuns: 300 },
    );
  });

  it('is not swayed by what the other seats have sealed this month', () => {
    fc.assert(
      fc.property(fc.constantFrom(...positions), fc.constantFrom(...FIXED_BOTS), fc.nat(), (s, bot, k) => {
        const usMoves = legalMoves(s, 'us');
        const sealed = commitMove(s, 'us', usMoves[k % usMoves.length]!.id, 'sealed');
        for (const seat of ['dprk', 'rok'] as const) {
          expect(chooseMove(playerView(sealed, seat, { brief: true }), bot)).toEqual(chooseMove(playerView(s, seat, { brief: true }), bot));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('treats an unknown personality as the dealmaker, and refuses the overview or an empty hand', () => {
    const view = playerView(createInitialState({ seed: 3 }), 'us', { brief: true });
    const asDealmaker = chooseMove(view, 'dealmaker');
    expect(chooseMove(view, 'nobody').move).toBe(asDealmaker.move);
    expect(isBotName('nobody')).toBe(false);
    expect(() => chooseMove(playerView(createInitialState({ seed: 3 }), 'all'), 'dealmaker')).toThrow(/overview/);
    const sealed = commitMove(createInitialState({ seed: 3 }), 'us', 'us.hold', '');
    expect(() => chooseMove(playerView(sealed, 'us', { brief: true }), 'dealmaker')).toThrow(/no legal move/);
  });

  it('the random bot spreads its choices over the whole hand', () => {
    const s = createInitialState({ seed: 5 });
    const hand = legalMoves(s, 'dprk').map((m) => m.id);
    const seen = new Map<string, number>();
    for (let seed = 0; seed < 600; seed++) {
      const view = { ...playerView(s, 'dprk', { brief: true }), decisionSeed: seed };
      const c = chooseMove(view, 'random');
      seen.set(c.move, (seen.get(c.move) ?? 0) + 1);
    }
    expect([...seen.keys()].sort()).toEqual([...hand].sort());
    // Each card within a factor of two of a fair share.
    for (const n of seen.values()) expect(n).toBeGreaterThan(600 / hand.length / 2);
  });

  it('draws on a decision seed that changes with the month and the seat', () => {
    const s = positions[5]!;
    const seeds = new Set(SEATS.map((seat) => playerView(s, seat, { brief: true }).decisionSeed));
    expect(seeds.size).toBe(3);
    expect(playerView({ ...s, turn: s.turn + 1 }, 'us').decisionSeed).not.toBe(playerView(s, 'us').decisionSeed);
  });
});

describe('personalities', () => {
  it('every seat has a hawk, a dove and a dealmaker', () => {
    for (const seat of SEATS) expect(Object.keys(PERSONALITIES[seat]).sort()).toEqual(['dealmaker', 'dove', 'hawk']);
  });

  const count = (bot: string, move: string, seat: 'us' | 'dprk' | 'rok', from: number) =>
    Array.from(
      { length: 80 },
      (_, i) => playBotGame({ seed: from + i, seats: { [seat]: `bot:${bot}` } }).state.moves.filter((m) => m.move === move).length,
    );

  it('a hawkish Pyongyang tests more missiles than a dovish one (claim 4)', () => {
    const r = welchT(count('hawk', 'dprk.testMissile', 'dprk', 1), count('dove', 'dprk.testMissile', 'dprk', 1000));
    console.info(`missile tests per game: hawk ${r.meanA.toFixed(2)}, dove ${r.meanB.toFixed(2)}, t = ${r.t.toFixed(1)}`);
    expect(r.t).toBeGreaterThan(3);
  });

  it('a hawkish Seoul holds the hard line more often than a dovish one (claim 9)', () => {
    const r = welchT(count('hawk', 'rok.holdHardLine', 'rok', 1), count('dove', 'rok.holdHardLine', 'rok', 1000));
    console.info(`hard-line months per game: hawk ${r.meanA.toFixed(2)}, dove ${r.meanB.toFixed(2)}, t = ${r.t.toFixed(1)}`);
    expect(r.t).toBeGreaterThan(3);
  });
});

describe('a hard-line Pyongyang’s brinkmanship (claims 4 and 7)', () => {
  it('raises the tension while the standoff is calm, and steps back from the brink instead of pushing into a crisis', () => {
    const games = samplePositions(700, 10, { seats: { us: 'bot:dealmaker', dprk: 'bot:hawk', rok: 'bot:dealmaker' } }).filter(
      (s) => s.ending === null,
    );
    const escalations = (tension: number) => {
      let n = 0;
      for (const s of games) {
        const view = playerView({ ...s, indicators: { ...s.indicators, tension } }, 'dprk');
        const pick = chooseMove(view, 'hawk').move;
        if ((view.legal.find((o) => o.id === pick)?.effect.deltas?.tension ?? 0) > 0) n++;
      }
      return n / games.length;
    };
    const calm = escalations(30);
    const brink = escalations(80);
    console.info(
      `Pyongyang hawk escalates in ${(100 * calm).toFixed(0)}% of ${games.length} positions at tension 30 and ${(100 * brink).toFixed(0)}% at tension 80`,
    );
    expect(calm).toBeGreaterThan(0.25);
    expect(brink).toBe(0);
  });
});
