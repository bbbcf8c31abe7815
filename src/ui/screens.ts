/**
 * Which screens are up. The top one is the one drawn last (overlays are later in the scene list);
 * keys go to it, and the automation contract lists its controls (an overlay blocks the screen
 * below, so those are not clickable).
 */
import type { Target } from '../app/automation';
import type Phaser from 'phaser';
import type { BaseScene } from './BaseScene';

const up = new Set<BaseScene>();

/** Creating or running (Phaser's scene statuses 4 and 5): its controls can be used. */
export function isLive(s: Phaser.Scene): boolean {
  const st = s.sys.settings.status;
  return st === 4 || st === 5;
}

export function pushScreen(s: BaseScene): void {
  up.add(s);
}

export function removeScreen(s: BaseScene): void {
  up.delete(s);
}

export function topScreen(): BaseScene | null {
  let best: BaseScene | null = null;
  let bestIndex = -1;
  for (const s of up) {
    if (!isLive(s)) continue;
    const i = s.sys.game.scene.getIndex(s);
    if (i > bestIndex) {
      best = s;
      bestIndex = i;
    }
  }
  return best;
}

export function screenTargets(): Target[] {
  const top = topScreen();
  return top ? top.targets() : [];
}
