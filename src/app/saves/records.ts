/**
 * From a save file to the entry the saved-games list shows: the person's seat, the months played,
 * the ending, and the state hash after every month (which is how a branch finds its parent).
 */
import type { SaveFile } from '../../codec/save';
import { replaySave } from '../../engine/replay';
import { humanSeat } from './liveGame';
import type { SaveMeta, SaveOrigin } from './types';

/**
 * The state hash after each month, index 0 being the start. Uses the save's checkpoints when they
 * cover every month; otherwise replays the save once. Null when the save does not replay.
 */
export function monthHashes(save: SaveFile, start?: string): string[] | null {
  const cps = save.checkpoints;
  const contiguous = cps.every((c, i) => c.turn === i + 1);
  const first = start ?? startHash(save);
  if (first === null) return null;
  if (contiguous) return [first, ...cps.map((c) => c.hash)];
  const r = replaySave(save, { record: true });
  if (!r.ok) return null;
  return [first, ...r.checkpoints.map((c) => c.hash)];
}

/** The hash of the game's starting position (the CLI's `replay --to 0`). */
export function startHash(save: SaveFile): string | null {
  const r = replaySave(save, { to: 0 });
  return r.ok ? r.hash : null;
}

export interface DescribeOptions {
  id: string;
  origin: SaveOrigin;
  /** ISO time of this write. */
  now: string;
  createdAt?: string;
  parentId?: string;
  hashes: string[];
}

/** The list entry for a save. */
export function describeSave(save: SaveFile, o: DescribeOptions): SaveMeta {
  const turn = Math.max(0, o.hashes.length - 1, save.result?.turn ?? 0);
  const parent = save.meta?.parent;
  return {
    id: o.id,
    title: save.meta?.title ?? '',
    seat: humanSeat(save),
    turn,
    maxTurns: save.settings.maxTurns,
    ending: save.result?.ending ?? null,
    createdAt: o.createdAt ?? save.meta?.createdAt ?? o.now,
    updatedAt: o.now,
    origin: o.origin,
    ...(o.parentId ? { parentId: o.parentId } : {}),
    ...(parent ? { parent: { hash: parent.hash, branchTurn: parent.branchTurn } } : {}),
    hashes: o.hashes,
  };
}

/** True when the game can be continued: a person plays in it and it has not ended. */
export function isResumable(m: Pick<SaveMeta, 'seat' | 'ending'>): boolean {
  return m.seat !== null && m.ending === null;
}

/** Newest first. */
export function byRecent(a: SaveMeta, b: SaveMeta): number {
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? 1 : -1;
}

/** A new entry's id: a random UUID where the browser has one, else one from the time and chance. */
export function newSaveId(): string {
  try {
    return crypto.randomUUID();
  } catch {
    return `g-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e9).toString(36)}`;
  }
}
