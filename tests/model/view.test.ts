/** `playerView`: the only window on a game; it must keep other seats' secrets until they leak or the game ends. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseMove } from '../../src/bots/choose';
import { logReason } from '../../src/i18n/log';
import { FIXED_BOTS } from '../../src/bots/personalities';
import { createGame } from '../../src/engine/runner';
import { MOVES_BY_ID } from '../../src/model/data/moves';
import { SEATS, type GameState, type Seat } from '../../src/model/types';
import { playerView, type PlayerView } from '../../src/model/view';
import { testGame } from '../helpers/testGame';

const others = (seat: Seat) => SEATS.filter((s) => s !== seat);

describe('secret moves', () => {
  // Month 1: Washington sends a secret envoy, Seoul secretly consults Washington.
  const month1 = () => testGame({ seed: 4 }).month({ us: 'us.sendEnvoy', dprk: 'dprk.hold', rok: 'rok.consultWashington' });

  it('are hidden from seats outside their audience: no id, no reason; their changes, and the stage they opened, have no cause', () => {
    const g = month1();
    expect(g.state.moves.filter((m) => m.revealedOn !== undefined)).toEqual([]); // no leak in this seed's first month
    g.expectStage('negotiation', 'secretEnvoy');
    // Seoul knows neither of Washington's envoy nor, of course, of anything it did not play.
    const rok = g.view('rok');
    expect(rok.moves).toEqual([
      { turn: 1, seat: 'us', move: null, secret: true, reason: null },
      { turn: 1, seat: 'dprk', move: 'dprk.hold', secret: false, reason: 'test plays dprk.hold' },
      { turn: 1, seat: 'rok', move: 'rok.consultWashington', secret: true, reason: 'test plays rok.consultWashington' },
    ]);
    const secretCauses = new Set(['us.sendEnvoy', 'stage.negotiation.secretEnvoy']);
    expect(g.state.changes.filter((c) => secretCauses.has(c.cause)).length).toBeGreaterThan(0);
    // Every change a hidden move (or the stage it opened) made is shown, without its cause; the rest as they are.
    expect(rok.changes).toEqual(
      g.state.changes.map((c) =>
        secretCauses.has(c.cause) ? { turn: c.turn, indicator: c.indicator, delta: c.delta, cause: 'hidden' } : c,
      ),
    );
    expect(rok.tracks.negotiation).toBe('noContact');
    expect(rok.news.some((n) => n.id === 'stage.negotiation.secretEnvoy')).toBe(false);
    expect(JSON.stringify(rok)).not.toContain('us.sendEnvoy');
    // Pyongyang receives the envoy, but Seoul's consultation with Washington is kept from it.
    const dprk = g.view('dprk');
    expect(dprk.moves[0]).toMatchObject({ seat: 'us', move: 'us.sendEnvoy', reason: 'test plays us.sendEnvoy' });
    expect(dprk.moves[2]).toEqual({ turn: 1, seat: 'rok', move: null, secret: true, reason: null });
    expect(dprk.tracks.negotiation).toBe('secretEnvoy');
    expect(JSON.stringify(dprk)).not.toContain('rok.consultWashington');
  });

  // Since the negotiation stage is hidden from a seat that does not know of the secret channel,
  // the record of past months must not show it either: Seoul would read it off the chart.
  it('do not show through the record of past months', () => {
    const rok = month1().view('rok');
    expect(rok.tracks.negotiation).toBe('noContact');
    expect(rok.history.map((h) => h.tracks.negotiation)).toEqual(['noContact']);
    expect(JSON.stringify(rok)).not.toContain('secretEnvoy');
  });

  // A seat's hand must agree with the stage it is shown: Pyongyang, the envoy's host, is offered
  // dprk.respondChannel (legal only while an envoy waits) and so must be shown the secret envoy.
  it('leave every seat a hand that agrees with the stage it is shown', () => {
    const g = month1();
    for (const seat of SEATS) {
      const v = g.view(seat);
      for (const option of v.legal) {
        const windows = MOVES_BY_ID[option.id]!.requires?.negotiation;
        if (windows) expect(windows, `${seat} is offered ${option.id} but shown ${v.tracks.negotiation}`).toContain(v.tracks.negotiation);
      }
    }
  });

  it('are shown to the seat that played them, and to the overview', () => {
    const g = month1();
    const us = g.view('us');
    expect(us.moves[0]).toEqual({ turn: 1, seat: 'us', move: 'us.sendEnvoy', secret: true, reason: 'test plays us.sendEnvoy' });
    // Seoul consulted Washington: the consulted side knows.
    expect(us.moves[2]).toMatchObject({ seat: 'rok', move: 'rok.consultWashington' });
    expect(us.changes.filter((c) => c.cause === 'us.sendEnvoy').length).toBeGreaterThan(0);
    expect(g.view('all').moves.map((m) => m.move)).toEqual(['us.sendEnvoy', 'dprk.hold', 'rok.consultWashington']);
    expect(g.view('all').changes).toEqual(g.state.changes);
  });

  it('are revealed to everyone after a leak of their own channel, and only then', () => {
    const g = month1().inject('leak').month();
    const rok = g.view('rok');
    expect(rok.moves[0]).toEqual({
      turn: 1,
      seat: 'us',
      move: 'us.sendEnvoy',
      secret: true,
      revealedOn: 2,
      reason: 'test plays us.sendEnvoy',
    });
    expect(rok.changes.filter((c) => c.cause === 'hidden')).toEqual([]);
    // The backchannel's leak does not expose Seoul's consultation with Washington…
    expect(g.view('dprk').moves[2]).toMatchObject({ move: null });
    // …its own channel's leak does.
    g.inject('leakConsultation').month();
    expect(g.view('dprk').moves[2]).toMatchObject({ move: 'rok.consultWashington', revealedOn: 3 });
  });

  it('hand on the same entries from one view to the next while what they show stays, and new ones once it changes', () => {
    const g = month1();
    const [a, b] = [g.view('rok'), g.view('rok')];
    // The hidden envoy and its hidden changes, and the month Seoul believes was quiet: the same objects in both views.
    expect(a.moves[0]).toMatchObject({ move: null });
    expect(b.moves.every((m, i) => m === a.moves[i])).toBe(true);
    const hidden = (v: PlayerView) => v.changes.filter((c) => c.cause === 'hidden');
    expect(hidden(b).length).toBeGreaterThan(0);
    expect(hidden(b).every((c, i) => c === hidden(a)[i])).toBe(true);
    expect(a.history[0]?.tracks.negotiation).toBe('noContact');
    expect(b.history[0]).toBe(a.history[0]);
    expect(b.table?.terms.length).toBeGreaterThan(0);
    expect(b.table?.terms.every((t, i) => t === a.table?.terms[i])).toBe(true);
    // A leak replaces the envoy's record: the view shows it anew.
    g.inject('leak').month();
    const c = g.view('rok');
    expect(c.moves[0]).not.toBe(a.moves[0]);
    expect(c.moves[0]).toMatchObject({ move: 'us.sendEnvoy', revealedOn: 2 });
  });

  it('are revealed at the end of the game', () => {
    const g = testGame({ seed: 4, maxTurns: 2 }).month({ us: 'us.sendEnvoy' }).month();
    g.expectEnding('statusQuo');
    expect(g.view('dprk').moves[0]).toMatchObject({ seat: 'us', move: 'us.sendEnvoy', reason: 'test plays us.sendEnvoy' });
    expect(g.view('dprk').changes.some((c) => c.cause === 'hidden')).toBe(false);
    expect(g.view('rok').results).not.toBeNull();
    expect(g.view('rok').explanation?.ending).toBe('statusQuo');
  });

  it('hide the position a secret offer put on the table, until a public move shows it (version 2)', () => {
    // Version 2's position cards; version 3's offers are hidden the same way (tests/model/tableView.test.ts).
    const g = testGame({ seed: 4, overrides: { trust: 60 }, scenarioVersion: 2 })
      .month({ us: 'us.sendEnvoy' })
      .month({ dprk: 'dprk.respondChannel' })
      .expectStage('negotiation', 'exploratory')
      .month({ us: 'us.offerFreeze' });
    expect(g.state.positions.us).toBe('freeze');
    // The offer goes through the channel: Pyongyang knows it, Seoul does not.
    expect(g.view('dprk').positions.us).toBe('freeze');
    expect(g.view('rok').positions.us).toBeNull();
    expect(g.view('us').positions.us).toBe('freeze');
    expect(g.view('rok').positions.dprk).toBe('none');
    g.month({ us: 'us.demandCVID' });
    expect(g.view('rok').positions.us).toBe('cvid');
  });
});

describe('this month’s sealed moves and capital', () => {
  it('show only that a seat has chosen, never what, and only the viewer’s own capital', () => {
    const g = testGame({ seed: 8 }).play('us', 'us.tightenSanctions', 'a reason').play('rok', 'rok.debateNukes');
    const dprk = g.view('dprk');
    expect(dprk.committed).toEqual({ us: true, dprk: false, rok: true });
    expect(dprk.pending).toBeNull();
    expect(dprk.capital).toEqual({ dprk: g.state.capital.dprk });
    const text = JSON.stringify(dprk);
    expect(text).not.toContain('us.tightenSanctions');
    expect(text).not.toContain('rok.debateNukes');
    expect(text).not.toContain('a reason');
    expect(g.view('us').pending).toEqual({ move: 'us.tightenSanctions', reason: 'a reason' });
    expect(g.view('us').legal).toEqual([]);
    expect(g.view('all').capital).toEqual(g.state.capital);
  });

  it('never expose the generator’s state', () => {
    const g = testGame({ seed: 8 }).month();
    for (const seat of [...SEATS, 'all'] as const) {
      const v = g.view(seat) as unknown as Record<string, unknown>;
      expect(v).not.toHaveProperty('rng');
      expect(JSON.stringify(v)).not.toContain(JSON.stringify(g.state.rng));
    }
  });
});

/**
 * Plays a seeded bot game, giving every action a reason no other action has, and calls `check`
 * after the first move of every month (one sealed move pending) and after every month's resolution.
 */
function playTagged(seed: number, bots: Record<Seat, string>, check: (s: GameState) => void): GameState {
  const game = createGame({ seed, seats: { us: `bot:${bots.us}`, dprk: `bot:${bots.dprk}`, rok: `bot:${bots.rok}` } });
  while (!game.ended()) {
    for (const seat of SEATS) {
      const s = game.state();
      const c = chooseMove(playerView(s, seat, { brief: true }), bots[seat]);
      const r = game.play(seat, c.move, `${logReason(c.reason)} [${seed}/${s.turn}/${seat}]`);
      if (!r.ok) throw new Error(r.error);
      if (seat !== 'dprk') check(game.state());
    }
  }
  const final = game.state();
  game.stop();
  return final;
}

/** The secrets of `owner` that `viewer` must not see yet: unrevealed secret moves and this month's sealed move. */
function assertKept(s: GameState, viewer: Seat, text: string, visible: PlayerView['moves']): number {
  let kept = 0;
  for (const owner of others(viewer)) {
    const visibleIds = new Set(visible.filter((m) => m.seat === owner && m.move !== null).map((m) => m.move));
    // A secret move's audience (the counterpart of a channel message) is told at once.
    const secrets = s.moves.filter(
      (m) => m.seat === owner && m.secret && m.revealedOn === undefined && !MOVES_BY_ID[m.move]!.audience?.includes(viewer),
    );
    const pending = s.pending[owner];
    for (const m of pending ? [...secrets, pending] : secrets) {
      kept++;
      expect(text, `${viewer} sees the reason of ${owner}'s ${m.move} in month ${s.turn} (seed ${s.seed})`).not.toContain(m.reason);
      if (!visibleIds.has(m.move))
        expect(text, `${viewer} sees ${owner}'s ${m.move} in month ${s.turn} (seed ${s.seed})`).not.toContain(`"${m.move}"`);
    }
  }
  return kept;
}

describe('property: no view leaks another seat’s unrevealed secret', () => {
  it('over 200 seeded bot games, checked every month', () => {
    let kept = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.record({ us: fc.constantFrom(...FIXED_BOTS), dprk: fc.constantFrom(...FIXED_BOTS), rok: fc.constantFrom(...FIXED_BOTS) }),
        (seed, bots) => {
          playTagged(seed, bots, (s) => {
            if (s.ending !== null) return;
            // Mid-month, only this month's sealed move is new: the brief view (no logs) is where it could show.
            const midMonth = Object.keys(s.pending).length > 0;
            for (const viewer of SEATS) {
              if (midMonth && s.pending[viewer] !== undefined) continue;
              const v = playerView(s, viewer, { brief: midMonth });
              kept += assertKept(s, viewer, JSON.stringify(v), v.moves);
            }
          });
        },
      ),
      { numRuns: 200 },
    );
    // The property is only meaningful if the games really had secrets to keep.
    expect(kept).toBeGreaterThan(1000);
  });

  it('two games that differ only in a seat’s secret reasons look the same to the seats kept out of them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.constantFrom(...SEATS), fc.string({ minLength: 1 }), (seed, owner, alt) => {
        const original = playTagged(seed, { us: 'dealmaker', dprk: 'dealmaker', rok: 'dealmaker' }, () => {});
        for (const viewer of others(owner)) {
          // Only the owner's secrets this viewer may not see get another reason.
          const kept = (move: string) => MOVES_BY_ID[move]!.visibility === 'secret' && !MOVES_BY_ID[move]!.audience?.includes(viewer);
          const a = testGame({ seed });
          const b = testGame({ seed });
          const leaked = () => a.state.moves.some((m) => m.seat === owner && kept(m.move) && m.revealedOn !== undefined);
          let differed = false;
          for (const m of original.moves) {
            if (a.state.ending !== null || leaked()) break;
            const altered = m.seat === owner && kept(m.move);
            a.play(m.seat, m.move, m.reason);
            b.play(m.seat, m.move, altered ? `${alt}#${m.turn}` : m.reason);
            if (a.state.ending !== null || leaked()) break;
            expect(b.view(viewer)).toEqual(a.view(viewer));
            differed ||= JSON.stringify(a.view(owner)) !== JSON.stringify(b.view(owner));
          }
          // Sanity: the owner's own view shows the altered reasons once it has played such a move
          // in a month that resolved before any leak.
          const first = original.moves.find((m) => m.seat === owner && kept(m.move));
          const firstLeak = original.moves.filter((m) => m.revealedOn !== undefined).reduce((t, m) => Math.min(t, m.revealedOn!), Infinity);
          if (first && first.turn < Math.min(original.endedOn ?? 0, firstLeak)) expect(differed).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  });
});
