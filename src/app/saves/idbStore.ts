/**
 * The saved games in IndexedDB: one database, two object stores written in one transaction —
 * `games` (the list entries, small) and `texts` (the save files). Every failure becomes a
 * StorageError naming the problem (unavailable, blocked, full). A connection the browser closed
 * (site data cleared, another tab upgrading the database) is reopened and the operation retried
 * once; a second failure is reported.
 */
import { StorageError, asStorageError, type SaveMeta, type SaveStore } from './types';

export const DB_NAME = 'quiet-channel';
const DB_VERSION = 1;
const GAMES = 'games';
const TEXTS = 'texts';

export interface IdbOptions {
  name?: string;
  /** The IndexedDB factory (window.indexedDB); injectable for tests. */
  factory?: IDBFactory | null;
  /** How long to wait for another tab to let go of an older version before giving up. */
  blockedMs?: number;
}

function isLostConnection(e: unknown): boolean {
  const name = typeof e === 'object' && e !== null && 'name' in e ? String(e.name) : '';
  return name === 'InvalidStateError' || name === 'TransactionInactiveError' || name === 'UnknownError' || e === LOST;
}

/** Rejection used when the connection closed under a running transaction. */
const LOST = new Error('The database connection was closed.');

export class IdbStore implements SaveStore {
  private db: IDBDatabase | null = null;
  private opening: Promise<IDBDatabase> | null = null;
  /** Connections opened so far (1 normally; more after the browser dropped one). */
  opens = 0;

  constructor(private readonly options: IdbOptions = {}) {}

  private factory(): IDBFactory {
    let f: IDBFactory | null | undefined;
    try {
      f = this.options.factory !== undefined ? this.options.factory : globalThis.indexedDB;
    } catch (e) {
      throw new StorageError('unavailable', `IndexedDB cannot be used here: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (!f) throw new StorageError('unavailable', 'This browser offers no IndexedDB.');
    return f;
  }

  /** Opens (or reuses) the connection. */
  connect(): Promise<IDBDatabase> {
    if (this.db) return Promise.resolve(this.db);
    if (this.opening) return this.opening;
    const opening = new Promise<IDBDatabase>((resolve, reject) => {
      let req: IDBOpenDBRequest;
      try {
        req = this.factory().open(this.options.name ?? DB_NAME, DB_VERSION);
      } catch (e) {
        reject(
          e instanceof StorageError
            ? e
            : new StorageError('unavailable', `IndexedDB refused to open: ${e instanceof Error ? e.message : String(e)}`),
        );
        return;
      }
      let blockedTimer: ReturnType<typeof setTimeout> | null = null;
      let settled = false;
      req.onupgradeneeded = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains(GAMES)) db.createObjectStore(GAMES, { keyPath: 'id' });
        if (!db.objectStoreNames.contains(TEXTS)) db.createObjectStore(TEXTS);
      };
      req.onblocked = () => {
        blockedTimer = setTimeout(() => {
          if (settled) return;
          settled = true;
          reject(new StorageError('blocked', 'Another tab of this game keeps an older version of the saved games open.'));
        }, this.options.blockedMs ?? 3000);
      };
      req.onerror = () => {
        if (blockedTimer) clearTimeout(blockedTimer);
        if (settled) return;
        settled = true;
        const e = req.error;
        reject(
          e?.name === 'QuotaExceededError'
            ? new StorageError('full', e.message)
            : new StorageError('unavailable', `IndexedDB could not be opened: ${e?.message ?? 'unknown error'}`),
        );
      };
      req.onsuccess = () => {
        if (blockedTimer) clearTimeout(blockedTimer);
        const db = req.result;
        if (settled) {
          db.close();
          return;
        }
        settled = true;
        this.opens++;
        // Let another tab upgrade or delete the database; this tab reopens on its next write.
        db.onversionchange = () => {
          db.close();
          if (this.db === db) this.db = null;
        };
        db.onclose = () => {
          if (this.db === db) this.db = null;
        };
        this.db = db;
        resolve(db);
      };
    });
    this.opening = opening;
    const clear = () => {
      if (this.opening === opening) this.opening = null;
    };
    opening.then(clear, clear);
    return opening;
  }

  /** Drops the connection (as the browser may); the next operation reopens it. For tests. */
  disconnect(): void {
    this.db?.close();
    this.db = null;
  }

  private async run<T>(mode: IDBTransactionMode, body: (tx: IDBTransaction) => (() => T) | void): Promise<T> {
    try {
      return await this.once(mode, body);
    } catch (e) {
      if (!isLostConnection(e)) throw asStorageError(e);
      // The connection was lost: open a new one and try once more.
      this.db = null;
      try {
        return await this.once(mode, body);
      } catch (e2) {
        throw asStorageError(e2);
      }
    }
  }

  private async once<T>(mode: IDBTransactionMode, body: (tx: IDBTransaction) => (() => T) | void): Promise<T> {
    const db = await this.connect();
    return new Promise<T>((resolve, reject) => {
      let tx: IDBTransaction;
      try {
        tx = db.transaction([GAMES, TEXTS], mode);
      } catch (e) {
        reject(e);
        return;
      }
      let result: (() => T) | void;
      try {
        result = body(tx);
      } catch (e) {
        try {
          tx.abort();
        } catch {
          /* already finished */
        }
        reject(e);
        return;
      }
      tx.oncomplete = () => resolve(result ? result() : (undefined as T));
      tx.onerror = (ev) => {
        ev.preventDefault();
      };
      tx.onabort = () => reject(tx.error ?? LOST);
    });
  }

  list(): Promise<SaveMeta[]> {
    return this.run('readonly', (tx) => {
      const req = tx.objectStore(GAMES).getAll();
      return () => (req.result as SaveMeta[]) ?? [];
    });
  }

  read(id: string): Promise<string | null> {
    return this.run('readonly', (tx) => {
      const req = tx.objectStore(TEXTS).get(id);
      return () => (typeof req.result === 'string' ? req.result : null);
    });
  }

  write(meta: SaveMeta, text: string): Promise<void> {
    return this.run('readwrite', (tx) => {
      tx.objectStore(TEXTS).put(text, meta.id);
      tx.objectStore(GAMES).put(meta);
    });
  }

  remove(id: string): Promise<void> {
    return this.run('readwrite', (tx) => {
      tx.objectStore(GAMES).delete(id);
      tx.objectStore(TEXTS).delete(id);
    });
  }
}
