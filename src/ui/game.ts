/** The Phaser game: a resizing canvas, WebGL, no Phaser audio (Howler owns sound), our scenes. */
import Phaser from 'phaser';
import { installKeyRouter } from './keyboard';
import { provideServices, type UiServices } from './services';
import { BootScene } from './scenes/BootScene';
import { PreloaderScene } from './scenes/PreloaderScene';
import { TitleScene } from './scenes/TitleScene';
import { SettingsScene } from './scenes/SettingsScene';
import { CreditsScene } from './scenes/CreditsScene';
import { TurningScene } from './scenes/TurningScene';
import { BriefingScene } from './scenes/BriefingScene';
import { SetupScene } from './scenes/SetupScene';
import { BoardScene } from './scenes/BoardScene';
import { ResolutionScene } from './scenes/ResolutionScene';
import { EndingScene } from './scenes/EndingScene';
import { DialogScene } from './scenes/DialogScene';
import { SavesScene } from './scenes/SavesScene';
import { ReplayScene } from './scenes/ReplayScene';
import { NoticeScene } from './scenes/NoticeScene';
import { HandOffScene } from './scenes/HandOffScene';
import { NetScene } from './scenes/NetScene';
import { TableScene } from './scenes/TableScene';
import { LettersScene } from './scenes/LettersScene';
import { MemoScene } from './scenes/MemoScene';
import { ReplayLettersScene } from './scenes/ReplayLettersScene';
import { Colors, css } from './theme';
import { screenTargets, topScreen } from './BaseScene';
import type { ScreenProvider } from '../app/automation';

/** Shared by the game and the empty benchmark baseline, so both are measured with the same setup. */
/**
 * Device pixels per CSS pixel, capped at 2: the canvas is backed at device resolution and shown at
 * CSS size (Phaser's NONE scale mode with zoom 1/dpr), so text and lines stay sharp on HiDPI
 * laptops and projectors alike. Scenes fit the 1280×720 design space with their camera zoom.
 */
const DPR = Math.min(2, Math.max(1, window.devicePixelRatio || 1));

function deviceSize(parent: HTMLElement): { width: number; height: number } {
  return {
    width: Math.max(320, Math.round((parent.clientWidth || window.innerWidth) * DPR)),
    height: Math.max(200, Math.round((parent.clientHeight || window.innerHeight) * DPR)),
  };
}

/** Keeps the canvas the size of its parent (in device pixels) as the window changes. */
function trackSize(game: Phaser.Game, parent: HTMLElement): void {
  const onResize = () => {
    const { width, height } = deviceSize(parent);
    if (width !== game.scale.width || height !== game.scale.height) game.scale.resize(width, height);
  };
  window.addEventListener('resize', onResize);
  game.events.once(Phaser.Core.Events.DESTROY, () => window.removeEventListener('resize', onResize));
}

function baseConfig(parent: HTMLElement): Phaser.Types.Core.GameConfig {
  const size = deviceSize(parent);
  return {
    // Canvas, not WebGL: the board is many small flat layers (panels, text, vector lines), which the
    // 2D canvas draws far faster than WebGL does on software GL (SwiftShader in CI, school PCs without
    // GPU drivers); on real GPUs both are hardware accelerated.
    type: Phaser.CANVAS,
    parent,
    backgroundColor: css(Colors.bg),
    banner: false,
    scale: { mode: Phaser.Scale.NONE, width: size.width, height: size.height, zoom: 1 / DPR },
    audio: { noAudio: true },
    input: { keyboard: false, gamepad: false, activePointers: 2 },
    render: { antialias: true, roundPixels: false, powerPreference: 'high-performance' },
    disableContextMenu: true,
  };
}

class EmptyScene extends Phaser.Scene {
  constructor(private readonly onReady: () => void) {
    super('Empty');
  }
  create(): void {
    this.onReady();
  }
}

/** An empty scene with the game's own configuration: the frame-rate baseline for bench/web.ts. */
export function startEmptyGame(parent: HTMLElement, onReady: () => void): { game: Phaser.Game; provider: ScreenProvider } {
  const game = new Phaser.Game({ ...baseConfig(parent), scene: [new EmptyScene(onReady)] });
  trackSize(game, parent);
  return { game, provider: { scene: () => 'Empty', targets: () => [], frame: () => game.loop.frame, focused: () => null } };
}

export function startGame(parent: HTMLElement, s: UiServices): { game: Phaser.Game; provider: ScreenProvider } {
  provideServices(s);
  const game = new Phaser.Game({
    ...baseConfig(parent),
    scene: [
      BootScene,
      PreloaderScene,
      TitleScene,
      BriefingScene,
      SetupScene,
      BoardScene,
      ResolutionScene,
      EndingScene,
      HandOffScene,
      NetScene,
      SavesScene,
      ReplayScene,
      SettingsScene,
      CreditsScene,
      TableScene,
      LettersScene,
      MemoScene,
      DialogScene,
      NoticeScene,
      TurningScene,
      ReplayLettersScene,
    ],
  });
  trackSize(game, parent);
  const offKeys = installKeyRouter();
  game.events.once(Phaser.Core.Events.DESTROY, offKeys);
  const provider: ScreenProvider = {
    scene: () => topScreen()?.screenKey ?? 'Boot',
    targets: () => screenTargets(),
    frame: () => game.loop.frame,
    focused: () => topScreen()?.focus.focused()?.id ?? null,
  };
  return { game, provider };
}
