/**
 * The saved-games library against an in-memory store: autosave and resume to the same hash,
 * rename and delete, storage failures that keep the game going, imports that change nothing when
 * refused, and take-over branches found again as a tree.
 */
import { describe, expect, it } from 'vitest';
import { makeSave, parseSave } from '../../src/codec/save';
import { replaySave } from '../../src/engine/replay';
import { createGame } from '../../src/engine/runner';
import { SaveLibrary } from '../../src/app/saves/library';
import { clientFromRunner } from '../../src/app/client';
import { resumeSave } from '../../src/app/saves/liveGame';
import { MemoryStore } from '../../src/app/saves/memoryStore';
import { familyTree, flattenTree } from '../../src/app/saves/branches';
import { botSave, humanGame } from './helpers';

function clock() {
  let t = Date.parse('2026-01-01T00:00:00Z');
  return () => new Date((t += 1000));
}

function ids() {
  let n = 0;
  return () => `game-${++n}`;
}

function newLibrary(store = new MemoryStore()) {
  return { store, lib: new SaveLibrary(store, { now: clock(), newId: ids() }) };
}

/** A new game as the page starts one: a person in `seat`, bots elsewhere. */
function startLive(seed: number, seat: 'us' | 'dprk' | 'rok' = 'us') {
  const seats = { us: 'bot:dealmaker', dprk: 'bot:hawk', rok: 'bot:dove', [seat]: 'human' } as const;
  return clientFromRunner(createGame({ seed, seats: { ...seats } }, { checkpoints: true }), seat);
}

function playMonths(live: ReturnType<typeof startLive>, n: number) {
  for (let i = 0; i < n; i++) {
    const legal = live.getView().legal;
    const r = live.send({ type: 'move.play', move: legal[(i * 5) % legal.length]!.id, reason: 'player' });
    if (!r.ok) throw new Error(r.error);
  }
}

describe('autosave and resume', () => {
  it('saves after each month and resumes to exactly the same state hash', async () => {
    const { lib, store } = newLibrary();
    await lib.load();
    const live = startLive(31, 'dprk');
    const id = lib.track(live);
    for (let m = 1; m <= 3; m++) {
      playMonths(live, 1);
      expect(await lib.autosave()).toBe(true);
      expect(lib.get(id)?.turn).toBe(m);
    }
    const hash = live.hash();
    live.dispose();
    lib.untrack();
    // A new page: a new library over the same storage.
    const again = new SaveLibrary(store, { now: clock() });
    await again.load();
    const latest = again.latestResumable();
    expect(latest?.id).toBe(id);
    expect(latest).toMatchObject({ seat: 'dprk', turn: 3, ending: null, origin: 'play' });
    const resumed = await again.resume(id);
    if (!resumed.ok) throw new Error(resumed.error);
    expect(resumed.value.hash()).toBe(hash);
    expect(resumed.value.getView().turn).toBe(4);
    // Playing on writes to the same entry.
    playMonths(resumed.value, 1);
    await again.autosave();
    expect(again.list().length).toBe(1);
    expect(again.get(id)?.turn).toBe(4);
    resumed.value.dispose();
  });

  it('keeps the hashes of every month for finding branches, and the ending once over', async () => {
    const { lib } = newLibrary();
    await lib.load();
    const live = startLive(5, 'rok');
    const id = lib.track(live);
    while (live.getView().ending === null) playMonths(live, 1);
    await lib.autosave();
    const meta = lib.get(id)!;
    const ref = replaySave(live.saveFile(), { to: 0 });
    expect(meta.hashes[0]).toBe(ref.ok && ref.hash);
    expect(meta.hashes.length).toBe(meta.turn + 1);
    expect(meta.ending).not.toBeNull();
    expect(lib.latestResumable()).toBeNull();
    live.dispose();
  });

  it('renames (the save file carries the title) and deletes', async () => {
    const { lib } = newLibrary();
    await lib.load();
    const live = startLive(8);
    const id = lib.track(live);
    playMonths(live, 2);
    await lib.autosave();
    lib.untrack();
    live.dispose();
    expect((await lib.rename(id, '  My   backchannel  ')).ok).toBe(true);
    expect(lib.get(id)?.title).toBe('My backchannel');
    const save = await lib.readSave(id);
    expect(save.ok && save.value.meta?.title).toBe('My backchannel');
    await lib.remove(id);
    expect(lib.list()).toEqual([]);
    expect(await lib.readText(id)).toBeNull();
  });

  it('renaming the game in progress goes into its next save', async () => {
    const { lib } = newLibrary();
    await lib.load();
    const live = startLive(8);
    const id = lib.track(live);
    await lib.rename(id, 'Live one');
    expect(lib.currentSave()?.meta?.title).toBe('Live one');
    expect(lib.get(id)?.title).toBe('Live one');
    const saved = await lib.readSave(id);
    expect(saved.ok && saved.value.meta?.title).toBe('Live one');
    live.dispose();
  });
});

describe('tracking', () => {
  it('untrack and retrack keep the game’s entry, title and parent (a screen change in between)', async () => {
    const { lib } = newLibrary();
    await lib.load();
    const live = startLive(12);
    const id = lib.track(live, { meta: { title: 'Kept' } });
    const token = lib.untrack();
    expect(lib.currentId).toBeNull();
    lib.retrack(token);
    playMonths(live, 1);
    await lib.autosave();
    expect(lib.get(id)).toMatchObject({ title: 'Kept', turn: 1 });
    live.dispose();
  });
});

describe('when storage fails', () => {
  it('keeps playing in memory, says why, and recovers when storage works again', async () => {
    const { lib, store } = newLibrary();
    await lib.load();
    const live = startLive(21);
    const id = lib.track(live);
    const changes: string[] = [];
    lib.subscribe((w) => changes.push(w));
    store.fail = 'full';
    playMonths(live, 1);
    expect(await lib.autosave()).toBe(false);
    expect(lib.status).toMatchObject({ persistent: false, problem: 'full' });
    expect(changes).toContain('status');
    // The game is still listed and readable in this visit.
    expect(lib.get(id)?.turn).toBe(1);
    const text = await lib.readText(id);
    expect(text && parseSave(text).ok).toBe(true);
    store.fail = null;
    playMonths(live, 1);
    expect(await lib.autosave()).toBe(true);
    expect(lib.status.persistent).toBe(true);
    expect(await store.read(id)).not.toBeNull();
    live.dispose();
  });

  it('falls back to memory when the storage cannot be opened', async () => {
    const broken = new MemoryStore();
    broken.fail = 'unavailable';
    const fallback = new MemoryStore();
    const lib = new SaveLibrary(broken);
    await lib.load(fallback);
    expect(lib.status).toMatchObject({ persistent: false, problem: 'unavailable' });
    const live = startLive(3);
    lib.track(live);
    playMonths(live, 1);
    // Kept in memory for this visit, but not saved: the warning stays. (Regression: a write to the
    // memory fallback used to clear the warning although nothing lasting was written.)
    expect(await lib.autosave()).toBe(false);
    expect(fallback.writes).toBe(1);
    expect(lib.status).toMatchObject({ persistent: false, problem: 'unavailable' });
    expect(lib.list().length).toBe(1);
    live.dispose();
  });
});

describe('imports', () => {
  it('a refused file changes nothing: not the list, not the game in progress, not the viewer', async () => {
    const { lib, store } = newLibrary();
    await lib.load();
    const live = startLive(2);
    lib.track(live);
    playMonths(live, 2);
    await lib.autosave();
    const before = { hash: live.hash(), list: JSON.stringify(lib.list()), writes: store.writes };
    for (const text of ['nonsense', '{"__proto__":{"x":1}}', '{"format":"quiet-channel-save","version":9}']) {
      const r = lib.importText(text);
      expect(r.ok).toBe(false);
    }
    await lib.flush();
    expect(live.hash()).toBe(before.hash);
    expect(JSON.stringify(lib.list())).toBe(before.list);
    expect(store.writes).toBe(before.writes);
    expect(lib.replay).toBeNull();
    expect(lib.currentGame).toBe(live);
    live.dispose();
  });

  it('an accepted file opens in the viewer and is kept once', async () => {
    const { lib } = newLibrary();
    await lib.load();
    const { save, hash } = botSave(17);
    const r = lib.importText(makeSave(save));
    if (!r.ok) throw new Error(r.error);
    expect(lib.replay).toBe(r.value);
    expect(r.value.timeline.hashes[r.value.last]).toBe(hash);
    lib.importText(makeSave(save));
    await lib.flush();
    expect(lib.list().length).toBe(1);
    expect(lib.list()[0]).toMatchObject({ origin: 'import', seat: null, ending: save.result!.ending });
  });
});

describe('take over and the branch tree', () => {
  it('branches a game, saves it with its parent, and shows both as a tree', async () => {
    const { lib } = newLibrary();
    await lib.load();
    const { save } = botSave(30);
    const opened = lib.importText(makeSave(save));
    if (!opened.ok) throw new Error(opened.error);
    await lib.flush();
    const parentId = lib.list()[0]!.id;
    const branch = await lib.startBranch(save, 6, 'us', parentId);
    if (!branch.ok) throw new Error(branch.error);
    const b = branch.value;
    expect(b.getView().turn).toBe(7);
    expect(lib.currentSave()?.meta?.parent?.branchTurn).toBe(6);
    const branchId = lib.currentId!;
    expect(lib.get(branchId)).toMatchObject({ origin: 'branch', parentId, seat: 'us', turn: 6 });
    // A second-level branch, taken from the first after it went its own way.
    playMonths(b, 2);
    await lib.autosave();
    const branchSave = lib.currentSave()!;
    const grand = await lib.startBranch(branchSave, 7, 'dprk', branchId);
    if (!grand.ok) throw new Error(grand.error);
    await lib.flush();
    const all = lib.list();
    const tree = flattenTree(familyTree(lib.get(branchId)!, all), branchId);
    expect(tree.map((n) => [n.meta.id, n.depth, n.branchTurn, n.current])).toEqual([
      [parentId, 0, null, false],
      [branchId, 1, 6, true],
      [lib.currentId, 2, 7, false],
    ]);
    // The branch's save verifies, parent and all.
    const replayed = replaySave(branchSave, { verify: true });
    expect(replayed.ok).toBe(true);
    b.dispose();
    grand.value.dispose();
  });

  it('finds a parent by hash when the branch arrives without a record id (e.g. imported)', async () => {
    const { lib } = newLibrary();
    await lib.load();
    const { save } = botSave(26);
    lib.importText(makeSave(save));
    await lib.flush();
    const other = new SaveLibrary(new MemoryStore());
    const br = await other.startBranch(save, 3, 'rok', null);
    if (!br.ok) throw new Error(br.error);
    playMonths(br.value, 1);
    const branchSave = other.currentSave()!;
    expect(branchSave.meta?.parent?.branchTurn).toBe(3);
    br.value.dispose();
    // The branch is unfinished: it can be resumed (a person plays in it) and imported for viewing.
    const imported = lib.importText(makeSave(branchSave));
    if (!imported.ok) throw new Error(imported.error);
    await lib.flush();
    const meta = imported.value.meta!;
    const tree = flattenTree(familyTree(meta, lib.list()), meta.id);
    expect(tree.length).toBe(2);
    expect(tree[1]).toMatchObject({ depth: 1, branchTurn: 3, current: true });
    expect(resumeSave(branchSave).ok).toBe(true);
  });

  it('refuses to take over after the ending', async () => {
    const { lib } = newLibrary();
    const { save } = botSave(27, { maxTurns: 4 });
    const r = await lib.startBranch(save, save.result!.turn, 'us', null);
    expect(r.ok).toBe(false);
  });
});

describe('resumeSave', () => {
  it('refuses a finished game, a game of bots and one whose checkpoints do not hold', () => {
    expect(resumeSave(botSave(1, { maxTurns: 3 }).save).ok).toBe(false);
    const game = humanGame(3, 'us', 3);
    const save = game.save();
    game.stop();
    expect(resumeSave({ ...save, seats: { us: 'bot:dove', dprk: 'bot:hawk', rok: 'bot:dove' } }).ok).toBe(false);
    const bad = structuredClone(save);
    bad.checkpoints[1] = { turn: 2, hash: 'a'.repeat(64) };
    const r = resumeSave(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/month 2/);
  });
});
