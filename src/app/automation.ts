/**
 * `window.quietChannel`: the automation contract used by the browser tests, the benchmark and
 * classroom tooling (docs/automation.md). The UI layer registers a provider for what is on screen;
 * this module turns it into the documented shape.
 */
import { INDICATOR_IDS, type Indicators } from '../model/types';
import type { LanguageId } from './settings';
import type { Session } from './session';
import type { SavesAutomation } from './saves/automation';
import { netPlay, type CourseStatus } from './net';
import type { LabRunResult } from './labPool';
import { turningFinder } from './turning';
import { letterRow } from './screens/letters';
import type { TurningRunResult } from './turningPool';

/** Options of `quietChannel.turning.run` (docs/automation.md). */
export interface TurningAutomationOptions {
  futures?: number;
  workers?: number;
  seats?: ('us' | 'dprk' | 'rok')[];
  turns?: number[];
  bot?: string;
  /** Screen first (default: the screens' `{ screen: 10, keep: 3 }`); null plays every future of every alternative. */
  screening?: { screen: number; keep: number } | null;
}

export interface Target {
  id: string;
  label: string;
  enabled: boolean;
  /** Top-left corner and size in page CSS pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface AutomationState {
  scene: string;
  turn: number | null;
  seat: string | null;
  ending: string | null;
  indicators: Indicators | null;
  language: LanguageId;
}

export interface ScreenProvider {
  scene(): string;
  targets(): Target[];
  /** Frames drawn so far (Phaser's game.loop.frame), for frame-rate measurements. */
  frame(): number;
  /** Id of the control with keyboard focus, if any. */
  focused(): string | null;
}

export interface QuietChannelApi extends SavesAutomation {
  ready: boolean;
  /** Milliseconds from navigation start until the title screen was interactive. */
  readyAt: number | null;
  version: string;
  state(): AutomationState;
  targets(): Target[];
  /** The target with this id, if on screen. */
  target(id: string): Target | null;
  frame(): number;
  /** Id of the control that has keyboard focus (Tab/arrow keys move it; Enter/Space acts). */
  focused(): string | null;
  /** Number of games started in this page (for the heap benchmark). */
  gamesStarted(): number;
  /**
   * Every move so far as the seat on screen sees it (another seat's unrevealed secret move has
   * `move: null`): lets tests check that nothing leaks between seats in a hot-seat game.
   */
  moves(): { turn: number; seat: string; move: string | null; secret: boolean; revealedOn: number | null }[];
  /** The letters the seat on screen may read (`view.letters`): its own, those to it, public and leaked ones. */
  letters(): { id: number; turn: number; from: string; to: string; line: string; text: string; leakedOn: number | null }[];
  /** Sound: started (after the first gesture), available, sounds loaded, muted, share of the tense loop. */
  audio(): { unlocked: boolean; available: boolean; loaded: number; muted: boolean; tenseShare: number };
  /**
   * Network mode (index.html#net=CODE): the connection, the session's status, the month's time
   * left as the status chip counts it, a move on its way, the last refusal; null when this page
   * plays locally.
   */
  net(): {
    connection: string;
    status: string | null;
    remainingMs: number | null;
    sending: boolean;
    error: string;
    /** A session played over days: the deadline, a sealed move that may change, the memo request. */
    course: CourseStatus;
  } | null;
  /**
   * The what-if lab, headless: runs a lab spec (plain JSON) on Web Workers and gives the same JSON
   * as `npm run lab -- SPEC --json` (plus `cancelled`). Loaded on first use, so the title's first
   * load does not carry it. Without `workers`: every core, but one fewer beside a game being played.
   */
  lab: { run(spec: unknown, workers?: number): Promise<LabRunResult> };
  /**
   * Counterfactual turning points of the game on screen (the ending's game, else the viewer's), on
   * the lab's Web Workers; the ending screen's panel and the replay overlay show the same search.
   */
  turning: {
    run(o?: TurningAutomationOptions): Promise<TurningRunResult>;
    status(): { kind: string; done: number; total: number };
    cancel(): void;
  };
}

declare global {
  interface Window {
    quietChannel?: QuietChannelApi;
  }
}

/** The scenes of a game being played: a lab run beside them leaves one core to the page. */
const LIVE_SCENES: ReadonlySet<string> = new Set(['Board', 'Resolution', 'Table', 'Letters', 'Memo', 'Dialog', 'HandOff', 'Briefing']);

export function installAutomation(session: Session, getProvider: () => ScreenProvider | null, saves: SavesAutomation): QuietChannelApi {
  // The viewer's game on the replay screens, else the game just played (the ending's).
  const turningSave = () => {
    const scene = getProvider()?.scene();
    return scene === 'Replay' || scene === 'Turning' ? (session.saves.replay?.timeline.save ?? null) : session.currentSave();
  };
  const api: QuietChannelApi = {
    ready: false,
    readyAt: null,
    version: '1',
    state() {
      const view = session.view();
      const p = getProvider();
      return {
        scene: p?.scene() ?? 'Boot',
        turn: view ? view.turn : null,
        seat: view && view.seat !== 'all' ? view.seat : null,
        ending: view ? view.ending : null,
        indicators: view ? (Object.fromEntries(INDICATOR_IDS.map((id) => [id, view.indicators[id]])) as Indicators) : null,
        language: session.lang,
      };
    },
    targets: () => getProvider()?.targets() ?? [],
    target: (id) =>
      getProvider()
        ?.targets()
        .find((t) => t.id === id) ?? null,
    frame: () => getProvider()?.frame() ?? 0,
    focused: () => getProvider()?.focused() ?? null,
    gamesStarted: () => session.gamesStarted,
    moves: () =>
      (session.view()?.moves ?? []).map((m) => ({
        turn: m.turn,
        seat: m.seat,
        move: m.move,
        secret: m.secret,
        revealedOn: m.revealedOn ?? null,
      })),
    letters: () => (session.view()?.letters ?? []).map(letterRow),
    audio: () => ({ unlocked: false, available: false, loaded: 0, muted: session.settings.get().muted, tenseShare: 0 }),
    net() {
      const net = netPlay();
      const s = net?.status();
      return net && s
        ? {
            connection: s.connection,
            status: s.session?.status ?? null,
            remainingMs: s.remainingMs,
            sending: s.sending,
            error: s.error,
            course: net.course(),
          }
        : null;
    },
    // Beside a game being played, a lab leaves one core to the page (labPool.ts `backgroundCores`).
    lab: {
      run: (spec, workers) =>
        import('./labPool').then((m) =>
          m.runLabJson(spec, workers ?? (LIVE_SCENES.has(getProvider()?.scene() ?? '') ? m.backgroundCores() : undefined)),
        ),
    },
    turning: {
      run(o = {}) {
        const save = turningSave();
        if (!save) return Promise.reject(new Error('there is no game on screen to examine'));
        return turningFinder.start(save, o);
      },
      status() {
        const s = turningFinder.status(turningSave());
        return { kind: s.kind, done: s.kind === 'running' ? s.done : 0, total: s.kind === 'running' ? s.total : 0 };
      },
      cancel: () => turningFinder.cancel(),
    },
    ...saves,
  };
  window.quietChannel = api;
  return api;
}
