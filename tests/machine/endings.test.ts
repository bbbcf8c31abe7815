/**
 * Every one of the seven endings is reachable by legal play, shown by path generation with
 * `xstate/graph` over the real machine and replayed with the pure `transition`.
 *
 * How the search is kept small. The full game has about ten legal moves per seat, a thousand
 * continuations a month and up to 24 months, far beyond any breadth-first search. So:
 *  - the events function yields the legal `move.play` events of the next seat to move, filtered
 *    to a menu of moves that matter for the ending sought (every move offered is still checked by
 *    `legalMoves`, so every path is a legal game);
 *  - `serializeState` abstracts a snapshot to its state value, the month, the moves sealed so far
 *    this month and a few bucketed indicators that decide the ending; two snapshots with the same
 *    abstraction are explored once (the first one found stands for both);
 *  - `stopWhen` stops at the end of the game or after a horizon of months, and `limit` caps the work.
 * Crisis, rupture and the status quo are searched from the first month. The four endings that need
 * a summit are searched in two legs: a graph search from the start to formal talks, then a graph
 * search from that snapshot to the ending; because the abstraction keeps only one snapshot per
 * class, a class can hide a lucky draw of the generator, so the two legs are tried for a few seeds
 * in turn (a seeded search) until the ending is found.
 * Each path found is replayed event by event with `transition` from its start and must reach its
 * ending. Because the abstraction keeps one snapshot per class, `getShortestPaths` builds a path
 * from the events between class representatives: replaying it reaches a snapshot of the goal's
 * class, which need not be the very representative. So the candidates are replayed shortest first
 * and the first one whose replay really ends in the ending is the proof; the test fails if none does.
 */
import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { getShortestPaths, type StatePath } from 'xstate/graph';
import type { GameEvent } from '../../src/machine/events';
import { gameMachine } from '../../src/machine/gameMachine';
import { MOVES } from '../../src/model/data/moves';
import { legalMoves } from '../../src/model/legal';
import { SEATS, type EndingId, type GameState } from '../../src/model/types';
import { TestGame, type GameSnapshot } from '../helpers/testGame';

type Path = StatePath<GameSnapshot, GameEvent>;

interface Search {
  from: GameSnapshot;
  /** Move ids the searching players consider. */
  menu: readonly string[];
  /** Indicators (bucketed) and other facts that tell positions apart. */
  key: (s: GameState) => unknown;
  /** Months to look ahead from the starting snapshot. */
  months: number;
  goal: (s: GameState) => boolean;
}

const bucket = (v: number, width: number) => Math.floor(v / width);
const HOLDS = ['us.hold', 'dprk.hold', 'rok.hold'];

/** Shortest paths (by events) from `from` to snapshots that meet the goal, shortest first. */
function search({ from, menu, key, months, goal }: Search): Path[] {
  const allowed = new Set(menu);
  const horizon = from.context.turn + months;
  const paths = getShortestPaths(gameMachine, {
    fromState: from,
    events: (snap: GameSnapshot): GameEvent[] => {
      if (snap.status !== 'active') return [];
      const seat = SEATS.find((s) => snap.context.pending[s] === undefined);
      if (!seat) return [];
      return legalMoves(snap.context, seat)
        .filter((m) => allowed.has(m.id))
        .map((m) => ({ type: 'move.play', seat, move: m.id, reason: 'graph search' }));
    },
    serializeState: (snap: GameSnapshot) => {
      const c = snap.context;
      return JSON.stringify([snap.status, c.ending, c.turn, snap.value, c.pending.us?.move, c.pending.dprk?.move, key(c)]);
    },
    stopWhen: (snap: GameSnapshot) => snap.status !== 'active' || snap.context.turn > horizon || goal(snap.context),
    limit: 60_000,
  });
  return paths.filter((p) => goal(p.state.context)).sort((a, b) => a.steps.length - b.steps.length);
}

/** The moves of a path (its first step is the search's own `xstate.init`). */
const movesOf = (path: Path) => path.steps.map((s) => s.event).filter((e) => e.type === 'move.play');

/** Replays a path's events with the pure `transition` from its start. */
function replay(from: GameSnapshot, path: Path): GameSnapshot {
  let snap = from;
  for (const event of movesOf(path)) {
    const next = transition(gameMachine, snap, event)[0];
    expect(next, `the path's move ${JSON.stringify(event)} was refused`).not.toBe(snap);
    snap = next;
  }
  return snap;
}

/** The first candidate whose replay ends in `ending`, replayed; undefined if none does. */
function firstReplaying(from: GameSnapshot, candidates: readonly Path[], ending: EndingId): { path: Path; end: GameSnapshot } | undefined {
  for (const path of candidates) {
    const end = replay(from, path);
    if (end.context.ending === ending) return { path, end };
  }
  return undefined;
}

function expectReaches(from: GameSnapshot, candidates: readonly Path[], ending: EndingId): GameSnapshot {
  expect(candidates.length, `the graph search found no path to ${ending}`).toBeGreaterThan(0);
  const found = firstReplaying(from, candidates, ending);
  expect(found, `none of the ${candidates.length} paths to ${ending} replays to it`).toBeDefined();
  const { path, end } = found!;
  expect(end.status).toBe('done');
  expect(end.matches('ended')).toBe(true);
  expect(end.context.ending).toBe(ending);
  console.info(
    `${ending} (seed ${from.context.seed}, month ${end.context.endedOn}): ${movesOf(path)
      .map((e) => e.move)
      .join(' ')}`,
  );
  return end;
}

// Version 1's rules (version 2's Hanoi setback and recognition window: tests/machine/hanoiV2.test.ts).
const start = (seed: number) => new TestGame({ seed, scenarioVersion: 1 }).snapshot;
const endsIn = (ending: EndingId) => (s: GameState) => s.ending === ending;
const SEEDS = 5;

/**
 * Tries seeds 1, 2, … until a path from `from(seed)` replays to `ending`, and asserts one does.
 * `from` may return undefined when the seed does not even reach the starting stage.
 */
function reachable(ending: EndingId, from: (seed: number) => GameSnapshot | undefined, find: (from: GameSnapshot) => Path[]): GameSnapshot {
  const tried: string[] = [];
  for (let seed = 1; seed <= SEEDS; seed++) {
    const origin = from(seed);
    if (!origin) {
      tried.push(`seed ${seed}: no starting position`);
      continue;
    }
    const candidates = find(origin);
    if (firstReplaying(origin, candidates, ending)) return expectReaches(origin, candidates, ending);
    tried.push(`seed ${seed}: ${candidates.length} paths, none replays to ${ending}`);
  }
  return expect.fail(`no path to ${ending}: ${tried.join('; ')}`);
}

describe('every ending is reachable (graph search over the machine)', () => {
  it('statusQuo: nobody moves the talks for 24 months', () => {
    const calm = ['us.pushUkraineSettlement', 'dprk.reachOutToSeoul', 'rok.backEngagement'];
    const end = reachable('statusQuo', start, (from) =>
      search({ from, menu: [...HOLDS, ...calm], key: () => null, months: 25, goal: endsIn('statusQuo') }),
    );
    expect(end.context.endedOn).toBe(end.context.settings.maxTurns);
  });

  it('crisis: escalation while an envoy waits, until the channel goes cold', () => {
    // The two most escalating moves of each seat (by their tension effect), and the envoy.
    const escalation = SEATS.flatMap((seat) =>
      MOVES.filter((m) => m.seat === seat && m.cost > 0)
        .sort((a, b) => (b.effect.deltas?.tension ?? 0) - (a.effect.deltas?.tension ?? 0))
        .slice(0, 2)
        .map((m) => m.id),
    );
    const menu = [...HOLDS, 'us.sendEnvoy', ...escalation];
    reachable('crisis', start, (from) =>
      search({ from, menu, key: (s) => [bucket(s.indicators.tension, 5)], months: 5, goal: endsIn('crisis') }),
    );
  });

  it('rupture: the alliance is run down', () => {
    // The three moves of each seat that hurt the alliance most.
    const menu = [
      ...HOLDS,
      ...SEATS.flatMap((seat) =>
        MOVES.filter((m) => m.seat === seat && (m.effect.deltas?.alliance ?? 0) < 0)
          .sort((a, b) => (a.effect.deltas?.alliance ?? 0) - (b.effect.deltas?.alliance ?? 0))
          .slice(0, 3)
          .map((m) => m.id),
      ),
    ];
    const key = (s: GameState) => [bucket(s.indicators.alliance, 10), s.statuses.troops, bucket(s.indicators.costSharing, 20)];
    reachable('rupture', start, (from) => search({ from, menu, key, months: 5, goal: endsIn('rupture') }));
  });

  // Leg 1: from January 2025 to formal talks.
  const toFormal = [
    ...HOLDS,
    'us.sendEnvoy',
    'us.suspendExercises',
    'us.proposeFormalTalks',
    'dprk.respondChannel',
    'dprk.releaseDetainees',
    'rok.backEngagement',
  ];
  // Leg 2 menus: the moves each ending needs at the table.
  const atTable = ['us.proposeSummit', 'us.suspendExercises', 'dprk.releaseDetainees', 'rok.backEngagement', ...HOLDS];
  const menus: Record<'collapse' | 'freeze' | 'roadmap' | 'recognition', string[]> = {
    collapse: [...atTable, 'us.demandCVID', 'dprk.walkOut'],
    freeze: [...atTable, 'us.offerFreeze', 'dprk.freezeTesting'],
    roadmap: [...atTable, 'us.demandCVID', 'dprk.offerRoadmap'],
    recognition: [...atTable, 'us.recognizeNuclearStatus'],
  };
  const tableKey = (s: GameState) => [
    bucket(s.indicators.trust, 10),
    s.indicators.determination >= 60,
    s.indicators.determination >= 70,
    s.positions,
    s.deal,
  ];

  /** Leg 1: a graph search from the start of game `seed` to formal talks, replayed. */
  const formalTalks = (seed: number) =>
    search({
      from: start(seed),
      menu: toFormal,
      key: (s) => [bucket(s.indicators.trust, 10)],
      months: 5,
      goal: (s) => s.tracks.negotiation === 'formal',
    })
      .map((p) => replay(start(seed), p))
      .find((s) => s.matches({ playing: { negotiation: 'formal' } }));

  it.each(Object.keys(menus) as (keyof typeof menus)[])('%s: graph search to formal talks, then to the summit and beyond', (ending) => {
    const end = reachable(ending, formalTalks, (from) =>
      search({ from, menu: menus[ending], key: tableKey, months: 7, goal: endsIn(ending) }),
    );
    expect(end.context.news.some((n) => n.id === 'stage.negotiation.summit')).toBe(true);
  });
});
