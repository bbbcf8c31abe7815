/**
 * Hot-seat hand-off: a full screen between two seats' turns that shows nothing of either desk,
 * only whose turn it is, until that team confirms (target `continue`).
 */
import * as T from '../../app/text';
import { SEATS, type Seat } from '../../model/types';
import { BaseScene } from '../BaseScene';
import { routeAfterHandOff } from '../hotseat/flow';
import { SceneKeys } from '../keys';
import { Css, SEAT_COLORS, SEAT_CSS } from '../theme';
import { fitText } from '../widgets/text';

export class HandOffScene extends BaseScene {
  private seat: Seat = 'us';

  constructor() {
    super(SceneKeys.HandOff);
  }

  protected override restartData(): Record<string, unknown> {
    return { seat: this.seat };
  }

  protected build(data: Record<string, unknown>): void {
    const view = this.session.view();
    if (!view) {
      this.go(SceneKeys.Title);
      return;
    }
    this.seat = SEATS.includes(data.seat as Seat) ? (data.seat as Seat) : (this.session.client?.seat ?? 'us');
    const name = T.seatName(this.lang, this.seat);
    this.backdrop();
    const g = this.add.graphics();
    g.fillStyle(SEAT_COLORS[this.seat], 1);
    g.fillCircle(640, 196, 34);
    this.text(640, 262, this.t('ui.handoff.kicker'), {
      size: 15,
      bold: true,
      color: Css.accent,
      letterSpacing: 3,
      align: 'center',
    }).setOrigin(0.5, 0);
    const title = this.text(640, 296, this.t('ui.handoff.title', { seat: name }), {
      size: 40,
      bold: true,
      color: SEAT_CSS[this.seat],
      align: 'center',
    }).setOrigin(0.5, 0);
    fitText(title, 1100, 60, 22);
    const body = this.text(640, 368, this.t('ui.handoff.body', { seat: name }), {
      size: 17,
      color: Css.inkMuted,
      align: 'center',
      wrap: 760,
    }).setOrigin(0.5, 0);
    fitText(body, 760, 80, 12);
    this.button('continue', 640 - 220, 480, 440, 64, this.t('ui.handoff.confirm', { seat: name }), () => this.confirm(), {
      variant: 'primary',
    });
    this.focus.focusId('continue');
    this.session.announce(this.t('ui.handoff.title', { seat: name }), true);
  }

  private confirm(): void {
    const r = routeAfterHandOff(this.session);
    this.go(r.key, r.data);
  }

  override onEscape(): void {}
}
