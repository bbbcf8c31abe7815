/**
 * A small seeded generator (sfc32, seeded through splitmix32). Its whole state is four unsigned
 * 32-bit integers kept in the game state, so a saved game replays the same draws on any machine.
 * The functions are pure: they take a state and return the value and the next state. A
 * `RngCursor` draws the same numbers from its own copy of a state.
 */
export type RngState = [number, number, number, number];

function splitmix32(x: number): [number, number] {
  const next = (x + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return [(z ^ (z >>> 16)) >>> 0, next];
}

/** Seeds a generator from any 32-bit integer (larger seeds are folded to 32 bits). */
export function seedRng(seed: number): RngState {
  let s = Math.floor(seed) | 0;
  const out: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [v, next] = splitmix32(s);
    out.push(v);
    s = next;
  }
  const state = out as RngState;
  // warm up so that nearby seeds diverge
  for (let i = 0; i < 12; i++) step(state);
  return state;
}

/**
 * The sfc32 step, in place: advances the four words of `w` and returns the draw. Only for arrays
 * the caller owns (a fresh copy); the exported functions never change a state they are given.
 */
function step(w: RngState): number {
  const [a, b, c, d] = w;
  const t = (((a + b) | 0) + d) | 0;
  w[0] = (b ^ (b >>> 9)) >>> 0;
  w[1] = ((c + (c << 3)) | 0) >>> 0;
  w[2] = ((((c << 21) | (c >>> 11)) + t) | 0) >>> 0;
  w[3] = ((d + 1) | 0) >>> 0;
  return t >>> 0;
}

/** One 32-bit draw. */
export function nextUint(state: RngState): [number, RngState] {
  const next: RngState = [state[0], state[1], state[2], state[3]];
  return [step(next), next];
}

/** A float in [0, 1). */
export function nextFloat(state: RngState): [number, RngState] {
  const [u, next] = nextUint(state);
  return [u / 4294967296, next];
}

/** An integer in [0, n). */
export function nextInt(state: RngState, n: number): [number, RngState] {
  const [f, next] = nextFloat(state);
  return [Math.floor(f * n), next];
}

/**
 * A mutable cursor over an RngState, for model functions that draw several times.
 * Callers create one from a state, draw, and write `cursor.state` back into the new game state.
 */
export class RngCursor {
  /** The cursor's own copy of the words, stepped in place (a draw allocates nothing). */
  private readonly words: RngState;
  constructor(state: Readonly<RngState>) {
    this.words = [state[0], state[1], state[2], state[3]];
  }
  /** The generator's state after the draws so far (a fresh copy). */
  get state(): RngState {
    return [this.words[0], this.words[1], this.words[2], this.words[3]];
  }
  /** A float in [0, 1), the same draw as `nextFloat`. */
  float(): number {
    return step(this.words) / 4294967296;
  }
  /** An integer in [0, n), the same draw as `nextInt`. */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }
  chance(p: number): boolean {
    return this.float() < p;
  }
}

/**
 * Mixes values into a 32-bit number without touching a generator: used to give bots their own
 * deterministic stream derived from the game's generator, without advancing it.
 */
export function mix32(...values: number[]): number {
  let h = 0x811c9dc5;
  for (const v of values) {
    h = Math.imul(h ^ (v >>> 0), 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
  }
  return h >>> 0;
}
