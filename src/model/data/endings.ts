/** The seven endings, each with the claim it rests on. Their texts live in src/i18n. */
import type { EndingId } from '../types';

export interface EndingDef {
  id: EndingId;
  /** Whether a deal was reached, talks failed, or nothing decisive happened. */
  kind: 'deal' | 'failure' | 'none';
  source: string;
}

export const ENDINGS: Readonly<Record<EndingId, EndingDef>> = {
  roadmap: {
    id: 'roadmap',
    kind: 'deal',
    source: 'Claims 2 and 4: the first-term backchannel aimed at a denuclearization agreement; all earlier ones collapsed.',
  },
  freeze: { id: 'freeze', kind: 'deal', source: 'Claim 5: a freeze of the programme for sanctions relief, the rumoured shift.' },
  recognition: {
    id: 'recognition',
    kind: 'deal',
    source: 'Claim 11: US recognition of North Korea as a nuclear state, extreme but not ruled out.',
  },
  collapse: { id: 'collapse', kind: 'failure', source: 'Claim 4: the 2019 Hanoi summit ended without a deal.' },
  crisis: { id: 'crisis', kind: 'failure', source: 'Claim 4: in 2017 insults and threats brought the peninsula close to conflict.' },
  rupture: { id: 'rupture', kind: 'failure', source: 'Claim 10: a US troop withdrawal, like that of 1949 before the Korean War.' },
  statusQuo: { id: 'statusQuo', kind: 'none', source: 'Claims 4 and 7: without a channel the standoff goes on.' },
};
