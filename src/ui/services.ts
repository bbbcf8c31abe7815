/** What the UI needs from outside Phaser, handed in once by main.ts. */
import type { Session } from '../app/session';

export interface UiServices {
  session: Session;
  /** Receives the audio list from the pack once it has loaded. */
  onAudioManifest(manifest: unknown): void;
  /** Flips mute (M key, the speaker button). */
  toggleMute(): void;
  /** Marks the title screen interactive for the automation contract. */
  setReady(): void;
}

let current: UiServices | null = null;

export function provideServices(s: UiServices): void {
  current = s;
}

export function services(): UiServices {
  if (!current) throw new Error('UI services not provided');
  return current;
}
