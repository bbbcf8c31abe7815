/**
 * The replay viewer's counterfactual turning points (an overlay): the game in the viewer, each of
 * the people's moves swapped for every other card they had and played on into many futures on the
 * lab's Web Workers; the strongest moves with their intervals. The search goes on if the overlay
 * closes, and its result shows again when it reopens.
 */
import { turningText } from '../../i18n/ui/turning';
import { SceneKeys } from '../keys';
import { TurningPanel } from '../widgets/TurningPanel';
import { OverlayScene } from './OverlayScene';

export class TurningScene extends OverlayScene {
  constructor() {
    super(SceneKeys.Turning);
  }

  private underKey: unknown = null;

  protected override restartData(): Record<string, unknown> {
    return { under: this.underKey };
  }

  protected build(data: Record<string, unknown>): void {
    this.underKey = data.under;
    this.frame(data, 1000, 600, turningText(this.lang, 'turning.title'));
    const save = this.session.saves.replay?.timeline.save ?? this.session.currentSave();
    new TurningPanel(this, {
      id: 'turning.run',
      ...{ x: this.px + 10, y: this.py + 86, w: this.pw - 20, h: this.ph - 86 - 84, top: 4 },
      inset: true,
      save: () => save,
      button: { x: this.px + 28, y: this.py + this.ph - 24 - 46, w: 280, h: 46 },
    });
    this.closeButton('turning.close');
    this.focus.focusId('turning.run');
  }
}
