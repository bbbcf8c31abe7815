/**
 * The summit, the deal and the leaks at the negotiation table (scenario version 3). Spec:
 * docs/model.md, "Version 3" (summit, deal, leaks).
 */
import { describe, expect, it } from 'vitest';
import { commitMove, enterStage, injectEvent, resolveTurn } from '../../src/model/resolve';
import { RngCursor, seedRng } from '../../src/model/rng';
import { dealKindOf, implementationMonths, signDeal, spoilers, summitAtTable } from '../../src/model/tableDeal';
import { contradictsDprk, contradictsUs, revealOffers } from '../../src/model/tableLeaks';
import { hasUnrevealedOn } from '../../src/model/state';
import type { Offer } from '../../src/model/table';
import { SEATS, type GameState } from '../../src/model/types';
import { changedBy, month, offer, propose, v3 } from '../helpers/table';

const at = (stage: GameState['tracks']['negotiation']) => (s: GameState) => {
  s.tracks.negotiation = stage;
  s.indicators.trust = 50;
};

describe('the summit at the table', () => {
  it('signs an agreed package, classifying the deal by its terms', () => {
    expect(dealKindOf({ us: ['partialRelief'], dprk: ['freeze', 'roadmap'], rok: [] })).toBe('roadmap');
    expect(dealKindOf({ us: ['recognition'], dprk: ['freeze'], rok: [] })).toBe('recognition');
    expect(dealKindOf({ us: ['partialRelief'], dprk: ['yongbyon'], rok: [] })).toBe('freeze');
    expect(dealKindOf({ us: ['partialRelief'], dprk: ['testMoratorium'], rok: [] })).toBe('freeze');
    const s = month(v3(at('formal')), {
      us: propose('dprk', ['partialRelief'], ['freeze']),
      dprk: propose('us', ['freeze'], ['partialRelief']),
    });
    s.tracks.negotiation = 'summit';
    expect(summitAtTable(s)).toEqual({ type: 'talks.deal', deal: 'freeze' });
  });

  it('a package without a term of each side is not a deal', () => {
    let s = month(v3(at('formal')), { rok: propose('dprk', ['jointProjects'], ['testMoratorium']) });
    s = month(s, { dprk: { kind: 'accept', offer: 1 } });
    expect(s.table?.agreed).toEqual({ us: [], dprk: ['testMoratorium'], rok: ['jointProjects'] });
    expect(summitAtTable(s).type).toBe('talks.vague');
  });

  it('a package accepted before the summit is kept as a framework and signed at the summit', () => {
    let s = month(v3(at('exploratory')), { dprk: propose('us', ['yongbyon'], ['partialRelief']) });
    s = month(s, { us: { kind: 'accept', offer: 1 } });
    expect(s.table?.agreed).toEqual({ us: ['partialRelief'], dprk: ['yongbyon'], rok: [] });
    s.tracks.negotiation = 'formal';
    s = month(s);
    expect(s.table?.agreed).not.toBeNull();
    s.tracks.negotiation = 'summit';
    s.trackTurns.negotiation = 1;
    s.indicators.trust = 10;
    expect(month(s, {}, false).signals).toContainEqual({ type: 'talks.deal', deal: 'freeze' });
  });

  it('walks out when the open offers are two or more terms apart (Hanoi), or trust is below 25', () => {
    // Offers of both in the same month that do not overlap: the later one counters the earlier, so
    // build the open pair by hand, as a summit month would find it.
    const pair = (us: Partial<Offer>, dprk: Partial<Offer>, trust = 50) =>
      v3((s) => {
        s.tracks.negotiation = 'summit';
        s.indicators.trust = trust;
        const base = { turn: 1, line: 'secret' as const, status: 'open' as const };
        s.table = {
          offers: [
            { ...base, id: 1, from: 'us', to: 'dprk', gives: [], asks: [], ...us },
            { ...base, id: 2, from: 'dprk', to: 'us', gives: [], asks: [], ...dprk },
          ],
          agreed: null,
          nextId: 3,
        };
      });
    expect(summitAtTable(pair({ gives: ['partialRelief'], asks: ['roadmap'] }, { gives: ['yongbyon'], asks: ['fullRelief'] })).type).toBe(
      'talks.walkOut',
    );
    expect(
      summitAtTable(pair({ gives: ['partialRelief'], asks: ['roadmap'] }, { gives: ['yongbyon'], asks: ['partialRelief'] })).type,
    ).toBe('talks.vague');
    expect(
      summitAtTable(pair({ gives: ['partialRelief'], asks: ['roadmap'] }, { gives: ['yongbyon'], asks: ['partialRelief'] }, 24)).type,
    ).toBe('talks.walkOut');
    const signed = pair({ gives: ['partialRelief'], asks: ['yongbyon'] }, { gives: ['yongbyon'], asks: ['partialRelief'] });
    expect(summitAtTable(signed)).toEqual({ type: 'talks.deal', deal: 'freeze' });
    expect(signed.table?.agreed).toEqual({ us: ['partialRelief'], dprk: ['yongbyon'], rok: [] });
    expect(signed.table?.offers.map((o) => o.status)).toEqual(['accepted', 'accepted']);
  });

  it('an acceptance in the summit month signs the package at that resolution', () => {
    let s = month(v3(at('formal')), { dprk: propose('us', ['freeze'], ['partialRelief']) });
    s.tracks.negotiation = 'summit';
    s.trackTurns.negotiation = 1;
    for (const seat of SEATS) s = commitMove(s, seat, `${seat}.hold`, '', seat === 'us' ? { kind: 'accept', offer: 1 } : undefined);
    const r = resolveTurn(s);
    expect(r.signals).toContainEqual({ type: 'talks.deal', deal: 'freeze' });
  });
});

describe('a deal is its terms', () => {
  const signed = (terms: { us: string[]; dprk: string[]; rok: string[] }, edit: (s: GameState) => void = () => {}) => {
    const s = v3((x) => {
      x.indicators.trust = 60;
      edit(x);
      x.table = { offers: [], agreed: terms as NonNullable<GameState['table']>['agreed'], nextId: 1 };
    });
    return enterStage(s, 'negotiation', 'agreement', { type: 'talks.deal', deal: 'freeze' });
  };

  it('signing keeps the terms and applies none of them, nor the version-2 deal table', () => {
    const s = signed({ us: ['partialRelief'], dprk: ['freeze'], rok: [] });
    expect(s.deal).toBe('freeze');
    expect(s.table?.deal).toEqual({ terms: ['freeze', 'partialRelief'], done: 0, signedOn: 1 });
    expect(s.table?.agreed).toBeNull();
    expect(s.indicators.sanctions).toBe(v3().indicators.sanctions);
  });

  it('implementation carries out one term a month with a verified step, and lasts max(3, terms) months', () => {
    let s = signed(
      { us: ['partialRelief', 'peaceDeclaration'], dprk: ['freeze', 'yongbyon'], rok: [] },
      (x) => (x.indicators.tension = 40),
    );
    expect(implementationMonths(s)).toBe(4);
    s = enterStage(s, 'negotiation', 'implementation');
    const steps: string[] = [];
    for (let i = 0; i < 4; i++) {
      s.trackTurns.negotiation = i + 1;
      s.indicators.trust = 80;
      s.indicators.usOpposition = 0;
      s.indicators.cabinetCohesion = 100;
      s.indicators.dprkConfidence = 0;
      s.indicators.russiaTies = 0;
      s = month(s, {}, false);
      steps.push(...s.news.filter((n) => n.turn === s.turn && n.id === 'note.dealStep').map((n) => String(n.params?.term)));
      expect(s.signals.some((x) => x.type === 'deal.done')).toBe(i === 3);
      s = { ...s, turn: s.turn + 1 };
    }
    expect(steps).toEqual(['freeze', 'yongbyon', 'partialRelief', 'peaceDeclaration']);
    expect(changedBy(s, 'deal.partialRelief', 'sanctions')).toBeLessThan(0);
    expect(s.table?.deal?.done).toBe(4);
  });

  it('a term touching Seoul’s security costs the alliance 4, unless Seoul consulted Washington in the last six months (claim 10)', () => {
    const run = (consulted: boolean) => {
      let s = signed({ us: ['suspendExercises'], dprk: ['freeze'], rok: [] }, (x) => {
        x.indicators.cabinetCohesion = 100;
        x.indicators.usOpposition = 0;
      });
      if (consulted) s = { ...s, moves: [{ turn: 1, seat: 'rok', move: 'rok.consultWashington', secret: true, reason: '' }] };
      s = enterStage(s, 'negotiation', 'implementation');
      for (let i = 0; i < 2; i++) {
        s.trackTurns.negotiation = i + 1;
        s.indicators.dprkConfidence = 0;
        s.indicators.russiaTies = 0;
        s = month(s, {}, false);
        s = { ...s, turn: s.turn + 1 };
      }
      return changedBy(s, 'deal.suspendExercises', 'alliance');
    };
    expect(run(false)).toBe(-4);
    expect(run(true)).toBe(0);
  });

  it('spoilers: Congress against full relief or recognition (+0.05), Pyongyang cheating on a freeze or roadmap', () => {
    const withDeal = (terms: string[], edit: (s: GameState) => void = () => {}) =>
      v3((s) => {
        // No opposition and a united cabinet: the hawks' sabotage is 0, so only the terms' spoilers count.
        s.indicators.usOpposition = 0;
        s.indicators.cabinetCohesion = 100;
        edit(s);
        s.table = { offers: [], agreed: null, nextId: 1, deal: { terms: terms as never, done: 0, signedOn: 1 } };
      });
    const rng = () => new RngCursor(seedRng(3));
    expect(spoilers(withDeal(['partialRelief', 'testMoratorium']), rng())).toEqual({ cause: null, chance: 0 });
    expect(spoilers(withDeal(['fullRelief', 'testMoratorium']), rng()).chance).toBeCloseTo(0.05);
    const confident = (s: GameState) => {
      s.indicators.dprkConfidence = 100;
      s.indicators.russiaTies = 100;
    };
    const cheat = spoilers(withDeal(['partialRelief', 'freeze'], confident), rng());
    expect(cheat.chance).toBeCloseTo(0.23);
    const calm = spoilers(withDeal(['partialRelief', 'freeze']), rng());
    expect(calm.chance).toBeLessThan(cheat.chance);
    // Over many draws each named spoiler strikes, and only when its terms are in the deal.
    const causes = new Set<string | null>();
    for (let seed = 0; seed < 300; seed++)
      causes.add(spoilers(withDeal(['recognition', 'roadmap'], confident), new RngCursor(seedRng(seed))).cause);
    expect(causes).toEqual(new Set([null, 'congress', 'cheat']));
  });

  it('a broken deal names its cause in the news (cheat)', () => {
    let s = v3((x) => {
      x.indicators.trust = 80;
      x.indicators.dprkConfidence = 100;
      x.indicators.russiaTies = 100;
      x.table = { offers: [], agreed: { us: ['partialRelief'], dprk: ['roadmap'], rok: [] }, nextId: 1 };
    });
    s = enterStage(enterStage(s, 'negotiation', 'agreement', { type: 'talks.deal', deal: 'roadmap' }), 'negotiation', 'implementation');
    const causes = new Set<string>();
    for (let seed = 0; seed < 60 && !causes.has('note.dealBroken.cheat'); seed++) {
      const x = month({ ...s, rng: seedRng(seed), trackTurns: { ...s.trackTurns, negotiation: 1 } }, {}, false);
      for (const n of x.news) if (n.id.startsWith('note.dealBroken.')) causes.add(n.id);
    }
    expect(causes.has('note.dealBroken.cheat')).toBe(true);
  });

  it('entering no contact clears the package and the deal and withdraws open US–DPRK offers, not Seoul’s', () => {
    let s = month(v3(at('formal')), {
      us: propose('dprk', ['partialRelief'], ['freeze']),
      rok: propose('dprk', ['jointProjects'], ['testMoratorium']),
    });
    s = { ...s, table: { ...s.table!, agreed: { us: ['partialRelief'], dprk: ['freeze'], rok: [] } } };
    signDeal(s);
    const reset = enterStage(s, 'negotiation', 'noContact');
    expect(reset.table?.deal).toBeNull();
    expect(reset.table?.agreed).toBeNull();
    expect(offer(reset, 1).status).toBe('withdrawn');
    expect(offer(reset, 2).status).toBe('open');
  });
});

describe('leaks reveal offers', () => {
  const us = (gives: string[], asks: string[], line: 'secret' | 'public', id = 1): Offer =>
    ({ id, turn: 1, from: 'us', to: 'dprk', gives, asks, line, status: 'open' }) as Offer;

  it('a secret US offer contradicts the public line when it drops the roadmap or gives relief the public line does not', () => {
    expect(contradictsUs(us(['partialRelief'], ['freeze'], 'secret'), us(['partialRelief'], ['roadmap'], 'public'))).toBe(true);
    expect(contradictsUs(us(['partialRelief'], ['roadmap'], 'secret'), us(['partialRelief'], ['roadmap'], 'public'))).toBe(false);
    expect(contradictsUs(us(['fullRelief'], ['roadmap'], 'secret'), us(['partialRelief'], ['roadmap'], 'public'))).toBe(true);
    expect(contradictsUs(us(['peaceDeclaration'], ['freeze'], 'secret'), undefined)).toBe(false);
    expect(contradictsUs(us(['partialRelief'], ['freeze'], 'secret'), undefined)).toBe(true);
    const dprk = (gives: string[], asks: string[]) => ({ ...us(gives, asks, 'secret'), from: 'dprk', to: 'us' }) as Offer;
    expect(contradictsDprk(dprk(['roadmap'], ['partialRelief']), dprk([], ['recognition']))).toBe(true);
    expect(contradictsDprk(dprk(['freeze'], ['partialRelief']), dprk([], ['recognition']))).toBe(false);
  });

  it('a channel on which only offers travelled can leak, and its leak reveals only its offers', () => {
    let s = month(v3(at('exploratory')), {
      us: propose('dprk', ['partialRelief'], ['freeze']),
      rok: propose('dprk', ['jointProjects'], ['testMoratorium']),
    });
    expect(s.moves.some((m) => m.secret)).toBe(false);
    expect(hasUnrevealedOn(s, 'backchannel')).toBe(true);
    expect(hasUnrevealedOn(s, 'interKorean')).toBe(true);
    expect(hasUnrevealedOn(s, 'moscow')).toBe(false);
    s = month(injectEvent(s, 'leak'));
    expect(offer(s, 1).revealedOn).toBe(2);
    expect(offer(s, 2).revealedOn).toBeUndefined();
    expect(hasUnrevealedOn(s, 'backchannel')).toBe(false);
    const news = s.news.find((n) => n.id === 'event.leak');
    expect(news?.params?.revealed).toBe(1);
    expect(s.news.some((n) => n.id === 'note.offerLeaked' && n.params?.offer === 1)).toBe(true);
  });

  it('a revealed secret offer against the public line splits the cabinet and feeds the opposition (claims 1, 3, 5)', () => {
    const base = month(v3(at('exploratory')), { us: propose('dprk', ['partialRelief'], ['roadmap'], 'public') });
    const against = month(base, { us: propose('rok', [], ['payMore'], 'public') });
    // Build a secret offer against the public line by hand (a new US offer to Pyongyang would replace the public one).
    const secret = { ...us(['partialRelief'], ['freeze'], 'secret', 9), turn: 2 };
    const d = {
      ...against,
      table: { ...against.table!, offers: [...against.table!.offers, secret] },
      changes: [...against.changes],
      news: [...against.news],
    };
    expect(revealOffers(d, 'backchannel', 'event.leak')).toBe(1);
    expect(changedBy(d, 'event.leak', 'cabinetCohesion')).toBe(-7);
    expect(changedBy(d, 'event.leak', 'usOpposition')).toBe(6);
    expect(changedBy(d, 'event.leak', 'determination')).toBe(-3);
    expect(d.news.some((n) => n.id === 'note.lineContradicted' && n.params?.side === 'us')).toBe(true);
    const agreeing = {
      ...against,
      table: { ...against.table!, offers: [...against.table!.offers, { ...secret, asks: ['roadmap' as const] }] },
      changes: [...against.changes],
      news: [],
    };
    revealOffers(agreeing, 'backchannel', 'event.leak');
    expect(changedBy(agreeing, 'event.leak', 'cabinetCohesion')).toBe(changedBy(against, 'event.leak', 'cabinetCohesion'));
  });
});
