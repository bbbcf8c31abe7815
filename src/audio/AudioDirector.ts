/**
 * All sound, through Howler (Phaser's audio is off). Two music loops on one chord grid play in
 * sync and crossfade with regional tension; short cues mark cards, events, leaks, summits, crises
 * and the ending. Nothing is created or played before the first user gesture, and every failure
 * (no audio device, blocked autoplay, missing files) leaves the game silent but working.
 */
import { Howl, Howler } from 'howler';

export interface AudioManifest {
  sounds: Record<string, { files: string[]; loop: boolean; volume: number; duration: number }>;
}

export interface AudioLevels {
  musicVolume: number;
  sfxVolume: number;
  muted: boolean;
}

export const CUE_SOUNDS: Readonly<Record<string, string>> = Object.freeze({
  card: 'cue-card',
  event: 'cue-event',
  leak: 'cue-leak',
  summit: 'cue-summit',
  crisis: 'cue-crisis',
  ending: 'cue-ending',
  ui: 'cue-ui',
});

const MUSIC = ['music-calm', 'music-tense'] as const;
const FADE_MS = 1800;

/** Share of the tense loop in the mix: none below 35, all above 80. */
export function tenseShare(tension: number): number {
  const k = (tension - 35) / 45;
  const c = Math.min(1, Math.max(0, k));
  return c * c * (3 - 2 * c);
}

export class AudioDirector {
  private manifest: AudioManifest | null = null;
  private howls = new Map<string, Howl>();
  private unlocked = false;
  private failed = false;
  private tension = 50;
  private levels: AudioLevels;
  private musicIds = new Map<string, number>();
  private lastCueAt = new Map<string, number>();

  constructor(
    levels: AudioLevels,
    private readonly baseUrl = './',
  ) {
    this.levels = { ...levels };
  }

  get isUnlocked(): boolean {
    return this.unlocked;
  }

  get isAvailable(): boolean {
    return !this.failed;
  }

  /** For the automation contract: whether sound has started and how many sounds are ready. */
  status(): { unlocked: boolean; available: boolean; loaded: number; muted: boolean; tenseShare: number } {
    let loaded = 0;
    for (const h of this.howls.values()) if (h.state() === 'loaded') loaded++;
    return {
      unlocked: this.unlocked,
      available: !this.failed,
      loaded,
      muted: this.levels.muted,
      tenseShare: Math.round(tenseShare(this.tension) * 100) / 100,
    };
  }

  setManifest(m: unknown): void {
    if (m && typeof m === 'object' && 'sounds' in m) this.manifest = m as AudioManifest;
    if (this.unlocked && this.howls.size === 0) this.createSounds();
  }

  /** Call from a user gesture (pointer or key): the first call starts audio. */
  unlock(): void {
    if (this.unlocked) return;
    this.unlocked = true;
    try {
      Howler.autoUnlock = true;
      Howler.mute(this.levels.muted);
      this.createSounds();
    } catch {
      this.failed = true;
    }
  }

  private createSounds(): void {
    if (!this.manifest || this.howls.size > 0) return;
    for (const [key, def] of Object.entries(this.manifest.sounds)) {
      try {
        const howl = new Howl({
          src: def.files.map((f) => this.baseUrl + f),
          loop: def.loop,
          volume: 0,
          preload: true,
          html5: false,
          onloaderror: () => {
            this.howls.delete(key);
          },
          onplayerror: () => {
            /* blocked or no device: stay silent */
          },
        });
        this.howls.set(key, howl);
      } catch {
        this.failed = true;
      }
    }
    this.startMusic();
  }

  private musicTarget(key: string): number {
    const base = this.manifest?.sounds[key]?.volume ?? 0.6;
    const share = tenseShare(this.tension);
    const part = key === 'music-tense' ? share : 1 - share;
    return base * this.levels.musicVolume * part;
  }

  private startMusic(): void {
    for (const key of MUSIC) {
      const h = this.howls.get(key);
      if (!h || this.musicIds.has(key)) continue;
      try {
        const id = h.play();
        this.musicIds.set(key, id);
        h.volume(0, id);
        h.fade(0, this.musicTarget(key), FADE_MS, id);
      } catch {
        /* silent */
      }
    }
  }

  private refreshMusic(fadeMs = FADE_MS): void {
    for (const key of MUSIC) {
      const h = this.howls.get(key);
      const id = this.musicIds.get(key);
      if (!h || id === undefined) continue;
      try {
        const from = h.volume(id) as number;
        h.fade(typeof from === 'number' ? from : 0, this.musicTarget(key), fadeMs, id);
      } catch {
        /* silent */
      }
    }
  }

  setTension(t: number): void {
    if (Math.abs(t - this.tension) < 0.5) return;
    this.tension = t;
    this.refreshMusic();
  }

  setLevels(levels: AudioLevels): void {
    const musicChanged = levels.musicVolume !== this.levels.musicVolume;
    this.levels = { ...levels };
    try {
      Howler.mute(levels.muted);
    } catch {
      /* silent */
    }
    if (musicChanged) this.refreshMusic(150);
  }

  /** Plays a cue by its game name (`card`, `leak`…). Dropped before the first gesture, when muted or when unavailable. */
  cue(name: string): void {
    if (!this.unlocked || this.levels.muted) return;
    const key = CUE_SOUNDS[name];
    const h = key ? this.howls.get(key) : undefined;
    if (!h || !key) return;
    const now = performance.now();
    // Don't stack the same cue within 120 ms (keyboard repeat, double clicks).
    if (now - (this.lastCueAt.get(key) ?? -1e9) < 120) return;
    this.lastCueAt.set(key, now);
    try {
      const id = h.play();
      h.volume((this.manifest?.sounds[key]?.volume ?? 0.8) * this.levels.sfxVolume, id);
    } catch {
      /* silent */
    }
  }

  dispose(): void {
    for (const h of this.howls.values()) h.unload();
    this.howls.clear();
    this.musicIds.clear();
  }
}
