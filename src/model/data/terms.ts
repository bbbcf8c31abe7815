/**
 * The terms of the negotiation table (scenario version 3): what each term does when a signed deal
 * implements it, whether it touches Seoul's security, and the claim behind it. The shapes and the
 * ids are the contract in ../table.ts; the rules that use this table are in ../table*.ts.
 */
import type { Effect } from '../rules';
import type { TermId } from '../table';

export interface TermDef {
  /** What implementing the term does (at its step of the deal, one term a month). */
  effect: Effect;
  /** Giving it without Seoul having consulted Washington costs the alliance (claim 10). */
  touchesSeoul: boolean;
  /** The deal kind the term makes (for the summit's classification and the seats' valuations), if any. */
  kind?: 'roadmap' | 'freeze' | 'recognition';
  /** How much of the deal kind the term carries for its seats' valuations (a test moratorium is half a freeze). */
  weight?: number;
  source: string;
}

export const TERMS: Readonly<Record<TermId, TermDef>> = {
  // ── Pyongyang's terms ────────────────────────────────────────────────────────────────
  testMoratorium: {
    effect: { deltas: { tension: -5, trust: 3 } },
    touchesSeoul: false,
    kind: 'freeze',
    weight: 0.5,
    source: 'Claim 5: stop testing and new weapons — the first half of a freeze.',
  },
  freeze: {
    effect: { deltas: { dprkCapability: -4, tension: -4, trust: 4, rokNukeSupport: -2 } },
    touchesSeoul: false,
    kind: 'freeze',
    weight: 1,
    source: 'Claim 5: the rumoured shift — a freeze of the programme in return for sanctions relief.',
  },
  yongbyon: {
    effect: { deltas: { dprkCapability: -6, trust: 5, dprkConfidence: -3 } },
    touchesSeoul: false,
    kind: 'freeze',
    weight: 1,
    source: 'Claim 4: at Hanoi (February 2019) Pyongyang offered to dismantle Yongbyon for most sanctions lifted.',
  },
  roadmap: {
    effect: { deltas: { dprkCapability: -10, trust: 6, tension: -6, rokNukeSupport: -5, dprkConfidence: -5 } },
    touchesSeoul: false,
    kind: 'roadmap',
    weight: 1,
    source: 'Claims 4 and 5: a roadmap to full denuclearization, which every earlier agreement promised.',
  },
  // ── Washington's terms ───────────────────────────────────────────────────────────────
  partialRelief: {
    effect: { deltas: { sanctions: -10, trust: 3, usOpposition: 3 } },
    touchesSeoul: false,
    source: 'Claims 5 and 7: sanctions relief is what Pyongyang wants of Washington.',
  },
  fullRelief: {
    effect: { deltas: { sanctions: -25, trust: 5, usOpposition: 8, cabinetCohesion: -4 } },
    touchesSeoul: false,
    source: 'Claims 6b and 7: lifting the sanctions Congress pushed for.',
  },
  suspendExercises: {
    effect: { exercises: -1, deltas: { tension: -4, trust: 4 } },
    touchesSeoul: true,
    source: 'Claim 10: Trump called the joint exercises “war games” and might cancel them, leaving Seoul vulnerable.',
  },
  peaceDeclaration: {
    effect: { deltas: { tension: -8, trust: 6, dprkConfidence: 2 } },
    touchesSeoul: true,
    source: 'Claim 4: the two are technically still at war; an end-of-war declaration.',
  },
  recognition: {
    effect: { deltas: { trust: 10, sanctions: -10, rokNukeSupport: 12, alliance: -8, usOpposition: 8 } },
    touchesSeoul: true,
    kind: 'recognition',
    weight: 1,
    source: 'Claim 11: recognition of North Korea as a nuclear state, a deep security dilemma for Seoul.',
  },
  troopCut: {
    effect: { troops: -4000, deltas: { alliance: -6, rokNukeSupport: 4, tension: -2 } },
    touchesSeoul: true,
    source: 'Claim 10: Pyongyang may demand US troop withdrawal; the 1949 withdrawal preceded the Korean War.',
  },
  // ── Seoul's terms ────────────────────────────────────────────────────────────────────
  payMore: {
    effect: { deltas: { costSharing: 8, alliance: 5 } },
    touchesSeoul: false,
    source: 'Claim 10: Washington may use better inter-Korean relations as leverage to demand more money.',
  },
  jointProjects: {
    effect: { deltas: { interKorean: 8, sanctions: -3, trust: 2 } },
    touchesSeoul: false,
    source: 'Claim 9: engagement as under Kim Dae-jung, Roh Moo-hyun and Moon Jae-in (Kaesong, Mount Kumgang).',
  },
  forgoNukes: {
    effect: { deltas: { rokNukeSupport: -10, alliance: 4 } },
    touchesSeoul: false,
    source: 'Claim 9: 71% of South Koreans support their own nuclear weapons; Seoul can pledge to forgo them.',
  },
};

/** Pyongyang's terms that freeze the programme without disarming it (claims 1 and 5: the loyal circle's red line). */
export const FREEZE_TERMS: readonly TermId[] = ['testMoratorium', 'freeze', 'yongbyon'];
