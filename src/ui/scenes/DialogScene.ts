/**
 * A question that needs an answer: its options are `choice.<id>` targets. The caller passes the
 * question, the options and a callback key; the answer is delivered through the registry.
 */
import { SceneKeys } from '../keys';
import { Css } from '../theme';
import { OverlayScene } from './OverlayScene';

export interface DialogRequest {
  title: string;
  body: string;
  choices: { id: string; label: string; primary?: boolean }[];
  onChoice: (id: string) => void;
}

let pending: DialogRequest | null = null;

export function setDialog(req: DialogRequest): void {
  pending = req;
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
    this.frame(data, 560, 280, req.title);
    this.text(this.px + 28, this.py + 88, req.body, { size: 17, wrap: 504, lineSpacing: 3, color: Css.ink });
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
