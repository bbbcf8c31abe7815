/** Title: new game, continue (when a save exists), settings, language and credits. */
import { LANGUAGE_IDS, type LanguageId } from '../../app/settings';
import { BaseScene } from '../BaseScene';
import { AssetKeys, SceneKeys } from '../keys';
import { switchLanguage } from '../language';
import { services } from '../services';
import { MapView } from '../board/MapView';
import { isMapData, type MapData } from '../board/mapData';
import { Colors, Css } from '../theme';
import { fitText } from '../widgets/text';
import { StorageBanner } from '../widgets/StorageBanner';
import { storageWarning } from '../../app/saves/viewModels';
import { openLinkPayload, takePendingLink } from '../saves/flows';
import { routeAfterResume } from '../hotseat/flow';

const MAP_X = 430;
const MAP_Y = 20;
const MAP_W = 900;

const LANGUAGE_LABELS: Record<LanguageId, string> = { en: 'English', de: 'Deutsch', ko: '한국어' };

export class TitleScene extends BaseScene {
  constructor() {
    super(SceneKeys.Title);
  }

  protected build(): void {
    const data: unknown = this.cache.json.get(AssetKeys.Map);
    if (isMapData(data)) {
      const map = new MapView(this, MAP_X, MAP_Y, MAP_W, data, { decorative: true });
      map.setAlpha(0.9);
    }
    if (isMapData(data)) this.drawChannelMotif(data);

    const left = 96;
    this.text(left, 92, this.t('ui.title.kicker'), { size: 15, color: Css.accent, bold: true, letterSpacing: 3 });
    const title = this.text(left - 3, 116, 'QUIET CHANNEL', { size: 64, bold: true, letterSpacing: 6 });
    fitText(title, 620, 90, 40);
    this.text(left, 214, this.t('ui.title.tagline'), { size: 20, color: Css.inkMuted, wrap: 560, lineSpacing: 4 });

    const s = this.session;
    let y = 318;
    const w = 320;
    const h = 54;
    const hasSave = s.hasSave();
    if (hasSave) {
      this.button('title.continue', left, y, w, h, this.t('ui.title.continue'), () => this.continueGame(), {
        variant: 'primary',
        sub: this.t('ui.title.continueSub'),
      });
      y += h + 14;
      this.button('title.new', left, y, w, h, this.t('ui.title.new'), () => this.go(SceneKeys.Briefing));
    } else {
      this.button('title.new', left, y, w, h, this.t('ui.title.new'), () => this.go(SceneKeys.Briefing), { variant: 'primary' });
    }
    y += h + 14;
    const half = (w - 12) / 2;
    this.button('title.load', left, y, half, 46, this.t('ui.title.load'), () => this.go(SceneKeys.Saves, { from: SceneKeys.Title }));
    // The what-if lab is a page of its own, loaded only when asked for (the title's first load stays small).
    this.button('title.lab', left + half + 12, y, half, 46, this.t('ui.title.lab'), () =>
      window.location.assign('src/classroom/pages/lab.html'),
    );
    y += 46 + 12;
    this.button('title.settings', left, y, half, 46, this.t('ui.title.settings'), () => this.openOverlay(SceneKeys.Settings));
    this.button('title.credits', left + half + 12, y, half, 46, this.t('ui.title.credits'), () => this.openOverlay(SceneKeys.Credits));
    const warning = storageWarning(this.lang, s.saves.status.problem);
    if (warning) new StorageBanner(this, left, 22, 620, warning, this.t('ui.storage.title'), null, undefined, 52);
    // Continue appears once the saved games are read; the screen counts as ready from then on.
    const off = s.saves.subscribe((what) => {
      if (
        (what === 'list' || what === 'status') &&
        (s.hasSave() !== hasSave || storageWarning(this.lang, s.saves.status.problem) !== warning || !this.readied)
      )
        this.scene.restart();
    });
    this.cleanup(off);

    // Languages
    const ly = 622;
    this.text(left, ly - 26, this.t('ui.title.language'), { size: 14, color: Css.inkMuted, bold: true });
    LANGUAGE_IDS.forEach((lang, i) => {
      this.button(`title.language.${lang}`, left + i * 124, ly, 112, 42, LANGUAGE_LABELS[lang], () => void switchLanguage(lang), {
        toggle: true,
        selected: s.lang === lang,
        group: 'lang',
        size: 16,
        korean: lang === 'ko',
      });
    });
    const footer = this.text(1240, 700, this.t('ui.title.footer'), { size: 13, color: Css.inkFaint, align: 'right' }).setOrigin(1, 1);
    fitText(footer, 1140, 20, 10);

    this.focus.focusId(hasSave ? 'title.continue' : 'title.new');
    this.session.announce(this.t('ui.announce.title'));
    this.readied = s.saves.isLoaded;
    if (!this.readied) return;
    services().setReady();
    const link = takePendingLink();
    if (link !== null) openLinkPayload(link);
  }

  private readied = false;

  private drawChannelMotif(data: MapData): void {
    // Washington, Pyongyang and Seoul joined by thin lines: the channel.
    const k = MAP_W / data.width;
    const at = (id: string) => {
      const c = data.cities.find((x) => x.id === id);
      return { x: MAP_X + (c?.x ?? 0) * k, y: MAP_Y + (c?.y ?? 0) * k };
    };
    const w = data.washingtonInset;
    const dc = { x: MAP_X + (w.x + w.w / 2) * k, y: MAP_Y + (w.y + w.h / 2) * k };
    const py = at('pyongyang');
    const se = at('seoul');
    const g = this.add.graphics();
    g.lineStyle(2, Colors.us, 0.55);
    g.lineBetween(dc.x, dc.y, py.x, py.y);
    g.lineStyle(1.5, Colors.rok, 0.45);
    g.lineBetween(dc.x, dc.y, se.x, se.y);
    for (const [p, c] of [
      [dc, Colors.us],
      [py, Colors.dprk],
      [se, Colors.rok],
    ] as const) {
      g.fillStyle(c, 0.95);
      g.fillCircle(p.x, p.y, 5.5);
    }
    const ring = this.add.graphics();
    const t = { v: 0 };
    this.tweens.add({
      targets: t,
      v: 1,
      duration: 2600,
      repeat: -1,
      onUpdate: () => {
        ring.clear();
        ring.lineStyle(2, Colors.accent, 0.6 * (1 - t.v));
        ring.strokeCircle(py.x, py.y, 8 + 40 * t.v);
      },
    });
  }

  private continueGame(): void {
    void this.session.continueGame().then((r) => {
      if (!this.sys.isActive()) return;
      if (!r.ok) return this.scene.restart();
      const route = routeAfterResume(this.session);
      this.go(route.key, route.data);
    });
  }

  override onEscape(): void {}
}
