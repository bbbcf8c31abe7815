/**
 * The design targets of issue 9 §2 that a tournament measures, each with its verdict and the
 * statistic behind it. A target that cannot be measured with the personalities present (no
 * strategist, no hawk) is reported as not applicable rather than met.
 */
import { SEATS, type Seat } from '../model/types';
import { pairedLead, type Estimate } from './tournamentStats';
import type { Target, TournamentResult } from './tournamentTypes';

export const SEAT_NAMES: Record<Seat, string> = { us: 'Washington', dprk: 'Pyongyang', rok: 'Seoul' };

/** Personalities that think for themselves or not at all: not "fixed" in the targets' sense. */
export const NOT_FIXED = ['random', 'strategist'];
export const TARGET_MARGINS = { agency: 10, beatsRandom: 8, spamShare: 0.35, strategist: 5 } as const;

type Input = Omit<TournamentResult, 'targets'>;

const f1 = (v: number) => v.toFixed(1);
const signed = (v: number) => (v >= 0 ? '+' : '−') + Math.abs(v).toFixed(1);
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

function meanOf(r: Input, seat: Seat, name: string): number | undefined {
  return r.seats[seat].find((row) => row.personality === name)?.overall.mean;
}

/**
 * `mine`'s lead over `theirs` for `seat`, game by game: each profile of the other seats that both
 * played, on the seeds both played (a slow personality plays fewer), with its 95% interval.
 */
function leadOf(r: Input, seat: Seat, mine: string, theirs: string): Estimate | null {
  const pairs: [number[], number[]][] = [];
  for (const p of r.profiles) {
    if (p.profile[seat] !== mine) continue;
    const q = r.profiles.find((x) => x.profile[seat] === theirs && SEATS.every((s) => s === seat || x.profile[s] === p.profile[s]));
    if (q) pairs.push([p.scores[seat], q.scores[seat]]);
  }
  return pairs.length > 0 && pairs.every(([a, b]) => Math.min(a.length, b.length) > 0) ? pairedLead(pairs) : null;
}

function notApplicable(id: string, label: string, why: string): Target {
  return { id, label, met: null, statistic: why };
}

/**
 * Whether some other personality than one is `seat`'s best reply to each personality of `against`.
 * The strategist is left out of the candidates: it plans against whoever it meets and is meant to
 * beat every fixed personality (its own target below), so this target asks it of the strategies.
 */
function noDominantReply(r: Input, seat: Seat, against: Seat): Target {
  const id = `${seat}-no-dominant-reply`;
  const label = `No single personality (the strategist aside) is ${SEAT_NAMES[seat]}'s best response to every ${SEAT_NAMES[against]} personality`;
  const candidates = r.seats[seat].filter((row) => row.personality !== 'strategist');
  if (candidates.length < 2 || !candidates.every((row) => row.against[against]))
    return notApplicable(id, label, 'needs two personalities or more');
  const entries = r.personalities.map((q) => {
    let best = candidates[0]!;
    for (const row of candidates)
      if ((row.against[against]![q]?.mean ?? -Infinity) > (best.against[against]![q]?.mean ?? -Infinity)) best = row;
    return [q, { best: best.personality, score: best.against[against]![q]?.mean ?? 0 }] as const;
  });
  const distinct = new Set(entries.map(([, b]) => b.best)).size;
  return {
    id,
    label,
    met: distinct > 1,
    statistic: `against ${entries.map(([q, b]) => `${q}: ${b.best} ${f1(b.score)}`).join(', ')}`,
  };
}

export function checkTargets(r: Input): Target[] {
  const out: Target[] = [];
  const profilesOfOthers = r.personalities.length ** 2;

  const deal = meanOf(r, 'us', 'dealmaker');
  const hawk = meanOf(r, 'us', 'hawk');
  const payLabel = `Negotiating pays: Washington's dealmaker scores at least as much as its hawk (over the ${profilesOfOthers} profiles of the other seats)`;
  out.push(
    deal === undefined || hawk === undefined
      ? notApplicable('us-dealmaker-vs-hawk', payLabel, 'needs dealmaker and hawk')
      : {
          id: 'us-dealmaker-vs-hawk',
          label: payLabel,
          met: deal >= hawk,
          statistic: `dealmaker ${f1(deal)}, hawk ${f1(hawk)}: ${signed(deal - hawk)}`,
        },
  );

  out.push(noDominantReply(r, 'us', 'dprk'));
  out.push(noDominantReply(r, 'dprk', 'us'));

  const rok = r.seats.rok.map((row) => ({ name: row.personality, mean: row.overall.mean }));
  const agencyLabel = `Seoul has agency: its best personality beats its worst by ${TARGET_MARGINS.agency} points or more`;
  if (rok.length < 2) out.push(notApplicable('rok-agency', agencyLabel, 'needs two personalities or more'));
  else {
    const best = rok.reduce((a, b) => (b.mean > a.mean ? b : a));
    const worst = rok.reduce((a, b) => (b.mean < a.mean ? b : a));
    out.push({
      id: 'rok-agency',
      label: agencyLabel,
      met: best.mean - worst.mean >= TARGET_MARGINS.agency,
      statistic: `best ${best.name} ${f1(best.mean)}, worst ${worst.name} ${f1(worst.mean)}: ${signed(best.mean - worst.mean)}`,
    });
  }

  const fixed = r.personalities.filter((n) => !NOT_FIXED.includes(n));
  for (const seat of SEATS) {
    const id = `${seat}-beats-random`;
    const label = `Thinking beats chance: ${SEAT_NAMES[seat]}'s best fixed personality beats random by ${TARGET_MARGINS.beatsRandom} points or more`;
    const random = meanOf(r, seat, 'random');
    if (random === undefined || fixed.length === 0) {
      out.push(notApplicable(id, label, 'needs random and a fixed personality'));
      continue;
    }
    const best = fixed.map((n) => ({ n, m: meanOf(r, seat, n) as number })).reduce((a, b) => (b.m > a.m ? b : a));
    out.push({
      id,
      label,
      met: best.m - random >= TARGET_MARGINS.beatsRandom,
      statistic: `${best.n} ${f1(best.m)}, random ${f1(random)}: ${signed(best.m - random)}`,
    });
  }

  const tops = SEATS.map((seat) => ({ seat, top: r.moves[seat][0] }));
  out.push({
    id: 'no-spam',
    label: `No spam: no move is more than ${pct(TARGET_MARGINS.spamShare)} of any seat's plays`,
    met: tops.every((t) => (t.top?.share ?? 0) <= TARGET_MARGINS.spamShare),
    statistic: tops.map((t) => `${SEAT_NAMES[t.seat]} ${t.top ? `${t.top.id} ${pct(t.top.share)}` : 'no plays'}`).join('; '),
  });

  for (const seat of SEATS) {
    const id = `${seat}-strategist`;
    const label = `The strategist beats each fixed personality of ${SEAT_NAMES[seat]} by ${TARGET_MARGINS.strategist} points or more`;
    const strategist = meanOf(r, seat, 'strategist');
    if (strategist === undefined || fixed.length === 0) {
      out.push(notApplicable(id, label, 'no strategist took part'));
      continue;
    }
    const best = fixed.map((n) => ({ n, m: meanOf(r, seat, n) as number })).reduce((a, b) => (b.m > a.m ? b : a));
    const lead = leadOf(r, seat, 'strategist', best.n);
    const paired = lead ? `; game by game, ${lead.games} pairs on the same seeds: ${signed(lead.mean)} ± ${f1(lead.half)}` : '';
    out.push({
      id,
      label,
      met: strategist - best.m >= TARGET_MARGINS.strategist,
      statistic: `strategist ${f1(strategist)}, best fixed ${best.n} ${f1(best.m)}: ${signed(strategist - best.m)}${paired}`,
    });
  }
  return out;
}
