/**
 * A SaveStore held in memory: the unit tests' store, and the fallback when the browser offers no
 * storage (the game goes on; the list lasts as long as the page). `fail` lets a test make the next
 * operations fail like a full or vanished database.
 */
import { StorageError, type SaveMeta, type SaveStore, type StorageProblem } from './types';

export class MemoryStore implements SaveStore {
  private readonly metas = new Map<string, SaveMeta>();
  private readonly texts = new Map<string, string>();
  /** When set, every operation rejects with this problem. */
  fail: StorageProblem | null = null;
  writes = 0;

  private check(): void {
    if (this.fail) throw new StorageError(this.fail, `memory store: ${this.fail}`);
  }

  async list(): Promise<SaveMeta[]> {
    this.check();
    return [...this.metas.values()].map((m) => structuredClone(m));
  }

  async read(id: string): Promise<string | null> {
    this.check();
    return this.texts.get(id) ?? null;
  }

  async write(meta: SaveMeta, text: string): Promise<void> {
    this.check();
    this.metas.set(meta.id, structuredClone(meta));
    this.texts.set(meta.id, text);
    this.writes++;
  }

  async remove(id: string): Promise<void> {
    this.check();
    this.metas.delete(id);
    this.texts.delete(id);
  }
}
