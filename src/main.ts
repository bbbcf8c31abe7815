/**
 * Entry point: wires the app layer (session, settings), the audio director and the Phaser UI
 * together, and installs the automation contract (`window.quietChannel`).
 */
import { installAutomation, type ScreenProvider } from './app/automation';
import { savesAutomation } from './app/saves/automation';
import { linkPayload } from './app/saves/transfer';
import { session } from './app/session';
import { AudioDirector } from './audio/AudioDirector';
import { startEmptyGame, startGame } from './ui/game';
import { installDropZone } from './ui/saves/browserFiles';
import { importFile, importText, openLinkPayload, setPendingLink } from './ui/saves/flows';
import { netCodeFromHash, storedSeat } from './net/api';
import { setThinker, workerThinker } from './app/thinker';

// Network mode (index.html#net=CODE): a tab that has not joined a seat goes to the join page first.
const netCode = netCodeFromHash(window.location.hash);
if (netCode && !storedSeat(netCode)) window.location.replace(`join.html?code=${encodeURIComponent(netCode)}`);

// The Hard opponent (the strategist) plans in a worker, so the board never waits for it.
if (typeof Worker !== 'undefined')
  setThinker(workerThinker(() => new Worker(new URL('./app/botWorker.ts', import.meta.url), { type: 'module' })));

const settings = session.settings;
const audio = new AudioDirector({
  musicVolume: settings.get().musicVolume,
  sfxVolume: settings.get().sfxVolume,
  muted: settings.get().muted,
});
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
const api = installAutomation(
  session,
  () => provider,
  savesAutomation({
    library: session.saves,
    currentHash: () => session.hash(),
    scene: () => provider?.scene() ?? 'Boot',
    importText: (text) => importText(text),
  }),
);
// The saved games are read while the game loads; the title waits for them (see TitleScene).
void session.loadSaves();
// A shared game in the address (#g=…) opens in the viewer once the title is up, or at once later.
setPendingLink(linkPayload(window.location.hash));
window.addEventListener('hashchange', () => {
  const payload = linkPayload(window.location.hash);
  if (payload !== null && api.ready) openLinkPayload(payload);
});
installDropZone(
  (file) => void importFile(file),
  () => session.lang,
);
// Every accepted move is saved already; this catches anything since (a rename) before the tab goes.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void session.saves.autosave();
});
api.audio = () => audio.status();
document.documentElement.lang = settings.get().language;
settings.subscribe((s, changed) => {
  if (changed.includes('language')) document.documentElement.lang = s.language;
});

const parent = document.getElementById('game') as HTMLElement;
// `?bench=empty`: the same Phaser setup with one empty scene, the frame-rate baseline of bench/web.ts.
const started =
  params.get('bench') === 'empty'
    ? startEmptyGame(parent, () => {
        api.ready = true;
        api.readyAt = performance.now();
      })
    : startGame(parent, {
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
