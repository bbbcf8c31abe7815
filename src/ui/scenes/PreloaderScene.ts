/** Preloader: loads the assets declared in the pack file, with a progress bar. */
import Phaser from 'phaser';
import pack from '../pack.json';
import { AssetKeys, SceneKeys } from '../keys';
import { services } from '../services';
import { Colors, DESIGN_HEIGHT, DESIGN_WIDTH, LATIN_STACK } from '../theme';
import { fitZoom } from '../BaseScene';
import { fontsReady } from './BootScene';
import { netCode } from './NetScene';

export class PreloaderScene extends Phaser.Scene {
  private bar!: Phaser.GameObjects.Graphics;

  constructor() {
    super(SceneKeys.Preloader);
  }

  preload(): void {
    const { width, height } = this.scale.gameSize;
    const cam = this.cameras.main;
    cam.setZoom(fitZoom(width, height));
    cam.centerOn(DESIGN_WIDTH / 2, DESIGN_HEIGHT / 2);
    cam.setBackgroundColor(Colors.bg);
    const cx = DESIGN_WIDTH / 2;
    const cy = DESIGN_HEIGHT / 2;
    this.add
      .text(cx, cy - 40, 'QUIET CHANNEL', {
        fontFamily: LATIN_STACK,
        fontSize: '34px',
        fontStyle: 'bold',
        color: '#e8eef5',
        resolution: Math.max(1, cam.zoom),
      })
      .setOrigin(0.5)
      .setLetterSpacing(8);
    const frame = this.add.graphics();
    frame.lineStyle(2, Colors.panelLine, 1);
    frame.strokeRoundedRect(cx - 202, cy + 8, 404, 16, 8);
    this.bar = this.add.graphics();
    this.load.on(Phaser.Loader.Events.PROGRESS, (p: number) => {
      this.bar.clear();
      this.bar.fillStyle(Colors.accent, 1);
      this.bar.fillRoundedRect(cx - 198, cy + 12, Math.max(8, 396 * p), 8, 4);
    });
    this.load.setBaseURL('');
    this.load.addPack(pack);
  }

  create(): void {
    services().onAudioManifest(this.cache.json.get(AssetKeys.AudioManifest));
    void fontsReady.finally(() => this.scene.start(netCode() ? SceneKeys.Net : SceneKeys.Title));
  }
}
