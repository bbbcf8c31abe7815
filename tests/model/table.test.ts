/**
 * The negotiation table's rules (scenario version 3): what may be proposed, accepted and rejected,
 * what it costs, and how offers replace, counter, overlap and lapse. The rules: docs/model.md, "Version 3".
 */
import { describe, expect, it } from 'vitest';
import { whyIllegalPlay } from '../../src/model/legal';
import { rulesFor } from '../../src/model/ruleset';
import { createInitialState } from '../../src/model/state';
import { blockedReason, linesFor, proposalCost, whyTableIllegal } from '../../src/model/tableRules';
import { tableActionProblem } from '../../src/model/tableShape';
import type { GameState } from '../../src/model/types';
import { changedBy, month, offer, propose, v3 } from '../helpers/table';

const talking = (s: GameState) => {
  s.tracks.negotiation = 'exploratory';
};

describe('version 3 retires the position cards and adds the table', () => {
  it('the six position cards are gone in version 3 and stay in version 2', () => {
    const cards = [
      'us.offerFreeze',
      'us.demandCVID',
      'us.recognizeNuclearStatus',
      'dprk.freezeTesting',
      'dprk.offerRoadmap',
      'dprk.demandRecognition',
    ];
    for (const id of cards) {
      expect(rulesFor({ id: 'backchannel-2025', version: 2 }).movesById[id]).toBeDefined();
      expect(rulesFor({ id: 'backchannel-2025', version: 3 }).movesById[id]).toBeUndefined();
    }
    expect(rulesFor({ id: 'backchannel-2025', version: 3 }).on.table).toBe(true);
    expect(rulesFor({ id: 'backchannel-2025', version: 2 }).on.table).toBe(false);
  });

  it('a game of version 3 or later (6 is the default) starts with an empty table; earlier versions have no table at all', () => {
    expect(createInitialState({ seed: 1, scenarioVersion: 3 }).table).toEqual({ offers: [], agreed: null, nextId: 1 });
    expect(createInitialState({ seed: 1 }).table).toEqual({ offers: [], agreed: null, nextId: 1 });
    expect(createInitialState({ seed: 1 }).scenario.version).toBe(6);
    expect('table' in createInitialState({ seed: 1, scenarioVersion: 1 })).toBe(false);
    expect('table' in createInitialState({ seed: 1, scenarioVersion: 2 })).toBe(false);
    expect(
      whyIllegalPlay(createInitialState({ seed: 1, scenarioVersion: 2 }), 'us', 'us.hold', propose('dprk', [], ['freeze'], 'public')),
    ).toMatch(/no negotiation table/);
  });
});

describe('the shape of a table action', () => {
  it.each([
    [{ kind: 'propose', to: 'dprk', gives: ['roadmap'], asks: [], line: 'public' }, 'not a term of us'],
    [{ kind: 'propose', to: 'dprk', gives: [], asks: ['partialRelief'], line: 'public' }, 'not a term of dprk'],
    [{ kind: 'propose', to: 'dprk', gives: [], asks: [], line: 'public' }, 'at least one term'],
    [{ kind: 'propose', to: 'us', gives: ['fullRelief'], asks: [], line: 'public' }, 'itself'],
    [{ kind: 'propose', to: 'dprk', gives: ['troopCut', 'troopCut'], asks: [], line: 'public' }, 'twice'],
    [{ kind: 'propose', to: 'dprk', gives: [], asks: ['freeze'], line: 'loud' }, '"line"'],
    [{ kind: 'propose', to: 'dprk', gives: [], asks: ['freeze'], line: 'public', extra: 1 }, 'only'],
    [{ kind: 'accept', offer: 1.5 }, 'offer id'],
    [{ kind: 'shout' }, 'kind must be'],
    [null, 'object'],
  ])('%j is refused (%s)', (action, fragment) => {
    expect(tableActionProblem('us', action)).toContain(fragment);
  });

  it('a well-formed proposal passes', () => {
    expect(tableActionProblem('us', propose('dprk', ['partialRelief'], ['freeze']))).toBeNull();
  });
});

describe('lines and channels', () => {
  it('the backchannel carries secret US–DPRK offers only while talks run; public offers need no channel', () => {
    const s = v3();
    expect(linesFor(s, 'us', 'dprk')).toEqual(['public']);
    for (const stage of ['secretEnvoy', 'exploratory', 'formal', 'summit'] as const) {
      s.tracks.negotiation = stage;
      expect(linesFor(s, 'us', 'dprk')).toEqual(['secret', 'public']);
      expect(linesFor(s, 'dprk', 'us')).toEqual(['secret', 'public']);
    }
    for (const stage of ['agreement', 'implementation', 'collapsed'] as const) {
      s.tracks.negotiation = stage;
      expect(linesFor(s, 'us', 'dprk')).toEqual([]);
    }
  });

  it('Seoul has its own secret lines to Pyongyang and Washington; Washington none to Seoul', () => {
    const s = v3();
    expect(linesFor(s, 'rok', 'dprk')).toEqual(['secret', 'public']);
    expect(linesFor(s, 'dprk', 'rok')).toEqual(['secret', 'public']);
    expect(linesFor(s, 'rok', 'us')).toEqual(['secret', 'public']);
    expect(linesFor(s, 'us', 'rok')).toEqual(['public']);
    expect(whyTableIllegal(s, 'us', propose('dprk', ['partialRelief'], ['freeze'], 'secret'), 0)).toMatch(/secret offer/);
  });
});

describe('bounds: home politics bars giving a term, not asking for it', () => {
  it.each([
    [
      'recognition',
      (s: GameState): void => {
        s.indicators.determination = 69;
        s.tracks.negotiation = 'summit';
      },
      'determination',
    ],
    [
      'recognition',
      (s: GameState): void => {
        s.indicators.determination = 80;
        s.tracks.negotiation = 'exploratory';
      },
      'notFormal',
    ],
    [
      'fullRelief',
      (s: GameState): void => {
        s.indicators.usOpposition = 61;
      },
      'congress',
    ],
    [
      'troopCut',
      (s: GameState): void => {
        s.statuses.troops = 10000;
      },
      'troopsFloor',
    ],
    [
      'suspendExercises',
      (s: GameState): void => {
        s.statuses.exercises = 'suspended';
      },
      'alreadySuspended',
    ],
    [
      'roadmap',
      (s: GameState): void => {
        s.indicators.dprkConfidence = 71;
        s.indicators.trust = 60;
      },
      'confidence',
    ],
    [
      'roadmap',
      (s: GameState): void => {
        s.indicators.dprkConfidence = 50;
        s.indicators.trust = 39;
      },
      'distrust',
    ],
    [
      'yongbyon',
      (s: GameState): void => {
        s.indicators.dprkConfidence = 81;
      },
      'confidence',
    ],
    [
      'forgoNukes',
      (s: GameState): void => {
        s.indicators.rokNukeSupport = 86;
      },
      'nukeDebate',
    ],
  ] as const)('%s is blocked (%s)', (term, set, why) => {
    const s = v3();
    set(s);
    expect(blockedReason(s, term)).toBe(why);
  });

  it('each bound lifts on the other side of its line', () => {
    const s = v3((x) => {
      x.indicators.determination = 70;
      x.tracks.negotiation = 'formal';
      x.indicators.usOpposition = 60;
      x.indicators.dprkConfidence = 70;
      x.indicators.trust = 40;
      x.indicators.rokNukeSupport = 85;
    });
    for (const term of ['recognition', 'fullRelief', 'troopCut', 'suspendExercises', 'roadmap', 'yongbyon', 'forgoNukes'] as const) {
      expect(blockedReason(s, term)).toBeNull();
    }
  });

  it('a seat may ask for a blocked term but not give it, nor accept an offer that asks it of it', () => {
    let s = v3(talking);
    expect(blockedReason(s, 'roadmap')).toBe('distrust');
    expect(whyTableIllegal(s, 'us', propose('dprk', ['partialRelief'], ['roadmap']), 0)).toBeNull();
    expect(whyTableIllegal(s, 'dprk', propose('us', ['roadmap'], ['partialRelief']), 0)).toMatch(/cannot give roadmap/);
    s = month(s, { us: propose('dprk', ['partialRelief'], ['roadmap']) });
    expect(whyTableIllegal(s, 'dprk', { kind: 'accept', offer: 1 }, 0)).toMatch(/cannot give roadmap now \(distrust\)/);
    s.indicators.trust = 45;
    s.indicators.dprkConfidence = 60;
    expect(whyTableIllegal(s, 'dprk', { kind: 'accept', offer: 1 }, 0)).toBeNull();
  });
});

describe('costs and surcharges', () => {
  it('a proposal costs 1, and the loyal circle charges 2 for a freeze asked without the roadmap (claims 1, 5)', () => {
    const s = v3(talking);
    expect(s.tracks.cabinet).toBe('loyal');
    expect(proposalCost(s, 'us', ['partialRelief'], ['roadmap'])).toBe(1);
    expect(proposalCost(s, 'us', ['partialRelief'], ['freeze'])).toBe(3);
    expect(proposalCost(s, 'us', ['partialRelief'], ['freeze', 'roadmap'])).toBe(1);
    expect(proposalCost(s, 'dprk', ['freeze'], ['partialRelief'])).toBe(1);
    s.tracks.cabinet = 'clash';
    expect(proposalCost(s, 'us', ['partialRelief'], ['freeze'])).toBe(1);
  });

  it('giving recognition while loyal costs 2 more; joint projects under a conservative government 1 more (claim 9)', () => {
    const s = v3();
    expect(proposalCost(s, 'us', ['recognition'], [])).toBe(3);
    expect(proposalCost(s, 'rok', ['jointProjects'], [])).toBe(1);
    s.statuses.seoulGovernment = 'conservative';
    expect(proposalCost(s, 'rok', ['jointProjects'], [])).toBe(2);
  });

  it('the card and the table action must be affordable together, and the capital is spent at resolution', () => {
    const s = v3(talking);
    s.capital.us = 3;
    expect(whyIllegalPlay(s, 'us', 'us.hold', propose('dprk', ['partialRelief'], ['freeze']))).toBeNull();
    expect(whyIllegalPlay(s, 'us', 'us.tightenSanctions', propose('dprk', ['partialRelief'], ['freeze']))).toMatch(
      /costs 3 capital and us has 1 left/,
    );
    const after = month(s, { us: propose('dprk', ['partialRelief'], ['freeze']) }, false);
    expect(month(s, {}, false).capital.us - after.capital.us).toBe(3);
  });
});

describe('proposals', () => {
  it('a secret offer costs secrecy 3; a public concession costs Washington at home per term (claims 1, 3, 6b)', () => {
    const secret = month(v3(talking), { us: propose('dprk', ['partialRelief'], ['freeze']) });
    expect(changedBy(secret, 'table.offer.1', 'secrecy')).toBe(-3);
    expect(changedBy(secret, 'table.offer.1', 'usOpposition')).toBe(0);
    const open = month(v3(talking), { us: propose('dprk', ['partialRelief', 'peaceDeclaration'], ['freeze'], 'public') });
    expect(changedBy(open, 'table.offer.1', 'usOpposition')).toBe(6);
    expect(changedBy(open, 'table.offer.1', 'cabinetCohesion')).toBe(-6);
    expect(changedBy(open, 'table.offer.1', 'secrecy')).toBe(0);
  });

  it('Pyongyang giving Yongbyon or the roadmap in public loses confidence 4 each (claim 7)', () => {
    const s = v3((x) => {
      talking(x);
      x.indicators.trust = 50;
      x.indicators.dprkConfidence = 60;
    });
    const open = month(s, { dprk: propose('us', ['yongbyon', 'roadmap'], ['partialRelief'], 'public') });
    expect(changedBy(open, 'table.offer.1', 'dprkConfidence')).toBe(-8);
    expect(changedBy(month(s, { dprk: propose('us', ['freeze'], ['partialRelief'], 'public') }), 'table.offer.1', 'dprkConfidence')).toBe(
      0,
    );
  });

  it('a new offer replaces the proposer’s own open offer to that seat, and counters the other’s open offer', () => {
    let s = month(v3(talking), { us: propose('dprk', ['partialRelief'], ['roadmap']) });
    s = month(s, { us: propose('dprk', ['partialRelief'], ['freeze']) });
    expect(offer(s, 1)).toMatchObject({ status: 'withdrawn', closedOn: 2 });
    expect(offer(s, 2).status).toBe('open');
    s = month(s, { dprk: propose('us', ['testMoratorium'], ['fullRelief']) });
    expect(offer(s, 2)).toMatchObject({ status: 'countered', closedOn: 3 });
    expect(offer(s, 3).status).toBe('open');
  });

  it('open offers lapse after three months', () => {
    let s = month(v3(talking), { rok: propose('dprk', ['jointProjects'], ['testMoratorium']) });
    s = month(month(s));
    expect(offer(s, 1).status).toBe('open');
    s = month(s);
    expect(offer(s, 1)).toMatchObject({ status: 'lapsed', closedOn: 4 });
  });

  it('same-month offers of Washington and Pyongyang that give what the other asks overlap: both accepted, the package agreed', () => {
    const s = month(v3(talking), {
      us: propose('dprk', ['partialRelief'], ['freeze']),
      dprk: propose('us', ['freeze', 'testMoratorium'], ['partialRelief']),
    });
    expect([offer(s, 1).status, offer(s, 2).status]).toEqual(['accepted', 'accepted']);
    expect(s.table?.agreed).toEqual({ us: ['partialRelief'], dprk: ['freeze', 'testMoratorium'], rok: [] });
    expect(s.news.some((n) => n.id === 'note.offersOverlap')).toBe(true);
  });

  it('offers that do not give all the other asks do not overlap: the later counters the earlier', () => {
    const s = month(v3(talking), {
      us: propose('dprk', ['partialRelief'], ['freeze', 'yongbyon']),
      dprk: propose('us', ['freeze'], ['partialRelief']),
    });
    expect([offer(s, 1).status, offer(s, 2).status]).toEqual(['countered', 'open']);
    expect(s.table?.agreed).toBeNull();
  });
});

describe('answers', () => {
  it('an offer can be accepted from the month after it was made, by its addressee only', () => {
    let s = month(v3(talking), { dprk: propose('us', ['freeze'], ['partialRelief']) });
    expect(whyTableIllegal(s, 'rok', { kind: 'accept', offer: 1 }, 0)).toMatch(/not addressed to rok/);
    s = month(s, { us: { kind: 'accept', offer: 1 } });
    expect(offer(s, 1)).toMatchObject({ status: 'accepted', closedOn: 2 });
    expect(s.table?.agreed).toEqual({ us: ['partialRelief'], dprk: ['freeze'], rok: [] });
    expect(s.table?.agreedFrom).toEqual([1]);
    expect(whyTableIllegal(s, 'us', { kind: 'accept', offer: 1 }, 0)).toMatch(/is accepted/);
  });

  it('an acceptance in the month of the offer is refused', () => {
    const s = month(v3(talking), { dprk: propose('us', ['freeze'], ['partialRelief']) }, false);
    // The state after resolution, still in the same turn.
    expect(whyTableIllegal(s, 'us', { kind: 'accept', offer: 1 }, 0)).toMatch(/from the month after/);
  });

  it('accepting costs the surcharges of the terms the acceptor gives', () => {
    let s = v3((x) => {
      x.tracks.negotiation = 'formal';
      x.indicators.determination = 80;
    });
    s = month(s, { dprk: propose('us', ['freeze'], ['recognition']) });
    const held = month(s, {}, false);
    const accepted = month(s, { us: { kind: 'accept', offer: 1 } }, false);
    expect(offer(accepted, 1).status).toBe('accepted');
    expect(held.capital.us - accepted.capital.us).toBe(2);
  });

  it('a rejection costs trust 2 and closes the offer', () => {
    let s = month(v3(talking), { dprk: propose('us', ['testMoratorium'], ['recognition']) });
    s = month(s, { us: { kind: 'reject', offer: 1 } });
    expect(offer(s, 1)).toMatchObject({ status: 'rejected', closedOn: 2 });
    expect(changedBy(s, 'table.offer.1', 'trust')).toBe(-2);
  });

  it('an answer the month’s earlier table actions made impossible is void, and the news says so', () => {
    let s = month(v3(talking), { us: propose('dprk', ['partialRelief'], ['freeze']) });
    // Washington (first in seat order) replaces its offer; Pyongyang's acceptance of the old one is void.
    s = month(s, { us: propose('dprk', ['partialRelief'], ['yongbyon']), dprk: { kind: 'accept', offer: 1 } });
    expect(offer(s, 1).status).toBe('withdrawn');
    expect(s.table?.agreed).toBeNull();
    expect(s.news.find((n) => n.id === 'note.tableVoid')?.params).toEqual({ side: 'dprk', kind: 'accept' });
  });
});

describe('positions follow the table', () => {
  it('derive from the latest open or accepted US and DPRK offers', () => {
    let s = month(v3(talking), {
      us: propose('dprk', ['partialRelief'], ['roadmap']),
      dprk: propose('us', ['testMoratorium'], ['recognition']),
    });
    // Pyongyang's proposal countered Washington's: only Pyongyang's stands.
    expect(s.positions).toEqual({ us: 'none', dprk: 'freeze' });
    s = month(s, { us: propose('dprk', ['partialRelief'], ['roadmap']), dprk: propose('us', [], ['recognition']) });
    expect(s.positions).toEqual({ us: 'none', dprk: 'recognition' });
    s = month(s, { us: propose('dprk', ['partialRelief'], ['freeze']) });
    expect(s.positions).toEqual({ us: 'freeze', dprk: 'none' });
    s = month(s, { us: propose('dprk', ['partialRelief'], ['roadmap']) });
    expect(s.positions.us).toBe('cvid');
  });
});
