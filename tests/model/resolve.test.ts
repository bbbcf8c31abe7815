/** A month's resolution and its close: `resolveTurn`, `enterStage`, `finishTurn` and the summit. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MOVES_BY_ID } from '../../src/model/data/moves';
import { CAPITAL_PER_TURN, CRISIS_TENSION, MAX_CAPITAL, RUPTURE_ALLIANCE, RUPTURE_TROOPS } from '../../src/model/data/scenario';
import { legalMoves } from '../../src/model/legal';
import {
  commitMove,
  concludeDeal,
  enterStage,
  finishTurn,
  injectEvent,
  noteRefused,
  resolveTurn,
  SEAT_ORDER,
  summitOutcome,
} from '../../src/model/resolve';
import { RngCursor } from '../../src/model/rng';
import { createInitialState } from '../../src/model/state';
import { SEATS, type GameState, type Seat } from '../../src/model/types';
import { playerView } from '../../src/model/view';
import { chooseMove } from '../../src/bots/choose';
import { deepFreeze, samplePositions } from '../helpers/botGames';

const start = (edit: (s: GameState) => void = () => {}) => {
  const s = createInitialState({ seed: 11 });
  edit(s);
  return s;
};

function commitAll(s: GameState, moves: Record<Seat, string>, order: readonly Seat[] = SEATS): GameState {
  let x = s;
  for (const seat of order) x = commitMove(x, seat, moves[seat], `reason of ${seat}`);
  return x;
}

const positions = samplePositions(100, 10);
/** A position from a bot game and one legal move per seat, chosen by fast-check. */
const positionWithMoves = fc.constantFrom(...positions).chain((s) =>
  fc.record({
    s: fc.constant(s),
    us: fc.constantFrom(...legalMoves(s, 'us').map((m) => m.id)),
    dprk: fc.constantFrom(...legalMoves(s, 'dprk').map((m) => m.id)),
    rok: fc.constantFrom(...legalMoves(s, 'rok').map((m) => m.id)),
  }),
);

describe('resolveTurn', () => {
  it('resolves moves in seat order us → dprk → rok whatever order they were sealed in', () => {
    expect(SEAT_ORDER).toEqual(['us', 'dprk', 'rok']);
    fc.assert(
      fc.property(
        positionWithMoves,
        fc.constantFrom<Seat[]>(['rok', 'dprk', 'us'], ['dprk', 'rok', 'us'], ['rok', 'us', 'dprk']),
        ({ s, us, dprk, rok }, order) => {
          const inOrder = resolveTurn(commitAll(s, { us, dprk, rok }));
          const shuffled = resolveTurn(commitAll(s, { us, dprk, rok }, order));
          expect(shuffled).toEqual(inOrder);
          const played = inOrder.moves.slice(s.moves.length);
          expect(played.map((m) => m.seat)).toEqual(['us', 'dprk', 'rok']);
          expect(played.map((m) => m.move)).toEqual([us, dprk, rok]);
          expect(inOrder.pending).toEqual({});
        },
      ),
      { numRuns: 60 },
    );
  });

  it('applies the effects of earlier seats first, so the change record is in seat order', () => {
    const s = commitAll(start(), { us: 'us.deployStrategicAssets', dprk: 'dprk.testMissile', rok: 'rok.holdHardLine' }, [
      'rok',
      'dprk',
      'us',
    ]);
    const r = resolveTurn(s);
    const bySeat = r.changes.filter((c) => c.seat).map((c) => c.seat);
    expect(bySeat).toEqual([...bySeat].sort((a, b) => SEATS.indexOf(a!) - SEATS.indexOf(b!)));
    expect(new Set(bySeat)).toEqual(new Set(SEATS));
  });

  it('records secret moves as secret, with their changes marked secret, and charges their cost', () => {
    const s = commitAll(start(), { us: 'us.sendEnvoy', dprk: 'dprk.deepenRussiaTies', rok: 'rok.backEngagement' });
    const r = resolveTurn(s);
    expect(r.moves.map((m) => [m.move, m.secret])).toEqual([
      ['us.sendEnvoy', true],
      ['dprk.deepenRussiaTies', true],
      ['rok.backEngagement', false],
    ]);
    expect(r.moves.every((m) => m.revealedOn === undefined || r.news.some((n) => n.id === 'event.leak'))).toBe(true);
    const envoyChanges = r.changes.filter((c) => c.cause === 'us.sendEnvoy');
    expect(envoyChanges.length).toBeGreaterThan(0);
    expect(envoyChanges.every((c) => c.secret === true && c.seat === 'us')).toBe(true);
    expect(r.changes.filter((c) => c.cause === 'rok.backEngagement').every((c) => c.secret === undefined)).toBe(true);
    expect(r.capital.us).toBe(s.capital.us - MOVES_BY_ID['us.sendEnvoy']!.cost);
    expect(r.signals).toContainEqual({ type: 'channel.envoy', seat: 'us' });
    expect(r.moves[0]!.reason).toBe('reason of us');
  });

  it('advances the generator only in resolution, and the same state resolves identically twice', () => {
    fc.assert(
      fc.property(positionWithMoves, ({ s, us, dprk, rok }) => {
        const frozen = deepFreeze(structuredClone(s));
        // Sealing moves, queueing an event, viewing and a bot's choice leave the generator alone.
        const sealed = commitAll(injectEvent(frozen, 'chinaPressure'), { us, dprk, rok });
        expect(sealed.rng).toEqual(s.rng);
        for (const seat of SEATS) {
          playerView(frozen, seat);
          chooseMove(playerView(frozen, seat, { brief: true }), 'dealmaker');
        }
        const a = resolveTurn(deepFreeze(sealed));
        const b = resolveTurn(sealed);
        expect(a).toEqual(b);
        expect(a.rng).not.toEqual(s.rng);
        // Closing the month and entering stages do not draw.
        expect(finishTurn(a).rng).toEqual(a.rng);
        expect(enterStage(a, 'cabinet', 'clash').rng).toEqual(a.rng);
      }),
      { numRuns: 40 },
    );
  });

  it('fires queued events first, once, and clears the queue', () => {
    const s = commitAll(injectEvent(start(), 'chinaPressure'), { us: 'us.hold', dprk: 'dprk.hold', rok: 'rok.hold' });
    const r = resolveTurn(s);
    const fired = r.news.filter((n) => n.id === 'event.chinaPressure');
    expect(fired).toHaveLength(1);
    expect(fired[0]!.params).toMatchObject({ injected: 1 });
    expect(r.news[0]!.id).toBe('event.chinaPressure');
    expect(r.injected).toEqual([]);
  });

  it('version 1: a leak reveals every secret move so far and raises channel.exposed', () => {
    let s = resolveTurn(
      commitAll(createInitialState({ seed: 11, scenarioVersion: 1 }), {
        us: 'us.sendEnvoy',
        dprk: 'dprk.deepenRussiaTies',
        rok: 'rok.consultWashington',
      }),
    );
    s = finishTurn(s);
    s = resolveTurn(commitAll(injectEvent(s, 'leak'), { us: 'us.hold', dprk: 'dprk.hold', rok: 'rok.hold' }));
    expect(s.moves.filter((m) => m.secret).every((m) => m.revealedOn === 2)).toBe(true);
    expect(s.news.find((n) => n.id === 'event.leak')?.params).toMatchObject({ revealed: 3, injected: 1 });
    expect(s.signals).toContainEqual({ type: 'channel.exposed' });
  });

  it('version 2: a leak exposes only its own channel, and a channel nobody used cannot leak', () => {
    let s = resolveTurn(commitAll(start(), { us: 'us.hold', dprk: 'dprk.deepenRussiaTies', rok: 'rok.consultWashington' }));
    s = finishTurn(s);
    // No envoy was sent: the backchannel has no secret, so its leak cannot fire.
    const quiet = resolveTurn(commitAll(s, { us: 'us.hold', dprk: 'dprk.hold', rok: 'rok.hold' }));
    expect(quiet.news.some((n) => n.id === 'event.leak')).toBe(false);
    s = resolveTurn(commitAll(injectEvent(s, 'leakMoscow'), { us: 'us.hold', dprk: 'dprk.hold', rok: 'rok.hold' }));
    const byMove = (id: string) => s.moves.find((m) => m.move === id);
    expect(byMove('dprk.deepenRussiaTies')?.revealedOn).toBe(2);
    expect(byMove('rok.consultWashington')?.revealedOn).toBeUndefined();
    expect(s.news.find((n) => n.id === 'event.leakMoscow')?.params).toMatchObject({ revealed: 1 });
    expect(s.signals).not.toContainEqual({ type: 'channel.exposed' });
  });
});

describe('summitOutcome', () => {
  const at = (us: GameState['positions']['us'], dprk: GameState['positions']['dprk'], trust: number, seed = 5) =>
    summitOutcome(
      start((s) => {
        s.positions = { us, dprk };
        s.indicators.trust = trust;
      }),
      new RngCursor(createInitialState({ seed }).rng),
    );

  it('claims 4, 5 and 11: what each side put on the table decides the summit', () => {
    expect(at('freeze', 'freeze', 50)).toEqual({ type: 'talks.deal', deal: 'freeze' });
    expect(at('cvid', 'roadmap', 50)).toEqual({ type: 'talks.deal', deal: 'roadmap' });
    expect(at('recognition', 'none', 50)).toEqual({ type: 'talks.deal', deal: 'recognition' });
    expect(at('none', 'none', 60)).toEqual({ type: 'talks.vague' }); // Singapore 2018
  });

  it('walks out whenever trust is below 25, whatever is on the table', () => {
    for (const [us, dprk] of [
      ['freeze', 'freeze'],
      ['recognition', 'none'],
      ['none', 'roadmap'],
    ] as const) {
      expect(at(us, dprk, 24)).toEqual({ type: 'talks.walkOut' });
    }
  });

  it('Hanoi: full denuclearization against a freeze fails for certain with trust below 45', () => {
    for (let seed = 0; seed < 40; seed++) expect(at('cvid', 'freeze', 44, seed)).toEqual({ type: 'talks.walkOut' });
    // With high trust the same positions can end in a freeze deal.
    const outcomes = new Set(Array.from({ length: 40 }, (_, seed) => at('cvid', 'freeze', 90, seed).type));
    expect(outcomes).toContain('talks.deal');
  });
});

describe('enterStage', () => {
  it('moves the track, restarts its clock, applies the stage and records news', () => {
    const s = start((x) => {
      x.trackTurns.ukraine = 4;
    });
    const r = enterStage(s, 'ukraine', 'settled');
    expect(r.tracks.ukraine).toBe('settled');
    expect(r.statuses.ukraine).toBe('settled');
    expect(r.trackTurns.ukraine).toBe(0);
    expect(r.indicators.russiaTies).toBe(s.indicators.russiaTies - 10);
    expect(r.changes.every((c) => c.cause === 'stage.ukraine.settled')).toBe(true);
    expect(r.news.at(-1)).toMatchObject({ id: 'stage.ukraine.settled', turn: 1 });
  });

  it('sets Seoul’s government from the election’s winner', () => {
    const elected = enterStage(start(), 'seoul', 'newGovernment', { type: 'seoul.election', winner: 'liberal' });
    expect(elected.statuses.seoulGovernment).toBe('liberal');
    expect(elected.news.at(-1)?.params).toMatchObject({ winner: 'liberal' });
    expect(enterStage(start(), 'seoul', 'newGovernment', { type: 'seoul.election', winner: 'conservative' }).statuses.seoulGovernment).toBe(
      'conservative',
    );
    expect(enterStage(start(), 'seoul', 'yoon').statuses.seoulGovernment).toBe('conservative');
    expect(enterStage(start(), 'seoul', 'snapElection').statuses.seoulGovernment).toBe('interim');
  });

  it('signs the deal of the summit, collapses into the collapse ending, and clears positions on noContact', () => {
    // Version 2's deal table (version 3's deal is its terms: tests/model/tableDeal.test.ts).
    const v2 = createInitialState({ seed: 11, scenarioVersion: 2 });
    const signed = enterStage(v2, 'negotiation', 'agreement', { type: 'talks.deal', deal: 'freeze' });
    expect(signed.deal).toBe('freeze');
    expect(signed.indicators.sanctions).toBe(v2.indicators.sanctions - 20);
    expect(concludeDeal(signed).ending).toBe('freeze');
    expect(concludeDeal(start()).ending).toBeNull();
    expect(enterStage(start(), 'negotiation', 'collapsed').ending).toBe('collapse');
    const reset = enterStage(
      start((x) => {
        x.positions = { us: 'freeze', dprk: 'freeze' };
        x.deal = 'freeze';
      }),
      'negotiation',
      'noContact',
    );
    expect(reset.positions).toEqual({ us: 'none', dprk: 'none' });
    expect(reset.deal).toBeNull();
  });

  it('noteRefused records why a signal was not acted on, and whose move raised it', () => {
    expect(noteRefused(start(), { type: 'channel.envoy', seat: 'us' }, 'envoyRefused').news.at(-1)).toEqual({
      turn: 1,
      id: 'note.envoyRefused',
      params: { signal: 'channel.envoy', seat: 'us' },
      source: '',
    });
    expect(noteRefused(start(), { type: 'talks.summit' }, 'summitTooEarly').news.at(-1)?.params).toEqual({ signal: 'talks.summit' });
  });

  it('a stage entered through a seat’s move names the seat in its news', () => {
    const r = enterStage(start(), 'negotiation', 'secretEnvoy', { type: 'channel.envoy', seat: 'us' });
    expect(r.news.at(-1)?.params).toEqual({ signal: 'channel.envoy', seat: 'us' });
  });
});

describe('finishTurn', () => {
  it('closes an ordinary month: history, clocks, capital and the next turn', () => {
    const s = start((x) => {
      x.capital = { us: 7, dprk: 0, rok: 3 };
      x.signals = [{ type: 'talks.vague' }];
    });
    const r = finishTurn(s);
    expect(r.turn).toBe(2);
    expect(r.ending).toBeNull();
    expect(r.endedOn).toBeNull();
    expect(r.signals).toEqual([]);
    expect(r.history).toEqual([{ turn: 1, indicators: s.indicators, statuses: s.statuses, tracks: s.tracks }]);
    expect(r.trackTurns).toEqual({ negotiation: 1, seoul: 1, ukraine: 1, cabinet: 1 });
    expect(r.capital).toEqual({ us: MAX_CAPITAL, dprk: CAPITAL_PER_TURN, rok: 3 + CAPITAL_PER_TURN });
  });

  it('ends in the status quo when the turn limit is reached', () => {
    const last = start((x) => {
      x.turn = x.settings.maxTurns;
    });
    const r = finishTurn(last);
    expect(r.ending).toBe('statusQuo');
    expect(r.endedOn).toBe(last.turn);
    expect(r.turn).toBe(last.turn);
    expect(
      finishTurn(
        start((x) => {
          x.turn = x.settings.maxTurns - 1;
        }),
      ).ending,
    ).toBeNull();
  });

  it(`ends in a crisis at tension ${CRISIS_TENSION} and above`, () => {
    expect(
      finishTurn(
        start((x) => {
          x.indicators.tension = CRISIS_TENSION;
        }),
      ).ending,
    ).toBe('crisis');
    expect(
      finishTurn(
        start((x) => {
          x.indicators.tension = CRISIS_TENSION - 1;
        }),
      ).ending,
    ).toBeNull();
  });

  it(`ruptures below ${RUPTURE_TROOPS} troops or at alliance ${RUPTURE_ALLIANCE} and below`, () => {
    expect(
      finishTurn(
        start((x) => {
          x.statuses.troops = RUPTURE_TROOPS - 1;
        }),
      ).ending,
    ).toBe('rupture');
    expect(
      finishTurn(
        start((x) => {
          x.statuses.troops = RUPTURE_TROOPS;
        }),
      ).ending,
    ).toBeNull();
    expect(
      finishTurn(
        start((x) => {
          x.indicators.alliance = RUPTURE_ALLIANCE;
        }),
      ).ending,
    ).toBe('rupture');
    expect(
      finishTurn(
        start((x) => {
          x.indicators.alliance = RUPTURE_ALLIANCE + 1;
        }),
      ).ending,
    ).toBeNull();
  });

  it('a crisis takes precedence over a rupture, and an ending already reached stands', () => {
    expect(
      finishTurn(
        start((x) => {
          x.indicators.tension = 99;
          x.indicators.alliance = 0;
        }),
      ).ending,
    ).toBe('crisis');
    const collapsed = finishTurn(
      start((x) => {
        x.ending = 'collapse';
        x.indicators.tension = 99;
      }),
    );
    expect(collapsed.ending).toBe('collapse');
    expect(collapsed.endedOn).toBe(1);
    expect(collapsed.history).toHaveLength(1);
  });

  it('does not mutate its input', () => {
    const s = deepFreeze(
      start((x) => {
        x.turn = x.settings.maxTurns;
      }),
    );
    expect(() => finishTurn(s)).not.toThrow();
  });
});

describe('escalation', () => {
  // Claim 4 (2017: insults and threats): if every seat escalates as hard as it can, month after
  // month, the game must be able to end in the escalation crisis. The drift `tensionEases`
  // (10% of the way back to 45, rounded) runs after every move and event, so tension at 100
  // before the drift is at most 94 after it, and the crisis threshold (95) is never reached
  // this way: see the report that accompanied this test.
  it('all-out escalation by all three seats ends in a crisis within six months', () => {
    let s = start();
    for (let month = 0; month < 6 && s.ending === null; month++) {
      s = resolveTurn(commitAll(s, { us: 'us.deployStrategicAssets', dprk: 'dprk.testMissile', rok: 'rok.holdHardLine' }));
      s = finishTurn(s);
    }
    expect(Math.max(...s.history.map((h) => h.indicators.tension))).toBeGreaterThanOrEqual(CRISIS_TENSION);
    expect(s.ending).toBe('crisis');
  });
});
