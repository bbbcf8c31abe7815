/**
 * Saved games in the browser: what the list shows about each game (`SaveMeta`), and the small
 * storage interface the library writes through (`SaveStore`). IndexedDB implements it in the
 * browser (idbStore.ts); an in-memory one (memoryStore.ts) stands in for tests and for browsers
 * where storage is unavailable. Also the library's own shapes: its status, the game it tracks.
 */
import type { SaveFile } from '../../codec/save';
import type { EndingId, Seat } from '../../model/types';
import type { LocalGame } from '../client';

/** Where a saved game came from. */
export type SaveOrigin = 'play' | 'branch' | 'import' | 'link';

/** One saved game as the list shows it; the save file's text is stored next to it. */
export interface SaveMeta {
  id: string;
  title: string;
  /** The seat a person played, or null for a game of bots only (e.g. one made by `npm run sim`). */
  seat: Seat | null;
  /** Months resolved so far. */
  turn: number;
  maxTurns: number;
  ending: EndingId | null;
  /** ISO-8601 times (the adapter's clock; the core has none). */
  createdAt: string;
  updatedAt: string;
  origin: SaveOrigin;
  /** The game this one branched from: its record (when known) and the save's `meta.parent`. */
  parentId?: string;
  parent?: { hash: string; branchTurn: number };
  /** `hashes[t]` is the state hash after month t (0: the start); children find their parent by it. */
  hashes: string[];
}

/** Why a write or the database failed, in terms a player is told. */
export type StorageProblem = 'unavailable' | 'blocked' | 'full' | 'failed';

export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    message: string,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

/** The storage the library needs: four operations, each a promise that rejects with a StorageError. */
export interface SaveStore {
  list(): Promise<SaveMeta[]>;
  read(id: string): Promise<string | null>;
  /** Writes the game's entry and its save text together (one transaction). */
  write(meta: SaveMeta, text: string): Promise<void>;
  remove(id: string): Promise<void>;
}

/** Turns anything thrown by a store into a StorageError. */
export function asStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  const name = typeof e === 'object' && e !== null && 'name' in e ? String(e.name) : '';
  const message = e instanceof Error ? e.message : String(e);
  if (name === 'QuotaExceededError') return new StorageError('full', message);
  if (name === 'SecurityError' || name === 'NotAllowedError') return new StorageError('unavailable', message);
  return new StorageError('failed', message || name || 'storage error');
}

// ── The library ─────────────────────────────────────────────────────────────────────────────

/** The `meta` of a save file. */
export type SaveMetaField = NonNullable<SaveFile['meta']>;

export interface StorageStatus {
  /** True while games are written to lasting storage. */
  persistent: boolean;
  problem: StorageProblem | null;
  /** The browser's own words, for the console and bug reports. */
  detail: string;
}

export interface LibraryOptions {
  now?: () => Date;
  newId?: () => string;
}

/** The game in progress as the library saves it. */
export interface Tracked {
  game: LocalGame;
  id: string;
  origin: SaveOrigin;
  createdAt: string;
  parentId?: string;
  /** The hash of its starting position. */
  start: string;
  /** Written into every save of the game: its title, when it was started, its parent. */
  meta: Omit<SaveMetaField, 'app'>;
}

export interface TrackOptions {
  /** The saved game this one continues (resume); a new entry otherwise. */
  id?: string;
  origin?: SaveOrigin;
  parentId?: string;
  meta?: SaveMetaField;
}

export type LibraryChange = 'list' | 'status' | 'replay';
