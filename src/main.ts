/**
 * Entry point: wires the app layer (session, settings), the audio director and the Phaser UI
 * together, and installs the automation contract (`window.quietChannel`).
 */
import { installAutomation, type ScreenProvider } from './app/automation';
import { session } from './app/session';
import { AudioDirector } from './audio/AudioDirector';
import { startEmptyGame, startGame } from './ui/game';

const settings = session.settings;
const audio = new AudioDirector({ musicVolume: settings.get().musicVolume, sfxVolume: settings.get().sfxVolume, muted: settings.get().muted });
settings.subscribe((s) => audio.setLevels({ musicVolume: s.musicVolume, sfxVolume: s.sfxVolume, muted: s.muted }));
session.events.on('cue', (c) => audio.cue(c));
session.events.on('tension', (t) => audio.setTension(t));

// Audio starts on the first real gesture, never before.
const unlock = () => {
  audio.unlock();
  window.removeEventListener('pointerdown', unlock, true);
  window.removeEventListener('keydown', unlock, true);
  window.removeEventListener('touchend', unlock, true);
};
window.addEventListener('pointerdown', unlock, true);
window.addEventListener('keydown', unlock, true);
window.addEventListener('touchend', unlock, true);

let provider: ScreenProvider | null = null;
const params = new URLSearchParams(window.location.search);
const api = installAutomation(session, () => provider);
api.audio = () => audio.status();
document.documentElement.lang = settings.get().language;
settings.subscribe((s, changed) => {
  if (changed.includes('language')) document.documentElement.lang = s.language;
});

const parent = document.getElementById('game') as HTMLElement;
// `?bench=empty`: the same Phaser setup with one empty scene, the frame-rate baseline of bench/web.ts.
const started = params.get('bench') === 'empty' ? startEmptyGame(parent, () => {
  api.ready = true;
  api.readyAt = performance.now();
}) : startGame(parent, {
  session,
  onAudioManifest: (m) => audio.setManifest(m),
  toggleMute: () => settings.update({ muted: !settings.get().muted }),
  setReady: () => {
    if (api.ready) return;
    api.ready = true;
    api.readyAt = performance.now();
    document.getElementById('boot-splash')?.remove();
  },
});
provider = started.provider;
