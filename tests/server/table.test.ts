/**
 * The classroom server and the negotiation table (scenario version 3): a team's table action travels
 * with its move, is checked on the server (a malformed one is refused with what is wrong), kept in
 * the session's log, and replayed on restore.
 */
import { describe, expect, it } from 'vitest';
import { intentSchema } from '../../src/net/protocol';
import { ClassroomSession } from '../../src/server/session';
import { fillSeats, newSession, nextId } from './helpers';

const talks = { us: 'human', dprk: 'human', rok: 'bot:dealmaker' } as const;

describe('table actions over the classroom protocol', () => {
  it('the intent message may carry a table action object, and nothing but an object', () => {
    const base = { id: 'abcdefgh', type: 'move.play', move: 'us.hold' };
    expect(intentSchema.safeParse({ ...base, table: { kind: 'accept', offer: 1 } }).success).toBe(true);
    expect(intentSchema.safeParse({ ...base, table: 'accept 1' }).success).toBe(false);
    expect(intentSchema.safeParse({ ...base, tabel: {} }).success).toBe(false);
  });

  it('refuses a malformed table action with a clear error, and an illegal one with the rule', () => {
    const { session } = newSession({ seats: talks, scenarioVersion: 3 });
    fillSeats(session);
    const bad = session.play('us', nextId(), 'us.hold', '', undefined, {
      kind: 'propose',
      to: 'dprk',
      gives: ['roadmap'],
      asks: [],
      line: 'public',
    });
    expect(bad).toMatchObject({ ok: false, error: 'Invalid table action: propose: gives: "roadmap" is not a term of us.' });
    const noOffer = session.play('us', nextId(), 'us.hold', '', undefined, { kind: 'accept', offer: 5 });
    expect(noOffer).toMatchObject({ ok: false, error: 'You cannot play that now: there is no offer 5.' });
    expect(session.turn()).toBe(1);
  });

  it('keeps a table action in the log, passes it to the game, and replays it on restore', () => {
    const { session, store, cfg } = newSession({ seats: talks, scenarioVersion: 3 });
    fillSeats(session);
    const offer = { kind: 'propose', to: 'dprk', gives: ['partialRelief'], asks: ['freeze'], line: 'public' } as const;
    expect(session.play('us', nextId(), 'us.hold', 'an opening', undefined, offer).ok).toBe(true);
    expect(session.teacherMessage('').sealed.us?.table).toEqual(offer);
    expect(session.play('dprk', nextId(), 'dprk.hold', '').ok).toBe(true);
    expect(session.turn()).toBe(2);
    const seen = session.seatMessage('dprk').view.table;
    expect(seen?.offers.filter((o) => o.from === 'us')).toMatchObject([
      { id: 1, from: 'us', to: 'dprk', gives: ['partialRelief'], asks: ['freeze'], line: 'public' },
    ]);
    expect(seen?.acceptable).toEqual([1]);
    expect(store.log(cfg.code).find((e) => e.kind === 'play' && e.seat === 'us')).toMatchObject({ table: offer });
    expect(session.teacherMessage('').actions.find((a) => a.seat === 'us')?.table).toEqual(offer);
    const restored = ClassroomSession.restore(cfg, store.log(cfg.code), store);
    expect(restored.seatMessage('dprk').view.table?.offers).toEqual(seen?.offers);
    restored.dispose();
  });
});
