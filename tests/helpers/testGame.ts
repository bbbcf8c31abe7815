/**
 * A fluent driver for the statechart, after tldraw's TestEditor: every step goes through the pure
 * `initialTransition` / `transition` of xstate (no actor, no clock), so a test reads as the game it
 * plays and can fork a position to try two continuations:
 *
 *   testGame({ seed: 3 })
 *     .month({ us: 'us.sendEnvoy', dprk: 'dprk.hold', rok: 'rok.hold' })
 *     .expectStage('negotiation', 'secretEnvoy')
 *     .inject('leak')
 *     .play('us', 'us.hold').play('dprk', 'dprk.hold').play('rok', 'rok.hold');
 */
import { expect } from 'vitest';
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { chooseMove } from '../../src/bots/choose';
import { logReason } from '../../src/i18n/log';
import type { GameEvent } from '../../src/machine/events';
import { gameMachine } from '../../src/machine/gameMachine';
import { whyIllegal } from '../../src/model/legal';
import type { Overrides } from '../../src/model/overrides';
import type { NewGameInput } from '../../src/model/state';
import {
  SEATS,
  type EndingId,
  type GameState,
  type IndicatorId,
  type Seat,
  type SeatControllers,
  type TrackId,
  type Tracks,
} from '../../src/model/types';
import { playerView, type PlayerView, type ViewOptions } from '../../src/model/view';

export type GameSnapshot = SnapshotFrom<typeof gameMachine>;

export interface TestGameInput {
  seed: number;
  seats?: Partial<SeatControllers>;
  overrides?: Overrides;
  maxTurns?: number;
  /** The scenario version whose rules to play (default: the current one). */
  scenarioVersion?: number;
}

/** The bot a seat is played by, or the default personality for a human seat. */
function botName(state: GameState, seat: Seat): string {
  const c = state.seats[seat];
  return c.startsWith('bot:') ? c.slice(4) : 'dealmaker';
}

export class TestGame {
  private snap: GameSnapshot;

  constructor(input: NewGameInput | GameSnapshot) {
    this.snap = 'seed' in input ? initialTransition(gameMachine, input)[0] : input;
  }

  get snapshot(): GameSnapshot {
    return this.snap;
  }

  /** The full game state (the machine's context). */
  get state(): GameState {
    return this.snap.context;
  }

  /** A second driver at the same position; the two never affect each other. */
  fork(): TestGame {
    return new TestGame(this.snap);
  }

  /** Sends any event, legal or not, with no checks. */
  send(event: GameEvent): this {
    this.snap = transition(gameMachine, this.snap, event)[0];
    return this;
  }

  /** Seals a move; throws (with the model's reason) if it is illegal, so a broken setup fails loudly. */
  play(seat: Seat, move: string, reason = `test plays ${move}`): this {
    const why = whyIllegal(this.state, seat, move);
    if (why) throw new Error(`month ${this.state.turn}: ${seat} cannot play ${move}: ${why}`);
    return this.send({ type: 'move.play', seat, move, reason });
  }

  /** Plays one month in seat order; a seat left out holds. */
  month(moves: Partial<Record<Seat, string>> = {}): this {
    const turn = this.state.turn;
    for (const seat of SEATS) {
      if (this.state.pending[seat] !== undefined) continue;
      this.play(seat, moves[seat] ?? `${seat}.hold`);
    }
    expect(this.state.turn === turn + 1 || this.state.ending !== null, 'the month resolved').toBe(true);
    return this;
  }

  /** Plays `n` months of the same moves (holds by default), stopping early if the game ends. */
  months(n: number, moves: Partial<Record<Seat, string>> = {}): this {
    for (let i = 0; i < n && this.state.ending === null; i++) this.month(moves);
    return this;
  }

  /** Lets the bots (or, for human seats, the default bot) play the seats that have not moved this month. */
  botMonth(): this {
    for (const seat of SEATS) {
      if (this.state.ending !== null || this.state.pending[seat] !== undefined) continue;
      const choice = chooseMove(playerView(this.state, seat, { brief: true }), botName(this.state, seat));
      this.play(seat, choice.move, logReason(choice.reason));
    }
    return this;
  }

  /** Bot months until the game ends. */
  botsToEnd(): this {
    while (this.snap.status === 'active') this.botMonth();
    return this;
  }

  /** Queues an event for this month's resolution; throws if the machine refused it. */
  inject(eventId: string): this {
    const before = this.state.injected.length;
    this.send({ type: 'event.inject', event: eventId });
    if (this.state.injected.length !== before + 1) throw new Error(`event.inject ${eventId} was refused`);
    return this;
  }

  /**
   * Changes the state in place of a month's play (e.g. to put trust exactly on a threshold). Only
   * for indicators, capital and other fields the statechart does not mirror: tracks must stay as
   * the regions are.
   */
  patch(edit: (draft: GameState) => void): this {
    const next = structuredClone(this.state);
    edit(next);
    this.snap = gameMachine.resolveState({ value: this.snap.value, context: next });
    return this;
  }

  view(seat: Seat | 'all', options?: ViewOptions): PlayerView {
    return playerView(this.state, seat, options);
  }

  /** Asserts both the region's state node and the model's mirror of it. */
  expectStage<T extends TrackId>(track: T, stage: Tracks[T]): this {
    const where = `month ${this.state.turn}, seed ${this.state.seed}`;
    expect(this.snap.status, `${where}: the game is still being played`).toBe('active');
    expect(
      this.snap.matches({ playing: { [track]: stage } }),
      `${where}: region ${track} is in ${stage} (value ${JSON.stringify(this.snap.value)})`,
    ).toBe(true);
    expect(this.state.tracks[track], `${where}: context.tracks.${track}`).toBe(stage);
    return this;
  }

  expectIndicator(id: IndicatorId, predicate: (value: number) => boolean, what = 'predicate'): this {
    const v = this.state.indicators[id];
    expect(predicate(v), `month ${this.state.turn}: ${id} = ${v} fails ${what}`).toBe(true);
    return this;
  }

  expectLegal(seat: Seat, move: string, legal: boolean): this {
    const why = whyIllegal(this.state, seat, move);
    expect(why === null, `month ${this.state.turn}: ${move} legal for ${seat}? ${why ?? 'legal'}`).toBe(legal);
    return this;
  }

  expectEnding(ending: EndingId | null): this {
    expect(this.state.ending, `seed ${this.state.seed}: ending`).toBe(ending);
    if (ending !== null) {
      expect(this.snap.status).toBe('done');
      expect(this.snap.matches('ended')).toBe(true);
    }
    return this;
  }

  /** Asserts a news item (`event.leak`, `stage.seoul.newGovernment`, `note.envoyRefused`) exists, in `turn` if given. */
  expectNews(id: string, turn?: number): this {
    const found = this.state.news.some((n) => n.id === id && (turn === undefined || n.turn === turn));
    expect(
      found,
      `news ${id}${turn === undefined ? '' : ` in month ${turn}`}; have ${this.state.news.map((n) => `${n.turn}:${n.id}`).join(', ')}`,
    ).toBe(true);
    return this;
  }
}

export function testGame(input: TestGameInput): TestGame {
  return new TestGame(input);
}
