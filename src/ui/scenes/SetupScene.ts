/**
 * Setup: the person's seat, a bot personality for each other seat, the difficulty (how much of a
 * move's effect the cards preview) and an optional seed for a reproducible game.
 */
import type { BotName } from '../../bots/personalities';
import type { Seat } from '../../model/types';
import { CLASSIC_VERSION } from '../../model/data/scenario';
import type { Difficulty } from '../../app/settings';
import { setupVM, type SetupVM } from '../../app/screens/setup';
import { isHotSeat } from '../../app/hotseat';
import { BaseScene } from '../BaseScene';
import { SceneKeys } from '../keys';
import { Colors, Css, SEAT_COLORS } from '../theme';
import type { Button } from '../widgets/Button';
import { SeatCard } from '../widgets/SeatCard';
import { FieldStop } from '../widgets/FieldStop';
import { setTextSafe } from '../widgets/text';

interface SetupState {
  seat: Seat;
  bots: Record<Seat, BotName>;
  /** The other seats marked "person" (hot-seat on this device). */
  humans: Seat[];
  difficulty: Difficulty;
  /** Play the classic rules (scenario version 2: position cards, no negotiation table). */
  classic: boolean;
  seed: string;
}

export class SetupScene extends BaseScene {
  private st!: SetupState;
  private vm!: SetupVM;
  private seatCards: SeatCard[] = [];
  private botButtons: Button[] = [];
  private diffButtons: Button[] = [];
  private seedInput: HTMLInputElement | null = null;
  private botRows: Phaser.GameObjects.GameObject[] = [];
  private diffDesc!: Phaser.GameObjects.Text;

  constructor() {
    super(SceneKeys.Setup);
  }

  protected override restartData(): Record<string, unknown> {
    this.readSeed();
    return { state: this.st };
  }

  protected build(data: Record<string, unknown>): void {
    const last = this.session.lastSetup;
    this.st = (data.state as SetupState | undefined) ?? {
      seat: last?.seat ?? 'us',
      bots: last?.bots ?? { us: 'dealmaker', dprk: 'dealmaker', rok: 'dealmaker' },
      humans: (last?.humans ?? []).filter((s) => s !== (last?.seat ?? 'us')),
      difficulty: this.session.settings.get().difficulty,
      classic: last?.rules === CLASSIC_VERSION,
      seed: '',
    };
    this.vm = setupVM(this.lang);
    this.seatCards = [];
    this.botButtons = [];
    this.diffButtons = [];
    this.botRows = [];
    this.text(64, 30, this.t('ui.setup.kicker'), { size: 15, bold: true, color: Css.accent, letterSpacing: 3 });
    this.text(64, 52, this.t('ui.setup.title'), { size: 30, bold: true });

    const cw = 370;
    this.vm.seats.forEach(({ seat, name, long, goals }, i) => {
      const card = new SeatCard(this, `seat.${seat}`, 64 + i * (cw + 19), 104, cw, 226, SEAT_COLORS[seat], name, long, goals, () =>
        this.pickSeat(seat),
      );
      card.setSelected(seat === this.st.seat);
      this.seatCards.push(card);
    });

    // Opponents
    this.panel(64, 350, 720, 250, Colors.panel);
    this.text(88, 366, this.t('ui.setup.opponents'), { size: 19, bold: true });
    this.text(88, 392, this.t('ui.setup.opponentsHint'), { size: 14, color: Css.inkMuted, wrap: 672 });
    this.buildBotRows();

    // Difficulty and seed
    this.panel(804, 350, 412, 250, Colors.panel);
    this.text(828, 366, this.t('ui.setup.difficulty'), { size: 19, bold: true });
    this.vm.difficulties.forEach((d, i) => {
      this.diffButtons.push(
        this.button(`difficulty.${d.id}`, 828 + i * 124, 400, 116, 40, d.label, () => this.pickDifficulty(d.id), {
          toggle: true,
          selected: d.id === this.st.difficulty,
          group: 'difficulty',
          size: 15,
        }),
      );
    });
    this.diffDesc = this.text(828, 450, '', { size: 14, color: Css.inkMuted, wrap: 364, lineSpacing: 2 });
    this.updateDifficultyText();
    this.text(828, 512, this.t('ui.setup.seed'), { size: 16, bold: true });
    this.placeSeedInput(828, 540, 200, 42);
    this.text(1040, 561, this.t('ui.setup.seedHint'), { size: 13, color: Css.inkMuted, wrap: 160 }).setOrigin(0, 0.5);

    this.button('setup.back', 64, 628, 150, 54, this.t('ui.common.back'), () => this.go(SceneKeys.Briefing, { page: 5 }));
    const classic = this.button(
      'setup.classic',
      234,
      628,
      420,
      54,
      this.t('ui.setup.classic'),
      () => classic.setSelected(this.pickClassic()),
      {
        toggle: true,
        selected: this.st.classic,
        size: 15,
      },
    );
    this.text(674, 655, this.t('ui.setup.classicHint'), { size: 13, color: Css.inkMuted, wrap: 222 }).setOrigin(0, 0.5);
    this.button('setup.start', 1216 - 300, 628, 300, 54, this.t('ui.setup.start'), () => this.start(), { variant: 'primary' });
    this.focus.focusId('setup.start');
    this.session.announce(this.t('ui.announce.setup'));
  }

  private buildBotRows(): void {
    for (const o of this.botRows) o.destroy();
    for (const b of this.botButtons) {
      this.focus.remove(b);
      b.destroy();
    }
    this.botRows = [];
    this.botButtons = [];
    const others = this.vm.seats.filter((s) => s.seat !== this.st.seat);
    others.forEach(({ seat, name }, r) => {
      const y = 432 + r * 80;
      const dot = this.add.graphics();
      dot.fillStyle(SEAT_COLORS[seat], 1);
      dot.fillCircle(96, y + 20, 7);
      this.botRows.push(dot);
      this.botRows.push(this.text(112, y + 20, name, { size: 17, bold: true }).setOrigin(0, 0.5));
      const human = this.st.humans.includes(seat);
      // Hot-seat: a seat played by another team on this device.
      // Person and every bot in one row of the panel (x 232–770).
      const step = Math.floor(544 / (this.vm.bots.length + 1));
      const size = this.vm.bots.length > 4 ? 14 : 15;
      this.botButtons.push(
        this.button(`human.${seat}`, 232, y, step - 6, 40, this.t('ui.setup.person'), () => this.pickHuman(seat), {
          toggle: true,
          selected: human,
          group: `bots-${seat}`,
          size,
        }),
      );
      this.vm.bots.forEach((bot, i) => {
        const b = this.button(`bot.${seat}.${bot.id}`, 232 + (i + 1) * step, y, step - 6, 40, bot.name, () => this.pickBot(seat, bot.id), {
          toggle: true,
          selected: !human && this.st.bots[seat] === bot.id,
          group: `bots-${seat}`,
          size,
        });
        this.botButtons.push(b);
      });
      const bot = this.vm.bots.find((b) => b.id === this.st.bots[seat]);
      const desc = this.text(232, y + 46, human ? this.t('ui.handoff.body', { seat: name }) : (bot?.desc ?? ''), {
        size: 13,
        color: Css.inkMuted,
        wrap: 530,
        maxLines: 2,
      });
      this.botRows.push(desc);
    });
  }

  private placeSeedInput(x: number, y: number, w: number, h: number): void {
    const input = document.getElementById('seed-input') as HTMLInputElement | null;
    this.seedInput = input;
    new FieldStop(this, 'setup.seed', x, y, w, h, input ?? document.createElement('input'), this.t('ui.setup.seed'));
    if (!input) return;
    input.value = this.st.seed;
    input.placeholder = this.t('ui.setup.seedPlaceholder');
    input.setAttribute('aria-label', this.t('ui.setup.seed'));
    input.style.display = 'block';
    this.pinOver(input, x, y, w, h);
    const onInput = () => {
      input.value = input.value.replace(/[^0-9]/g, '').slice(0, 10);
    };
    input.addEventListener('input', onInput);
    this.cleanup(() => {
      input.removeEventListener('input', onInput);
      input.style.display = 'none';
      input.blur();
    });
  }

  private readSeed(): void {
    if (this.seedInput) this.st.seed = this.seedInput.value.trim();
  }

  private pickSeat(seat: Seat): void {
    this.st.seat = seat;
    this.st.humans = this.st.humans.filter((s) => s !== seat);
    for (const c of this.seatCards) c.setSelected(c.id === `seat.${seat}`);
    this.buildBotRows();
    const name = this.vm.seats.find((s) => s.seat === seat)?.name ?? seat;
    this.session.announce(this.t('ui.announce.seat', { seat: name }));
  }

  private pickBot(seat: Seat, bot: BotName): void {
    this.st.bots = { ...this.st.bots, [seat]: bot };
    this.st.humans = this.st.humans.filter((s) => s !== seat);
    const focused = this.focus.focused()?.id;
    this.buildBotRows();
    if (focused) this.focus.focusId(focused);
  }

  private pickHuman(seat: Seat): void {
    if (!this.st.humans.includes(seat)) this.st.humans = [...this.st.humans, seat];
    const focused = this.focus.focused()?.id;
    this.buildBotRows();
    if (focused) this.focus.focusId(focused);
  }

  /** Toggles the classic rules; answers whether they are now on. */
  private pickClassic(): boolean {
    this.st.classic = !this.st.classic;
    return this.st.classic;
  }

  private pickDifficulty(d: Difficulty): void {
    this.st.difficulty = d;
    for (const b of this.diffButtons) b.setSelected(b.id === `difficulty.${d}`);
    this.updateDifficultyText();
  }

  private updateDifficultyText(): void {
    setTextSafe(this.diffDesc, this.vm.difficulties.find((d) => d.id === this.st.difficulty)?.desc ?? '');
  }

  private start(): void {
    this.readSeed();
    const seed = this.st.seed === '' ? null : Number(this.st.seed) >>> 0;
    this.session.newGame({
      seat: this.st.seat,
      bots: this.st.bots,
      difficulty: this.st.difficulty,
      seed,
      humans: [this.st.seat, ...this.st.humans],
      ...(this.st.classic ? { rules: CLASSIC_VERSION } : {}),
    });
    // Hot-seat: the first team takes the device through the hand-off screen too.
    const c = this.session.client;
    if (isHotSeat(c)) this.go(SceneKeys.HandOff, { seat: c.seat });
    else this.go(SceneKeys.Board);
  }

  override onEscape(): void {
    this.go(SceneKeys.Title);
  }
}
