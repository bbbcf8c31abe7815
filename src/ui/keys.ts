/** Scene keys and asset keys: one frozen list each, so a typo is a type error, not a blank screen. */
export const SceneKeys = Object.freeze({
  Boot: 'Boot',
  Preloader: 'Preloader',
  Title: 'Title',
  Settings: 'Settings',
  Credits: 'Credits',
  Briefing: 'Briefing',
  Setup: 'Setup',
  Board: 'Board',
  /** The negotiation table over the board (scenario version 3). */
  Table: 'Table',
  /** Letters between seats, over the board (issue 11). */
  Letters: 'Letters',
  /** A classroom team's position memo, over the board (issue 11, network play). */
  Memo: 'Memo',
  Resolution: 'Resolution',
  Ending: 'Ending',
  Dialog: 'Dialog',
  /** Saved games and the replay viewer (src/ui/saves, ReplayScene, NoticeScene). */
  Saves: 'Saves',
  Replay: 'Replay',
  /** The counterfactual turning points of the game in the viewer (an overlay). */
  Turning: 'Turning',
  /** The letters of the viewer's month, as its perspective read them (an overlay; issue 11). */
  ReplayLetters: 'ReplayLetters',
  Notice: 'Notice',
  /** Hot-seat: between two seats' turns on one device (src/app/hotseat.ts). */
  HandOff: 'HandOff',
  /** Network mode (index.html#net=CODE): connecting to the classroom server. */
  Net: 'Net',
} as const);
export type SceneKey = (typeof SceneKeys)[keyof typeof SceneKeys];

export const AssetKeys = Object.freeze({
  /** Pre-projected Natural Earth map (assets/data/east-asia.json). */
  Map: 'map-east-asia',
  /** Howler's sound list (assets/audio/audio.json); the sounds themselves are loaded by Howler. */
  AudioManifest: 'audio-manifest',
} as const);
export type AssetKey = (typeof AssetKeys)[keyof typeof AssetKeys];
