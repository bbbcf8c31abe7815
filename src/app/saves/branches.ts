/**
 * What-if branches as a tree, like a chess analysis board: a branch's save names its parent by the
 * state hash at the month it left it (`meta.parent`), so every saved game is indexed by its
 * hashes and a child finds its parent wherever the parent came from (played here, imported, or
 * opened from a link). A record id, when known, is preferred.
 */
import type { SaveMeta } from './types';

export interface BranchNode {
  meta: SaveMeta;
  /** The month this game left its parent (null for the root). */
  branchTurn: number | null;
  children: BranchNode[];
}

export interface FlatNode {
  meta: SaveMeta;
  depth: number;
  branchTurn: number | null;
  current: boolean;
}

/** The saved game this one branched from, if it is in `all`. */
export function parentOf(meta: SaveMeta, all: readonly SaveMeta[]): SaveMeta | null {
  const p = meta.parent;
  if (!p) return null;
  if (meta.parentId) {
    const byId = all.find((m) => m.id === meta.parentId && m.id !== meta.id);
    if (byId && byId.hashes[p.branchTurn] === p.hash) return byId;
  }
  let best: SaveMeta | null = null;
  for (const m of all) {
    if (m.id === meta.id || m.hashes[p.branchTurn] !== p.hash) continue;
    // Prefer the oldest copy: the game the branch was taken from existed before it.
    if (!best || m.createdAt < best.createdAt) best = m;
  }
  return best;
}

/** Games that branched from `meta`, by the month they left it. */
export function childrenOf(meta: SaveMeta, all: readonly SaveMeta[]): SaveMeta[] {
  return all
    .filter((m) => m.id !== meta.id && m.parent && parentOf(m, all)?.id === meta.id)
    .sort((a, b) => a.parent!.branchTurn - b.parent!.branchTurn || (a.createdAt < b.createdAt ? -1 : 1));
}

/** The oldest ancestor of `meta` that is in `all` (itself when it has none). */
export function rootOf(meta: SaveMeta, all: readonly SaveMeta[]): SaveMeta {
  const seen = new Set<string>([meta.id]);
  let cur = meta;
  for (;;) {
    const p = parentOf(cur, all);
    if (!p || seen.has(p.id)) return cur;
    seen.add(p.id);
    cur = p;
  }
}

/** The whole family of `meta`: from its root, every branch and branch of a branch. */
export function familyTree(meta: SaveMeta, all: readonly SaveMeta[]): BranchNode {
  const list = all.some((m) => m.id === meta.id) ? all : [...all, meta];
  const seen = new Set<string>();
  const build = (m: SaveMeta, branchTurn: number | null): BranchNode => {
    seen.add(m.id);
    const children = childrenOf(m, list)
      .filter((c) => !seen.has(c.id))
      .map((c) => build(c, c.parent!.branchTurn));
    return { meta: m, branchTurn, children };
  };
  return build(rootOf(meta, list), null);
}

/** The tree in reading order (depth first), marking `currentId`. */
export function flattenTree(root: BranchNode, currentId: string): FlatNode[] {
  const out: FlatNode[] = [];
  const walk = (n: BranchNode, depth: number) => {
    out.push({ meta: n.meta, depth, branchTurn: n.branchTurn, current: n.meta.id === currentId });
    for (const c of n.children) walk(c, depth + 1);
  };
  walk(root, 0);
  return out;
}
