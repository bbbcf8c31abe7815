/**
 * Network mode's first screen (index.html#net=CODE): connects to the classroom server with the
 * seat this tab joined on the join page, then opens the Board. A tab without a seat goes to
 * join.html?code=CODE (main.ts does that before the game starts).
 */
import { forgetSeat, netCodeFromHash } from '../../net/api';
import { startNetPlay } from '../../app/net';
import { BaseScene } from '../BaseScene';
import { SceneKeys } from '../keys';
import { services } from '../services';
import { Css } from '../theme';
import { setTextSafe } from '../widgets/text';

/** The classroom session this page plays in, or null for a local game. */
export function netCode(): string | null {
  return netCodeFromHash(window.location.hash);
}

export function joinPage(code: string): string {
  return `join.html?code=${encodeURIComponent(code)}`;
}

export class NetScene extends BaseScene {
  private started = false;

  constructor() {
    super(SceneKeys.Net);
  }

  protected build(): void {
    const code = netCode() ?? '';
    this.backdrop();
    this.text(640, 250, this.t('ui.net.kicker'), { size: 15, bold: true, color: Css.accent, letterSpacing: 3, align: 'center' }).setOrigin(
      0.5,
      0,
    );
    const status = this.text(640, 290, this.t('ui.net.connecting', { code }), {
      size: 26,
      bold: true,
      align: 'center',
      wrap: 1000,
    }).setOrigin(0.5, 0);
    const link = this.button('net.join', 640 - 160, 420, 320, 50, this.t('ui.net.toJoin'), () => window.location.assign(joinPage(code)));
    link.setVisible(false);
    services().setReady();
    if (this.started) return;
    this.started = true;
    void startNetPlay(window.location.origin, code).then((r) => {
      if (r === null) {
        window.location.replace(joinPage(code));
        return;
      }
      if (!r.ok) {
        if (r.error.includes('403') || /released|refused|seat/i.test(r.error)) forgetSeat(code);
        if (this.sys.isActive()) {
          setTextSafe(status, this.t('ui.net.failed', { error: r.error }));
          link.setVisible(true);
        }
        return;
      }
      this.session.attachRemote(r.value.client);
      this.scene.start(SceneKeys.Board);
    });
  }
}
