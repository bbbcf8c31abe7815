/**
 * A question that needs an answer: its options are `choice.<id>` targets. The caller passes the
 * question, the options and a callback key; the answer is delivered through the registry.
 */
import type { BaseScene } from '../BaseScene';
import { SceneKeys } from '../keys';
import { Css, DESIGN_HEIGHT } from '../theme';
import { fitText } from '../widgets/text';
import { OverlayScene } from './OverlayScene';

export interface DialogRequest {
  title: string;
  body: string;
  choices: { id: string; label: string; primary?: boolean }[];
  onChoice: (id: string) => void;
  /** A wider panel, for reading (a whole news story); its title may wrap. */
  wide?: boolean;
}

let pending: DialogRequest | null = null;

export function setDialog(req: DialogRequest): void {
  pending = req;
}

/** Opens a text to read over `scene`, in the wide dialog with one Close (a whole news story, a month's headlines). */
export function openReading(scene: BaseScene, title: string, body: string): void {
  setDialog({ title, body, choices: [{ id: 'close', label: scene.t('ui.common.close'), primary: true }], onChoice: () => {}, wide: true });
  scene.openOverlay(SceneKeys.Dialog);
}

export class DialogScene extends OverlayScene {
  private req: DialogRequest | null = null;

  constructor() {
    super(SceneKeys.Dialog);
  }

  protected build(data: Record<string, unknown>): void {
    this.req = pending;
    const req = this.req;
    if (!req) {
      this.closeOverlay();
      return;
    }
    // The panel grows with its text, up to the screen's height less a margin.
    const w = req.wide ? 760 : 560;
    const titleWrap = req.wide ? w - 56 : undefined;
    const bodyStyle = { size: 17, wrap: w - 56, lineSpacing: 3, color: Css.ink };
    const rule = this.ruleBelow(req.title, titleWrap);
    const room = DESIGN_HEIGHT - 48 - (rule + 24) - (24 + 48 + 24);
    const bodyH = Math.min(room, this.measure(req.body, bodyStyle));
    const h = Math.max(280, rule + 24 + bodyH + 24 + 48 + 24);
    const top = this.frame(data, w, h, req.title, titleWrap);
    const body = this.text(this.px + 28, top + 24, req.body, bodyStyle);
    fitText(body, w - 56, room, 13);
    this.session.announce(`${req.title}. ${req.body}`);
    const bw = 160;
    this.choiceRow(req.choices, bw, (id) => this.answer(id));
  }

  protected override onLanguageChanged(): void {
    /* a dialog keeps its texts; it is short-lived */
  }

  private answer(id: string): void {
    const req = this.req;
    pending = null;
    this.closeOverlay();
    req?.onChoice(id);
  }

  override onEscape(): void {
    const cancel = this.req?.choices.find((c) => !c.primary);
    this.answer(cancel?.id ?? 'cancel');
  }
}
