/** Boot: starts loading the fonts the saved language needs, then hands over to the Preloader. */
import Phaser from 'phaser';
import { SceneKeys } from '../keys';
import { prepareLanguage } from '../language';
import { services } from '../services';

export let fontsReady: Promise<void> = Promise.resolve();

export class BootScene extends Phaser.Scene {
  constructor() {
    super(SceneKeys.Boot);
  }

  create(): void {
    fontsReady = prepareLanguage(services().session.lang);
    this.scene.start(SceneKeys.Preloader);
  }
}
