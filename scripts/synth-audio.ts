/**
 * Synthesizes Quiet Channel's music and sound cues from scratch (pure math, deterministic), writes
 * 16-bit mono WAVs to a temp folder, and encodes each to assets/audio/<key>.ogg (Vorbis, oggenc)
 * and assets/audio/<key>.mp3 (lame). Also writes assets/audio/audio.json for the audio layer.
 *
 *   npx tsx scripts/synth-audio.ts          # needs oggenc and lame: apt-get install vorbis-tools lame
 *   npx tsx scripts/synth-audio.ts --keep   # also keeps the WAVs and prints where they are
 *
 * The two music loops have the same length, tempo and chord grid, so the game can play both in
 * sync and crossfade between them as tension rises. Each loop is rendered circularly (every note
 * and the reverb tail wrap around), so the loop point is seamless.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = resolve(ROOT, 'assets/audio');
const SR = 22050;
const TAU = Math.PI * 2;

// ---------------------------------------------------------------------------------------------
// Basics

type Buf = Float32Array;
const samples = (sec: number): number => Math.round(sec * SR);
const newBuf = (sec: number): Buf => new Float32Array(samples(sec));

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const midi = (n: number): number => 440 * Math.pow(2, (n - 69) / 12);
const NOTE: Record<string, number> = { C: 0, Db: 1, D: 2, Eb: 3, E: 4, F: 5, Gb: 6, G: 7, Ab: 8, A: 9, Bb: 10, B: 11 };
/** 'F#4'-style names are not used; flats only: 'Bb3', 'C4'. */
function hz(name: string): number {
  const m = /^([A-G]b?)(-?\d)$/.exec(name);
  if (!m) throw new Error(`bad note ${name}`);
  const pc = NOTE[m[1] as string];
  if (pc === undefined) throw new Error(`bad note ${name}`);
  return midi(pc + 12 * (Number(m[2]) + 1));
}

/** A one-cycle wavetable from harmonic amplitudes (index 0 = fundamental). */
function wavetable(amps: number[], size = 2048): Float32Array {
  const t = new Float32Array(size + 1);
  for (let i = 0; i < size; i++) {
    let v = 0;
    for (let h = 0; h < amps.length; h++) {
      const a = amps[h] as number;
      if (a !== 0) v += a * Math.sin((TAU * (h + 1) * i) / size);
    }
    t[i] = v;
  }
  t[size] = t[0] as number;
  return t;
}

/** Saw-like harmonic series, band-limited to maxHz, with spectral tilt `tilt` (1 = saw). */
function sawAmps(f0: number, maxHz: number, tilt = 1, odd = false): number[] {
  const n = Math.max(1, Math.floor(maxHz / f0));
  const out: number[] = [];
  for (let h = 1; h <= n; h++) out.push(odd && h % 2 === 0 ? 0 : 1 / Math.pow(h, tilt));
  return out;
}

/** Reads a wavetable at phase (cycles). */
function readTable(t: Float32Array, phase: number): number {
  const size = t.length - 1;
  const p = (phase - Math.floor(phase)) * size;
  const i = Math.floor(p);
  const f = p - i;
  return (t[i] as number) * (1 - f) + (t[i + 1] as number) * f;
}

/** Adds src into dst at offset; wraps around the end of dst when wrap is set. */
function mixInto(dst: Buf, src: Buf, offset: number, gain = 1, wrap = false): void {
  const n = dst.length;
  for (let i = 0; i < src.length; i++) {
    let j = offset + i;
    if (wrap) j = ((j % n) + n) % n;
    else if (j < 0 || j >= n) continue;
    dst[j] = (dst[j] as number) + (src[i] as number) * gain;
  }
}

/** Attack-hold-release envelope with raised-cosine edges. */
function ahr(t: number, attack: number, hold: number, release: number): number {
  if (t < 0) return 0;
  if (t < attack) return 0.5 - 0.5 * Math.cos((Math.PI * t) / attack);
  if (t < attack + hold) return 1;
  const r = t - attack - hold;
  if (r < release) return 0.5 + 0.5 * Math.cos((Math.PI * r) / release);
  return 0;
}

/** RBJ biquad; coefficients can be updated while running. */
class Biquad {
  private b0 = 1;
  private b1 = 0;
  private b2 = 0;
  private a1 = 0;
  private a2 = 0;
  private x1 = 0;
  private x2 = 0;
  private y1 = 0;
  private y2 = 0;
  constructor(
    private readonly kind: 'lp' | 'hp' | 'bp',
    freq: number,
    q = Math.SQRT1_2,
  ) {
    this.set(freq, q);
  }
  set(freq: number, q = Math.SQRT1_2): void {
    const w = (TAU * Math.min(freq, SR * 0.45)) / SR;
    const cos = Math.cos(w);
    const alpha = Math.sin(w) / (2 * q);
    const a0 = 1 + alpha;
    let b0: number;
    let b1: number;
    let b2: number;
    if (this.kind === 'lp') {
      b0 = (1 - cos) / 2;
      b1 = 1 - cos;
      b2 = (1 - cos) / 2;
    } else if (this.kind === 'hp') {
      b0 = (1 + cos) / 2;
      b1 = -(1 + cos);
      b2 = (1 + cos) / 2;
    } else {
      b0 = alpha;
      b1 = 0;
      b2 = -alpha;
    }
    this.b0 = b0 / a0;
    this.b1 = b1 / a0;
    this.b2 = b2 / a0;
    this.a1 = (-2 * cos) / a0;
    this.a2 = (1 - alpha) / a0;
  }
  run(x: number): number {
    const y = this.b0 * x + this.b1 * this.x1 + this.b2 * this.x2 - this.a1 * this.y1 - this.a2 * this.y2;
    this.x2 = this.x1;
    this.x1 = x;
    this.y2 = this.y1;
    this.y1 = y;
    return y;
  }
}

function filterBuf(b: Buf, kind: 'lp' | 'hp' | 'bp', freq: number, q = Math.SQRT1_2): Buf {
  const f = new Biquad(kind, freq, q);
  const out = new Float32Array(b.length);
  for (let i = 0; i < b.length; i++) out[i] = f.run(b[i] as number);
  return out;
}

/** Small Schroeder/Freeverb-style mono reverb. Returns only the wet signal. */
class Reverb {
  private readonly combs: { buf: Float32Array; i: number; store: number }[];
  private readonly allpasses: { buf: Float32Array; i: number }[];
  constructor(
    private readonly feedback = 0.8,
    private readonly damp = 0.3,
  ) {
    const scale = SR / 44100;
    this.combs = [1116, 1188, 1277, 1356, 1422, 1491].map((d) => ({
      buf: new Float32Array(Math.round(d * scale * 1.6)),
      i: 0,
      store: 0,
    }));
    this.allpasses = [556, 441, 341].map((d) => ({ buf: new Float32Array(Math.round(d * scale)), i: 0 }));
  }
  run(x: number): number {
    let out = 0;
    for (const c of this.combs) {
      const y = c.buf[c.i] as number;
      c.store = y * (1 - this.damp) + c.store * this.damp;
      c.buf[c.i] = x + c.store * this.feedback;
      c.i = (c.i + 1) % c.buf.length;
      out += y;
    }
    out /= this.combs.length;
    for (const a of this.allpasses) {
      const b = a.buf[a.i] as number;
      a.buf[a.i] = out + b * 0.5;
      a.i = (a.i + 1) % a.buf.length;
      out = b - out;
    }
    return out;
  }
}

/** Adds reverb; for loops, runs the signal through several times so the tail wraps seamlessly. */
function withReverb(dry: Buf, mix: number, opts: { loop: boolean; feedback?: number; damp?: number }): Buf {
  const rv = new Reverb(opts.feedback ?? 0.8, opts.damp ?? 0.3);
  const out = new Float32Array(dry.length);
  const passes = opts.loop ? 3 : 1;
  for (let p = 0; p < passes; p++) {
    for (let i = 0; i < dry.length; i++) {
      const wet = rv.run(dry[i] as number);
      if (p === passes - 1) out[i] = (dry[i] as number) * (1 - mix * 0.5) + wet * mix;
    }
  }
  return out;
}

/** Runs an IIR filter circularly (two passes) so a loop stays seamless. */
function filterLoop(b: Buf, kind: 'lp' | 'hp', freq: number): Buf {
  const f = new Biquad(kind, freq);
  const out = new Float32Array(b.length);
  for (let p = 0; p < 2; p++) for (let i = 0; i < b.length; i++) out[i] = f.run(b[i] as number);
  return out;
}

function fadeOut(b: Buf, sec: number): void {
  const n = Math.min(b.length, samples(sec));
  for (let i = 0; i < n; i++) {
    const k = b.length - n + i;
    b[k] = (b[k] as number) * (0.5 + 0.5 * Math.cos((Math.PI * i) / n));
  }
}

// ---------------------------------------------------------------------------------------------
// Instruments (each renders one note into a fresh buffer)

/** Soft pad voice: three detuned band-limited oscillators, slow envelope, gentle shimmer. */
function padVoice(f0: number, dur: number, o: { attack: number; release: number; bright: number; tilt: number; seed: number }): Buf {
  const total = dur + o.release;
  const b = newBuf(total);
  const table = wavetable(sawAmps(f0, o.bright, o.tilt));
  const r = rng(o.seed);
  const detunes = [-0.06, 0, 0.055].map((c) => Math.pow(2, c / 12));
  const phases = detunes.map(() => r());
  const lfoRate = 0.13 + r() * 0.1;
  const lfoPhase = r() * TAU;
  for (let i = 0; i < b.length; i++) {
    const t = i / SR;
    const env = ahr(t, o.attack, dur - o.attack, o.release);
    if (env === 0 && t > o.attack) continue;
    let v = 0;
    for (let k = 0; k < detunes.length; k++) v += readTable(table, (phases[k] as number) + f0 * (detunes[k] as number) * t);
    const shimmer = 1 + 0.18 * Math.sin(TAU * lfoRate * t + lfoPhase);
    b[i] = (v / detunes.length) * env * shimmer;
  }
  return b;
}

/** Bell / mallet: inharmonic partials with exponential decays. */
function bell(f0: number, dur: number, partials: [ratio: number, amp: number, decay: number][], attack = 0.004): Buf {
  const b = newBuf(dur);
  for (let i = 0; i < b.length; i++) {
    const t = i / SR;
    let v = 0;
    for (const [ratio, amp, decay] of partials) {
      if (f0 * ratio < SR * 0.45) v += amp * Math.exp(-t / decay) * Math.sin(TAU * f0 * ratio * t);
    }
    b[i] = v * Math.min(1, t / attack);
  }
  fadeOut(b, Math.min(0.05, dur / 4));
  return b;
}

/** Plucked bass: few harmonics, fast decay, brightness falling with the envelope. */
function pluckBass(f0: number, dur: number, decay: number): Buf {
  const b = newBuf(dur);
  const lp = new Biquad('lp', 800);
  const table = wavetable(sawAmps(f0, 2500, 1));
  for (let i = 0; i < b.length; i++) {
    const t = i / SR;
    const env = Math.min(1, t / 0.004) * Math.exp(-t / decay);
    if (i % 16 === 0) lp.set(f0 * (1.5 + 5 * env), 0.9);
    b[i] = lp.run(readTable(table, f0 * t)) * env;
  }
  fadeOut(b, 0.02);
  return b;
}

/** Kick / heartbeat thump: sine with falling pitch. */
function thump(fStart: number, fEnd: number, dur: number, decay: number): Buf {
  const b = newBuf(dur);
  let phase = 0;
  for (let i = 0; i < b.length; i++) {
    const t = i / SR;
    const f = fEnd + (fStart - fEnd) * Math.exp(-t / 0.04);
    phase += f / SR;
    b[i] = Math.sin(TAU * phase) * Math.min(1, t / 0.003) * Math.exp(-t / decay);
  }
  fadeOut(b, 0.02);
  return b;
}

/** Filtered noise burst. */
function noiseBurst(dur: number, seed: number, kind: 'lp' | 'hp' | 'bp', freq: number, q: number, decay: number, attack = 0.001): Buf {
  const r = rng(seed);
  const b = newBuf(dur);
  const f = new Biquad(kind, freq, q);
  for (let i = 0; i < b.length; i++) {
    const t = i / SR;
    b[i] = f.run(r() * 2 - 1) * Math.min(1, t / attack) * Math.exp(-t / decay);
  }
  fadeOut(b, Math.min(0.01, dur / 4));
  return b;
}

/** Brass-like voice: bright saw whose low-pass opens with the envelope, light vibrato. */
function brass(f0: number, dur: number, o: { attack: number; release: number; seed: number; vibrato?: number }): Buf {
  const total = dur + o.release;
  const b = newBuf(total);
  const table = wavetable(sawAmps(f0, 6000, 1));
  const lp = new Biquad('lp', f0 * 2, 0.8);
  const r = rng(o.seed);
  const phase0 = r();
  let phase = phase0;
  for (let i = 0; i < b.length; i++) {
    const t = i / SR;
    const env = ahr(t, o.attack, dur - o.attack, o.release);
    const vib = 1 + (o.vibrato ?? 0.004) * Math.min(1, Math.max(0, (t - 0.35) / 0.4)) * Math.sin(TAU * 5.2 * t);
    phase += (f0 * vib) / SR;
    if (i % 16 === 0) lp.set(f0 * (1.2 + 7 * env * env), 0.7);
    b[i] = lp.run(readTable(table, phase)) * env;
  }
  return b;
}

/** Electric-piano-ish tone for the ending cadence. */
function keys(f0: number, dur: number): Buf {
  return bell(
    f0,
    dur,
    [
      [1, 1, 1.4],
      [2, 0.35, 0.6],
      [3, 0.12, 0.35],
      [4, 0.06, 0.25],
      [7.1, 0.03, 0.05],
    ],
    0.006,
  );
}

// ---------------------------------------------------------------------------------------------
// Music: 96 BPM, 8 bars of 4/4 = 20 s, one chord per two bars.

const BPM = 96;
const BEAT = 60 / BPM;
const BAR = BEAT * 4;
const LOOP = BAR * 8; // 20 s
const CHORD_LEN = BAR * 2;

/** Calm: F major, I – IV – ii – V colours (Fmaj7, Bbmaj7, Gm9, C6/9). */
const CALM_CHORDS: { bass: string; pad: string[] }[] = [
  { bass: 'F2', pad: ['F3', 'C4', 'E4', 'A4'] },
  { bass: 'Bb1', pad: ['Bb2', 'F3', 'A3', 'D4'] },
  { bass: 'G2', pad: ['G3', 'Bb3', 'D4', 'A4'] },
  { bass: 'C2', pad: ['C3', 'G3', 'D4', 'E4'] },
];
/** Tense: the same grid in D minor (Dm(add9), Bb(add#11), Gm(b6), A7sus4 → A7(b9)). */
const TENSE_CHORDS: { bass: string; pad: string[] }[] = [
  { bass: 'D2', pad: ['D3', 'A3', 'E4', 'F4'] },
  { bass: 'Bb1', pad: ['Bb2', 'F3', 'D4', 'E4'] },
  { bass: 'G2', pad: ['G3', 'D4', 'Eb4', 'Bb4'] },
  { bass: 'A1', pad: ['A2', 'E3', 'G3', 'D4'] },
];

function musicCalm(): Buf {
  const out = newBuf(LOOP);
  // Pad: overlapping chords; each starts a little before its downbeat and releases into the next.
  CALM_CHORDS.forEach((ch, ci) => {
    const start = ci * CHORD_LEN - 0.6;
    ch.pad.forEach((n, vi) => {
      const v = padVoice(hz(n), CHORD_LEN + 0.4, { attack: 1.8, release: 2.4, bright: 2600, tilt: 1.5, seed: 100 + ci * 10 + vi });
      mixInto(out, v, samples(start), 0.16, true);
    });
    // Soft sustained bass (sine + a little second harmonic).
    const f = hz(ch.bass);
    const bass = newBuf(CHORD_LEN + 1.5);
    for (let i = 0; i < bass.length; i++) {
      const t = i / SR;
      bass[i] = (Math.sin(TAU * f * t) + 0.25 * Math.sin(TAU * 2 * f * t)) * ahr(t, 0.6, CHORD_LEN - 0.6, 1.5);
    }
    mixInto(out, bass, samples(ci * CHORD_LEN), 0.22, true);
  });
  // Sparse bell melody in F major pentatonic.
  const melody: [beat: number, note: string][] = [
    [2, 'C5'],
    [3.5, 'A4'],
    [6, 'G4'],
    [10, 'D5'],
    [11.5, 'C5'],
    [14, 'F4'],
    [18, 'A4'],
    [19.5, 'G4'],
    [22, 'D5'],
    [26, 'E5'],
    [27.5, 'D5'],
    [29, 'C5'],
  ];
  for (const [beat, n] of melody) {
    const b = bell(
      hz(n),
      3.2,
      [
        [1, 1, 1.1],
        [2, 0.25, 0.5],
        [3.01, 0.08, 0.25],
        [4.2, 0.04, 0.12],
      ],
      0.01,
    );
    mixInto(out, b, samples(beat * BEAT), 0.14, true);
  }
  const shaped = filterLoop(out, 'lp', 3800);
  return withReverb(shaped, 0.55, { loop: true, feedback: 0.84, damp: 0.35 });
}

function musicTense(): Buf {
  const out = newBuf(LOOP);
  TENSE_CHORDS.forEach((ch, ci) => {
    const start = ci * CHORD_LEN - 0.4;
    ch.pad.forEach((n, vi) => {
      const v = padVoice(hz(n), CHORD_LEN + 0.2, { attack: 1.2, release: 1.8, bright: 1400, tilt: 1.9, seed: 200 + ci * 10 + vi });
      mixInto(out, v, samples(start), 0.15, true);
    });
    // Pulse: eighth-note plucked bass on the root, accents on the beats.
    const f = hz(ch.bass);
    for (let e = 0; e < 16; e++) {
      const accent = e % 2 === 0 ? 1 : 0.6;
      const p = pluckBass(f * (e % 8 === 7 ? 2 : 1), BEAT, 0.11);
      mixInto(out, p, samples(ci * CHORD_LEN + (e * BEAT) / 2), 0.3 * accent, true);
    }
  });
  // Heartbeat: "lub-dub" once per bar.
  for (let bar = 0; bar < 8; bar++) {
    mixInto(out, thump(95, 48, 0.4, 0.09), samples(bar * BAR), 0.55, true);
    mixInto(out, thump(85, 45, 0.35, 0.07), samples(bar * BAR + 0.22), 0.35, true);
  }
  // Ticking: quiet closed noise on the off-beats.
  for (let e = 0; e < 64; e++) {
    if (e % 2 === 1) mixInto(out, noiseBurst(0.06, 300 + e, 'hp', 6000, 0.7, 0.012), samples((e * BEAT) / 2), 0.05, true);
  }
  // High tremolo tone (A5), synced to sixteenths, swelling over the last half.
  const hi = newBuf(LOOP);
  const fh = hz('A5');
  for (let i = 0; i < hi.length; i++) {
    const t = i / SR;
    const swell = 0.5 - 0.5 * Math.cos((TAU * t) / LOOP);
    const trem = 0.5 + 0.5 * Math.sin((TAU * t * 4) / BEAT);
    hi[i] = Math.sin(TAU * fh * t) * swell * trem;
  }
  mixInto(out, hi, 0, 0.025, true);
  const shaped = filterLoop(out, 'lp', 3200);
  return withReverb(shaped, 0.35, { loop: true, feedback: 0.78, damp: 0.4 });
}

// ---------------------------------------------------------------------------------------------
// Cues

function cueUi(): Buf {
  const b = newBuf(0.08);
  for (let i = 0; i < b.length; i++) {
    const t = i / SR;
    const env = Math.min(1, t / 0.001) * Math.exp(-t / 0.012);
    b[i] = (Math.sin(TAU * 2100 * t) + 0.3 * Math.sin(TAU * 3150 * t)) * env;
  }
  mixInto(b, noiseBurst(0.01, 7, 'hp', 4000, 0.7, 0.002), 0, 0.3);
  fadeOut(b, 0.01);
  return b;
}

function cueCard(): Buf {
  const dur = 0.3;
  const b = newBuf(dur);
  const r = rng(11);
  const bp = new Biquad('bp', 900, 1.1);
  for (let i = 0; i < b.length; i++) {
    const t = i / SR;
    if (i % 8 === 0) bp.set(700 + 2800 * Math.min(1, t / 0.2), 1.1);
    const env = ahr(t, 0.07, 0.03, 0.12);
    b[i] = bp.run(r() * 2 - 1) * env * 0.9;
  }
  // The card lands: a soft low tap and a short paper click.
  const tap = thump(210, 120, 0.08, 0.018);
  mixInto(b, tap, samples(0.19), 0.5);
  mixInto(b, noiseBurst(0.03, 12, 'bp', 2400, 1.5, 0.005), samples(0.19), 0.5);
  fadeOut(b, 0.02);
  return b;
}

function cueEvent(): Buf {
  const b = newBuf(0.85);
  // Teletype: a burst of uneven typebar clicks.
  const clicks = [0, 0.055, 0.1, 0.17, 0.215, 0.265, 0.33];
  clicks.forEach((t, k) => {
    mixInto(b, noiseBurst(0.025, 20 + k, 'bp', 2600 + (k % 3) * 300, 3, 0.004), samples(t), 0.9);
    mixInto(b, bell(1150 + (k % 2) * 90, 0.03, [[1, 1, 0.006]], 0.0005), samples(t), 0.25);
  });
  // The bell.
  const bl = bell(
    hz('C6'),
    0.47,
    [
      [1, 1, 0.2],
      [2.0, 0.45, 0.14],
      [2.76, 0.3, 0.1],
      [5.4, 0.12, 0.05],
    ],
    0.002,
  );
  mixInto(b, bl, samples(0.38), 0.55);
  fadeOut(b, 0.05);
  return b;
}

function cueLeak(): Buf {
  const dur = 1.35;
  const b = newBuf(dur);
  // Cluster: C4, Db4, G4 over a low C2 and Gb2, strings with fast tremolo, sagging pitch.
  const notes = ['C2', 'Gb2', 'C4', 'Db4', 'G4', 'Gb5'];
  notes.forEach((n, k) => {
    const f0 = hz(n);
    const table = wavetable(sawAmps(f0, 5000, 1.1));
    const r = rng(40 + k);
    let phase = r();
    const v = newBuf(dur);
    for (let i = 0; i < v.length; i++) {
      const t = i / SR;
      const sag = Math.pow(2, (-0.35 * Math.min(1, t / 1.2)) / 12);
      phase += (f0 * sag) / SR;
      const trem = 0.75 + 0.25 * Math.sin(TAU * 11 * t + k);
      const env = Math.min(1, t / 0.012) * (0.35 + 0.65 * Math.exp(-t / 0.12)) * Math.exp(-t / 0.9);
      v[i] = readTable(table, phase) * env * trem;
    }
    mixInto(b, filterBuf(v, 'lp', 3500), 0, k < 2 ? 0.3 : 0.2);
  });
  mixInto(b, noiseBurst(0.25, 44, 'bp', 1800, 0.8, 0.05), 0, 0.5);
  mixInto(b, thump(120, 50, 0.5, 0.15), 0, 0.6);
  const out = withReverb(b, 0.3, { loop: false, feedback: 0.75 });
  fadeOut(out, 0.15);
  return out;
}

function cueSummit(): Buf {
  const b = newBuf(2.4);
  // Pickup (G3 + D4), then a C major brass chord.
  for (const [n, k] of [
    ['G3', 0],
    ['D4', 1],
  ] as [string, number][]) {
    mixInto(b, brass(hz(n), 0.16, { attack: 0.03, release: 0.06, seed: 60 + k }), 0, 0.2);
  }
  const chord = ['C3', 'G3', 'C4', 'E4', 'G4', 'C5'];
  chord.forEach((n, k) => {
    const v = brass(hz(n), 1.45, { attack: 0.07 + k * 0.008, release: 0.6, seed: 70 + k, vibrato: 0.003 });
    mixInto(b, v, samples(0.24), k === 0 ? 0.22 : 0.16);
  });
  // Timpani-ish hit under the chord.
  mixInto(b, thump(80, 65, 0.9, 0.35), samples(0.24), 0.45);
  mixInto(b, noiseBurst(0.12, 75, 'lp', 500, 0.7, 0.03), samples(0.24), 0.2);
  const out = withReverb(b, 0.35, { loop: false, feedback: 0.8 });
  fadeOut(out, 0.25);
  return out;
}

function cueCrisis(): Buf {
  const b = newBuf(2.3);
  // Three low wailing pulses (square-ish tone sliding up a tone), with a sub thump each.
  for (let p = 0; p < 3; p++) {
    const f0 = hz('A2');
    const table = wavetable(sawAmps(f0, 2400, 1, true)); // odd harmonics: square-like
    const lp = new Biquad('lp', 900, 1.2);
    const v = newBuf(0.62);
    let phase = 0;
    for (let i = 0; i < v.length; i++) {
      const t = i / SR;
      const bend = Math.pow(2, (2 * Math.min(1, t / 0.45)) / 12);
      phase += (f0 * bend) / SR;
      const env = ahr(t, 0.04, 0.26, 0.2);
      if (i % 16 === 0) lp.set(500 + 700 * env, 1.2);
      v[i] = lp.run(readTable(table, phase) + 0.6 * readTable(table, phase * 1.006)) * env;
    }
    mixInto(b, v, samples(p * 0.72), 0.5);
    mixInto(b, thump(70, 40, 0.4, 0.12), samples(p * 0.72), 0.5);
  }
  const out = withReverb(b, 0.3, { loop: false, feedback: 0.78 });
  fadeOut(out, 0.2);
  return out;
}

function cueEnding(): Buf {
  const b = newBuf(2.8);
  const chords: [time: number, notes: string[], len: number][] = [
    [0, ['Bb2', 'F3', 'Bb3', 'D4', 'D5'], 0.6],
    [0.55, ['C3', 'G3', 'Bb3', 'E4', 'E5'], 0.6],
    [1.1, ['F2', 'C4', 'F4', 'A4', 'F5'], 1.7],
  ];
  for (const [time, notes, len] of chords) {
    notes.forEach((n, k) => {
      const v = keys(hz(n), len + 0.2);
      fadeOut(v, 0.15);
      mixInto(b, v, samples(time + k * 0.012), k === notes.length - 1 ? 0.2 : 0.14);
    });
  }
  const out = withReverb(b, 0.4, { loop: false, feedback: 0.82 });
  fadeOut(out, 0.4);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Levels, WAV writing, encoding

/** Loudness proxy: RMS (dBFS) after a 150 Hz high-pass; loudest `window` for cues, whole for loops. */
function loudness(b: Buf, window: number | null): number {
  const hp = filterBuf(b, 'hp', 150);
  const sq = hp.map((v) => v * v);
  if (window === null) return 10 * Math.log10(sq.reduce((a, v) => a + v, 0) / sq.length);
  const w = Math.min(sq.length, samples(window));
  let sum = 0;
  for (let i = 0; i < w; i++) sum += sq[i] as number;
  let best = sum;
  for (let i = w; i < sq.length; i++) {
    sum += (sq[i] as number) - (sq[i - w] as number);
    if (sum > best) best = sum;
  }
  return 10 * Math.log10(best / w);
}

const peakOf = (b: Buf): number => b.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
const PEAK_CEILING = Math.pow(10, -1 / 20); // -1 dBFS

function normalize(b: Buf, targetDb: number, window: number | null): { gainDb: number; loudDb: number; peakDb: number } {
  const l = loudness(b, window);
  let gain = Math.pow(10, (targetDb - l) / 20);
  const peak = peakOf(b) * gain;
  if (peak > PEAK_CEILING) gain *= PEAK_CEILING / peak;
  for (let i = 0; i < b.length; i++) b[i] = (b[i] as number) * gain;
  return { gainDb: 20 * Math.log10(gain), loudDb: loudness(b, window), peakDb: 20 * Math.log10(peakOf(b)) };
}

function wav(b: Buf): Buffer {
  const data = Buffer.alloc(b.length * 2);
  for (let i = 0; i < b.length; i++) {
    const v = Math.max(-1, Math.min(1, b[i] as number));
    data.writeInt16LE(Math.round(v * 32767), i * 2);
  }
  const h = Buffer.alloc(44);
  h.write('RIFF', 0, 'ascii');
  h.writeUInt32LE(36 + data.length, 4);
  h.write('WAVE', 8, 'ascii');
  h.write('fmt ', 12, 'ascii');
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20); // PCM
  h.writeUInt16LE(1, 22); // mono
  h.writeUInt32LE(SR, 24);
  h.writeUInt32LE(SR * 2, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36, 'ascii');
  h.writeUInt32LE(data.length, 40);
  return Buffer.concat([h, data]);
}

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error) throw new Error(`${cmd} not found (apt-get install vorbis-tools lame): ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stderr}`);
}

interface SoundSpec {
  key: string;
  render: () => Buf;
  loop: boolean;
  /** Target loudness (dBFS, see loudness()). */
  target: number;
  /** Default playback volume written to audio.json. */
  volume: number;
  ogg: number; // oggenc quality
  mp3: number; // lame CBR kbps
}

const SOUNDS: SoundSpec[] = [
  { key: 'music-calm', render: musicCalm, loop: true, target: -26, volume: 0.6, ogg: 2, mp3: 64 },
  { key: 'music-tense', render: musicTense, loop: true, target: -26, volume: 0.6, ogg: 2, mp3: 64 },
  { key: 'cue-card', render: cueCard, loop: false, target: -20, volume: 0.7, ogg: 3, mp3: 64 },
  { key: 'cue-event', render: cueEvent, loop: false, target: -18, volume: 0.8, ogg: 3, mp3: 64 },
  { key: 'cue-leak', render: cueLeak, loop: false, target: -17, volume: 0.8, ogg: 3, mp3: 64 },
  { key: 'cue-summit', render: cueSummit, loop: false, target: -17, volume: 0.8, ogg: 3, mp3: 64 },
  { key: 'cue-crisis', render: cueCrisis, loop: false, target: -17, volume: 0.8, ogg: 3, mp3: 64 },
  { key: 'cue-ending', render: cueEnding, loop: false, target: -17, volume: 0.8, ogg: 3, mp3: 64 },
  { key: 'cue-ui', render: cueUi, loop: false, target: -22, volume: 0.5, ogg: 3, mp3: 64 },
];

function main(): void {
  const keep = process.argv.includes('--keep');
  const tmp = mkdtempSync(join(tmpdir(), 'quiet-channel-audio-'));
  mkdirSync(OUT_DIR, { recursive: true });
  const manifest: { sounds: Record<string, { files: string[]; loop: boolean; volume: number; duration: number }> } = {
    sounds: {},
  };
  let total = 0;
  SOUNDS.forEach((s, idx) => {
    const b = s.render();
    const lv = normalize(b, s.target, s.loop ? null : 0.2);
    const wavPath = join(tmp, `${s.key}.wav`);
    writeFileSync(wavPath, wav(b));
    const ogg = join(OUT_DIR, `${s.key}.ogg`);
    const mp3 = join(OUT_DIR, `${s.key}.mp3`);
    // Fixed stream serial and no date comments: reruns give identical files.
    run('oggenc', ['--quiet', '-q', String(s.ogg), '--serial', String(1000 + idx), '-o', ogg, wavPath]);
    run('lame', ['--quiet', '--noreplaygain', '-m', 'm', '-b', String(s.mp3), wavPath, mp3]);
    const so = statSync(ogg).size;
    const sm = statSync(mp3).size;
    total += so + sm;
    manifest.sounds[s.key] = {
      files: [`audio/${s.key}.ogg`, `audio/${s.key}.mp3`],
      loop: s.loop,
      volume: s.volume,
      duration: Math.round((b.length / SR) * 1000) / 1000,
    };
    console.log(
      `${s.key.padEnd(12)} ${(b.length / SR).toFixed(2).padStart(6)} s  loud ${lv.loudDb.toFixed(1)} dB  peak ${lv.peakDb.toFixed(1)} dB  ` +
        `ogg ${(so / 1024).toFixed(1)} KB  mp3 ${(sm / 1024).toFixed(1)} KB`,
    );
  });
  writeFileSync(join(OUT_DIR, 'audio.json'), JSON.stringify(manifest, null, 2) + '\n');
  console.log(`total ${(total / 1024).toFixed(1)} KB in ${OUT_DIR}`);
  if (keep) console.log(`WAVs kept in ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}

main();
