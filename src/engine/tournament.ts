/**
 * A tournament of bot personalities: every profile (one personality per seat, every combination)
 * plays the same seeds through `simulate`, and the games are reduced to the balance report: each
 * seat's mean score per personality, best responses, endings, most played moves, the empirical
 * game's equilibrium and the design targets of issue 9 §2. Timing is left to the caller.
 */
import { BOT_NAMES } from '../bots/personalities';
import { CURRENT_VERSION } from '../model/ruleset';
import { scoreGame } from '../model/score';
import { ENDING_IDS, SEATS, type EndingId, type Seat } from '../model/types';
import { simulate } from './simulate';
import { checkTargets } from './tournamentTargets';
import {
  argMax,
  pairedAverage,
  profileAt,
  profileCount,
  profileWeights,
  replicatorEquilibrium,
  sharesOf,
  summarize,
  type Estimate,
} from './tournamentStats';
import type { Profile, ProfileResult, TournamentOptions, TournamentResult } from './tournamentTypes';

export type * from './tournamentTypes';

const others = (seat: Seat): [Seat, Seat] => SEATS.filter((s) => s !== seat) as [Seat, Seat];
const zeroEndings = () => Object.fromEntries(ENDING_IDS.map((e) => [e, 0])) as Record<EndingId, number>;

/** One profile of a tournament and the games it plays. */
export interface ProfileJob {
  profile: Profile;
  games: number;
}

/**
 * The profiles a tournament plays, in order, with each one's games (the smallest count of its
 * personalities), and the games each personality's profiles play at most.
 */
export function tournamentPlan(o: TournamentOptions): { names: string[]; gamesFor: Record<string, number>; jobs: ProfileJob[] } {
  const names = [...(o.personalities ?? BOT_NAMES)];
  if (names.length === 0) throw new Error('a tournament needs at least one personality');
  if (new Set(names).size !== names.length) throw new Error('each personality may take part once');
  if (!Number.isInteger(o.games) || o.games < 1) throw new Error('a tournament needs at least one game per profile');
  const gamesFor = Object.fromEntries(names.map((n) => [n, Math.max(1, Math.min(o.games, o.gamesFor?.[n] ?? o.games))]));
  const sizes = SEATS.map(() => names.length);
  const jobs: ProfileJob[] = [];
  for (let index = 0; index < profileCount(sizes); index++) {
    const pick = profileAt(sizes, index);
    const profile = Object.fromEntries(SEATS.map((s, i) => [s, names[pick[i] as number]])) as Profile;
    jobs.push({ profile, games: Math.min(...SEATS.map((s) => gamesFor[profile[s]] as number)) });
  }
  return { names, gamesFor, jobs };
}

/** Plays every profile of the given personalities in this thread and measures it (the CLI may share the profiles out to worker threads). */
export function runTournament(o: TournamentOptions): TournamentResult {
  const { names, gamesFor, jobs } = tournamentPlan(o);
  const profiles = jobs.map(({ profile, games }, index) => {
    const r = playProfile(profile, games, o);
    o.onProfile?.({ index, total: jobs.length, profile, games });
    return r;
  });
  return analyse(names, profiles, o, gamesFor);
}

/** The options a profile's games depend on (all a worker thread needs besides the profile). */
export type ProfileOptions = Pick<TournamentOptions, 'seed' | 'maxTurns' | 'scenarioVersion'>;

/** Plays one profile's games on the tournament's seeds. */
export function playProfile(profile: Profile, games: number, o: ProfileOptions): ProfileResult {
  const scores: Record<Seat, number[]> = { us: [], dprk: [], rok: [] };
  const plays: Record<Seat, Record<string, number>> = { us: {}, dprk: {}, rok: {} };
  const seats = { us: `bot:${profile.us}`, dprk: `bot:${profile.dprk}`, rok: `bot:${profile.rok}` } as const;
  const summary = simulate({
    games,
    seed: o.seed,
    seats,
    maxTurns: o.maxTurns,
    ...(o.scenarioVersion !== undefined ? { scenarioVersion: o.scenarioVersion } : {}),
    onGame: ({ state, actions }) => {
      const r = scoreGame(state);
      for (const s of SEATS) scores[s].push(r[s].score);
      for (const a of actions) {
        plays[a.seat][a.move] = (plays[a.seat][a.move] ?? 0) + 1;
        // With the negotiation table a month's play is a card and, besides it, a table action: both count.
        if (a.table) plays[a.seat][`table.${a.table.kind}`] = (plays[a.seat][`table.${a.table.kind}`] ?? 0) + 1;
      }
    },
  });
  return {
    profile,
    games,
    endings: summary.endings,
    meanTurns: summary.meanTurns,
    plays,
    scores,
    means: { us: summarize(scores.us).mean, dprk: summarize(scores.dprk).mean, rok: summarize(scores.rok).mean },
  };
}

/** Reduces played profiles to the report. Exported for tests, which feed it hand-made profiles. */
export function analyse(
  names: readonly string[],
  profiles: readonly ProfileResult[],
  o: Pick<TournamentOptions, 'seed' | 'games' | 'maxTurns' | 'scenarioVersion'>,
  gamesFor: Record<string, number>,
): TournamentResult {
  const where = (fixed: Partial<Profile>) =>
    profiles.filter((p) => SEATS.every((s) => fixed[s] === undefined || p.profile[s] === fixed[s]));
  const estimate = (seat: Seat, fixed: Partial<Profile>) => pairedAverage(where(fixed).map((p) => p.scores[seat]));

  const seats = {} as TournamentResult['seats'];
  const bestResponses = {} as TournamentResult['bestResponses'];
  const bestAgainst = {} as TournamentResult['bestAgainst'];
  for (const seat of SEATS) {
    const [a, b] = others(seat);
    seats[seat] = names.map((personality) => ({
      personality,
      overall: estimate(seat, { [seat]: personality }),
      against: Object.fromEntries(
        others(seat).map((o2) => [o2, Object.fromEntries(names.map((q) => [q, estimate(seat, { [seat]: personality, [o2]: q })]))]),
      ),
    }));
    bestResponses[seat] = [];
    for (const qa of names) {
      for (const qb of names) {
        const means = names.map((p) => estimate(seat, { [seat]: p, [a]: qa, [b]: qb }).mean);
        const i = argMax(means);
        bestResponses[seat].push({ others: { [a]: qa, [b]: qb }, best: names[i] as string, score: means[i] as number });
      }
    }
    bestAgainst[seat] = Object.fromEntries(
      others(seat).map((o2) => [
        o2,
        Object.fromEntries(
          names.map((q) => {
            const means = seats[seat].map((row) => (row.against[o2] as Record<string, Estimate>)[q]!.mean);
            const i = argMax(means);
            return [q, { best: names[i] as string, score: means[i] as number }];
          }),
        ),
      ]),
    );
  }

  const moves = {} as TournamentResult['moves'];
  for (const seat of SEATS) {
    const perGame: Record<string, number> = {};
    for (const p of profiles) for (const [m, n] of Object.entries(p.plays[seat])) perGame[m] = (perGame[m] ?? 0) + n / p.games;
    moves[seat] = sharesOf(perGame);
  }

  const sizes = SEATS.map(() => names.length);
  const eq = replicatorEquilibrium({ sizes, payoff: profiles.map((p) => SEATS.map((s) => p.means[s])) });
  const weights = profileWeights(sizes, eq.mix);
  const endings = zeroEndings();
  let eqTurns = 0;
  profiles.forEach((p, i) => {
    const w = weights[i] as number;
    for (const e of ENDING_IDS) endings[e] += (w * p.endings[e]) / p.games;
    eqTurns += w * p.meanTurns;
  });
  const bySeat = <T>(f: (s: Seat, i: number) => T) => Object.fromEntries(SEATS.map((s, i) => [s, f(s, i)])) as Record<Seat, T>;

  const result: Omit<TournamentResult, 'targets'> = {
    seed: o.seed,
    games: o.games,
    gamesFor,
    personalities: [...names],
    maxTurns: o.maxTurns ?? null,
    scenarioVersion: o.scenarioVersion ?? CURRENT_VERSION,
    totalGames: profiles.reduce((a, p) => a + p.games, 0),
    meanTurns: profiles.reduce((a, p) => a + p.meanTurns, 0) / Math.max(1, profiles.length),
    profiles: [...profiles],
    seats,
    bestResponses,
    bestAgainst,
    moves,
    equilibrium: {
      mix: bySeat((_, i) => Object.fromEntries(names.map((n, j) => [n, (eq.mix[i] as number[])[j] as number]))),
      scores: bySeat((_, i) => eq.value[i] as number),
      regret: bySeat((_, i) => eq.regret[i] as number),
      endings,
      meanTurns: eqTurns,
      point: eq.point,
      iterations: eq.iterations,
    },
  };
  return { ...result, targets: checkTargets(result) };
}
