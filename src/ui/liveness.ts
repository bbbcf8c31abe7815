/** Whether a scene's controls can be used now; widgets ask this without knowing the screens. */
import type Phaser from 'phaser';

/** Creating or running (Phaser's scene statuses 4 and 5): its controls can be used. */
export function isLive(s: Phaser.Scene): boolean {
  const st = s.sys.settings.status;
  return st === 4 || st === 5;
}
