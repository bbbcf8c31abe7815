/** Starting overrides for what-if games (`--set ukraine=settled`), checked before a game starts. */
import { err, ok, type Result } from './result';
import type { GameSettings } from './types';
import { EXERCISE_STATUSES, INDICATOR_IDS, SEOUL_GOVERNMENTS, UKRAINE_STATUSES, type IndicatorId } from './types';

export type Overrides = GameSettings['overrides'];

const ENUMS = {
  seoulGovernment: SEOUL_GOVERNMENTS,
  ukraine: UKRAINE_STATUSES,
  exercises: EXERCISE_STATUSES,
} as const;

/** Every id `--set` accepts. */
export const OVERRIDE_IDS: readonly string[] = [...INDICATOR_IDS, ...Object.keys(ENUMS), 'troops'];

/** Parses one `ID=VALUE` pair into the overrides, refusing unknown ids and out-of-range values. */
export function parseOverride(text: string, into: Overrides = {}): Result<Overrides> {
  const eq = text.indexOf('=');
  if (eq <= 0) return err(`"${text}" is not ID=VALUE`);
  const id = text.slice(0, eq);
  const raw = text.slice(eq + 1);
  if ((INDICATOR_IDS as readonly string[]).includes(id)) {
    const v = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(v) || v < 0 || v > 100) return err(`${id} takes a number from 0 to 100, not "${raw}"`);
    // Indicators are whole numbers throughout the game.
    return ok({ ...into, [id as IndicatorId]: Math.round(v) });
  }
  if (id === 'troops') {
    const v = Number(raw);
    if (!Number.isInteger(v) || v < 0 || v > 100000) return err(`troops takes a whole number from 0 to 100000, not "${raw}"`);
    return ok({ ...into, troops: v });
  }
  if (id in ENUMS) {
    const allowed = ENUMS[id as keyof typeof ENUMS] as readonly string[];
    if (!allowed.includes(raw)) return err(`${id} takes one of ${allowed.join(', ')}, not "${raw}"`);
    return ok({ ...into, [id]: raw });
  }
  return err(`unknown id "${id}"; use one of ${OVERRIDE_IDS.join(', ')}`);
}
