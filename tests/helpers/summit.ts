/**
 * Months 1–4 of a negotiation that reaches a summit: envoy, answer, formal talks (Pyongyang puts a
 * freeze on the table), summit. With the default starting values every guard on the way holds;
 * each stage is asserted so a rule change shows up where it bites.
 */
import { testGame } from './testGame';

export const SUMMIT_START = { trust: 60, determination: 70, usOpposition: 30 } as const;

export function toSummit(seed: number, scenarioVersion: number, overrides: Record<string, number> = SUMMIT_START) {
  return testGame({ seed, scenarioVersion, overrides })
    .month({ us: 'us.sendEnvoy' })
    .expectStage('negotiation', 'secretEnvoy')
    .month({ dprk: 'dprk.respondChannel' })
    .expectStage('negotiation', 'exploratory')
    .month({ us: 'us.proposeFormalTalks', dprk: 'dprk.freezeTesting' })
    .expectStage('negotiation', 'formal')
    .month({ us: 'us.proposeSummit' })
    .expectStage('negotiation', 'summit');
}
