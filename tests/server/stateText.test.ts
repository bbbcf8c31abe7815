/**
 * The state messages travel as JSON text (src/net/states.ts `stateText`): a view read back is the
 * view that was written, and anything that is not a state's text is refused, never half taken.
 */
import { describe, expect, it } from 'vitest';
import { playBots } from '../../src/engine/botGame';
import { createInitialState } from '../../src/model/state';
import { SEATS } from '../../src/model/types';
import { playerView } from '../../src/model/view';
import { RECORD_FIELDS, recordTailOf, type SeatStateMessage } from '../../src/net/protocol';
import { readStateText, stateText } from '../../src/net/states';

const ended = playBots(
  createInitialState({ seed: 21, seats: { us: 'bot:dealmaker', dprk: 'bot:dove', rok: 'bot:hawk' }, maxTurns: 10 } as never),
);

describe('state messages as JSON text', () => {
  it('a seat view written and read back is the same view, with its table, record and tail', () => {
    for (const seat of SEATS) {
      const view = playerView(ended, seat);
      expect(view.table?.offers.length ?? 0).toBeGreaterThan(0);
      const info = { code: 'ABCDEF', status: 'playing' } as unknown as SeatStateMessage['session'];
      const whole: SeatStateMessage = { seat, session: info, view, record: 3 };
      expect(readStateText(stateText(whole))).toEqual(whole);
      const tail: SeatStateMessage = {
        seat,
        session: info,
        view: recordTailOf(view, RECORD_FIELDS, { moves: 2, news: 3 }),
        record: 4,
        recordTail: { base: 3, from: { moves: 2, news: 3 } },
      };
      expect(readStateText(stateText(tail))).toEqual(tail);
    }
  });

  it('refuses what is not a state: broken or cut JSON, arrays, numbers, null; takes an object as it is', () => {
    const text = stateText({ seat: 'us', session: {} as SeatStateMessage['session'], view: playerView(ended, 'us'), record: 1 });
    expect(readStateText(text.slice(0, text.length - 1))).toBeNull();
    expect(readStateText(text.slice(0, 100))).toBeNull();
    for (const bad of ['', 'not json', '[1,2]', '42', 'null', '"state"', 42, null, undefined, [1]]) expect(readStateText(bad)).toBeNull();
    const object = { seat: 'us' };
    expect(readStateText(object)).toBe(object);
  });
});
