/**
 * The work a worker thread does for `sim --workers`, `lab` and `tournament --workers`: one seed
 * range of a run, or one profile of a tournament. Also run
 * in-process with one worker, so 1 and N workers execute exactly the same code.
 */
import { runLabRange, type LabPartial } from '../engine/lab';
import type { LabSpec } from '../engine/labSpec';
import { simulateRange, type SimOptions, type SimTotals } from '../engine/simulate';
import { playProfile, type ProfileOptions, type ProfileResult } from '../engine/tournament';
import type { Profile } from '../engine/tournamentTypes';
import { scoreGame } from '../model/score';
import { INDICATOR_IDS } from '../model/types';

export type SimJobOptions = Pick<SimOptions, 'games' | 'seed' | 'seats' | 'maxTurns' | 'overrides' | 'scenarioVersion'>;

export type Job =
  | { kind: 'sim'; options: SimJobOptions; from: number; to: number; csv: boolean }
  | { kind: 'lab'; spec: LabSpec; from: number; to: number }
  | { kind: 'profile'; profile: Profile; games: number; options: ProfileOptions };

export type JobResult =
  { kind: 'sim'; totals: SimTotals; rows: string[] } | { kind: 'lab'; partial: LabPartial } | { kind: 'profile'; result: ProfileResult };

export const CSV_HEADER = ['seed', 'ending', 'turns', 'score_us', 'score_dprk', 'score_rok', ...INDICATOR_IDS].join(',');

export function doJob(job: Job): JobResult {
  if (job.kind === 'lab') return { kind: 'lab', partial: runLabRange(job.spec, job.from, job.to) };
  if (job.kind === 'profile') return { kind: 'profile', result: playProfile(job.profile, job.games, job.options) };
  const rows: string[] = [];
  const totals = simulateRange(
    {
      ...job.options,
      onGame: job.csv
        ? ({ seed, state }) => {
            const r = scoreGame(state);
            rows.push(
              [
                seed,
                state.ending,
                state.endedOn,
                r.us.score,
                r.dprk.score,
                r.rok.score,
                ...INDICATOR_IDS.map((i) => state.indicators[i]),
              ].join(','),
            );
          }
        : undefined,
    },
    job.from,
    job.to,
  );
  return { kind: 'sim', totals, rows };
}
