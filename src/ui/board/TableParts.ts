/**
 * The controls of the negotiation table (TableScene): a term to give or ask, with its worth to the
 * player and what stands in its way, and an offer on the table with its history. Both take the
 * keyboard focus, so every line can be reached and read out; the scene decides what they do.
 */
import type Phaser from 'phaser';
import type { OfferVM, TermChoiceVM } from '../../app/screens/table';
import { Colors, Css, SEAT_CSS } from '../theme';
import { Control, type ControlHost } from '../widgets/Control';
import { fitText, makeText } from '../widgets/text';

type Host = Phaser.Scene & ControlHost;

function toneCss(v: number): string {
  return v > 0 ? Css.good : v < 0 ? Css.bad : Css.inkMuted;
}

/** A term as a toggle: chosen (a check disc, not colour alone) or not, with its worth on the right. */
export class TermToggle extends Control {
  private readonly bg: Phaser.GameObjects.Graphics;

  constructor(
    scene: Host,
    id: string,
    x: number,
    y: number,
    w: number,
    h: number,
    readonly vm: TermChoiceVM,
    /** A line under the name: why it is blocked, its surcharge, Seoul's security; null for none. */
    detail: string | null,
    onActivate: () => void,
  ) {
    super(scene, id, x, y, w, h, onActivate);
    this.group = 'terms';
    this.radius = 7;
    this.bg = scene.add.graphics();
    this.add(this.bg);
    const name = makeText(scene, 30, detail ? 5 : h / 2, vm.name, { size: 15, bold: true, color: vm.choosable ? Css.ink : Css.inkMuted });
    if (!detail) name.setOrigin(0, 0.5);
    fitText(name, w - 30 - 52, detail ? 22 : h - 4, 12);
    this.add(name);
    // With a note under the name, the worth sits on the name's line and the note takes the width.
    const value = makeText(scene, w - 10, detail ? 4 : h / 2, vm.valueText, { size: 16, bold: true, color: toneCss(vm.value) });
    this.add(value.setOrigin(1, detail ? 0 : 0.5));
    if (detail) {
      const note = makeText(scene, 30, 25, detail, { size: 12, color: vm.blocked ? Css.accent : Css.inkMuted });
      fitText(note, w - 30 - 8, 18, 11);
      this.add(note);
    }
    this.finishChildren();
    this.redraw();
  }

  label(): string {
    return `${this.vm.name} ${this.vm.valueText}`;
  }

  protected redraw(): void {
    const g = this.bg;
    g.clear();
    const on = this.vm.chosen;
    const hot = this.hovered || this.isFocused;
    g.fillStyle(on ? 0x1d3a57 : hot ? 0x243750 : Colors.panelHi, 1);
    g.fillRoundedRect(0, 0, this.cw, this.ch, this.radius);
    g.lineStyle(on ? 2.5 : 1.5, on ? Colors.sky : hot ? 0x5a7898 : Colors.panelLine, 1);
    g.strokeRoundedRect(0, 0, this.cw, this.ch, this.radius);
    // The box to tick, ticked when chosen; a blocked term to give shows a bar instead.
    const cy = this.ch / 2;
    if (on) {
      g.fillStyle(Colors.sky, 1);
      g.fillCircle(15, cy, 8);
      g.lineStyle(2, Colors.bg, 1);
      g.beginPath();
      g.moveTo(11, cy);
      g.lineTo(14, cy + 3);
      g.lineTo(19, cy - 3);
      g.strokePath();
    } else {
      g.lineStyle(1.5, this.vm.choosable ? Colors.inkMuted : Colors.accent, 1);
      g.strokeCircle(15, cy, 7.5);
      if (!this.vm.choosable) g.lineBetween(10, cy + 5, 20, cy - 5);
    }
    this.setAlpha(this.isEnabled ? 1 : 0.5);
  }
}

/** An offer on the table: who to whom, line, when, what it gives and asks, its status and worth to the player. */
export class OfferRow extends Control {
  private readonly bg: Phaser.GameObjects.Graphics;

  constructor(
    scene: Host,
    x: number,
    y: number,
    w: number,
    h: number,
    readonly vm: OfferVM,
    textWidth: number,
    onActivate: () => void,
  ) {
    super(scene, `offer.${vm.id}`, x, y, w, h, onActivate);
    this.group = 'offers';
    this.radius = 8;
    this.bg = scene.add.graphics();
    this.add(this.bg);
    const t = (tx: number, ty: number, s: string, o: Parameters<typeof makeText>[4]) => {
      const obj = makeText(scene, tx, ty, s, o);
      this.add(obj);
      return obj;
    };
    const badge = t(textWidth, 8, `${vm.lineLabel.toUpperCase()} · ${vm.statusLabel.toUpperCase()}`, {
      size: 12,
      bold: true,
      color: vm.status === 'open' ? (vm.secret ? Css.secret : Css.good) : Css.inkMuted,
      letterSpacing: 0.5,
    }).setOrigin(1, 0);
    fitText(badge, Math.min(220, textWidth / 2), 18, 10);
    const head = t(12, 6, vm.route, { size: 15, bold: true, color: SEAT_CSS[vm.from] });
    fitText(head, textWidth - 12 - badge.width - 10, 22, 12);
    const date = t(12, 28, vm.date, { size: 12, color: Css.inkMuted });
    fitText(date, textWidth - 170, 18, 11);
    t(textWidth, 28, vm.valueText, { size: 13, bold: true, color: toneCss(vm.value) }).setOrigin(1, 0);
    const gives = t(12, 48, vm.givesLine, { size: 13 });
    fitText(gives, textWidth - 12, 20, 11);
    const asks = t(12, 67, vm.asksLine, { size: 13 });
    fitText(asks, textWidth - 12, 20, 11);
    this.finishChildren();
    this.redraw();
  }

  label(): string {
    return this.vm.spoken;
  }

  protected redraw(): void {
    const g = this.bg;
    g.clear();
    const hot = this.hovered || this.isFocused;
    g.fillStyle(hot ? 0x1f3047 : Colors.panelHi, this.vm.status === 'open' ? 1 : 0.55);
    g.fillRoundedRect(0, 0, this.cw, this.ch, this.radius);
    g.lineStyle(1.5, this.vm.chosen ? Colors.sky : hot ? 0x5a7898 : Colors.panelLine, 1);
    g.strokeRoundedRect(0, 0, this.cw, this.ch, this.radius);
    // A secret offer is marked by a stripe as well as by the word.
    g.fillStyle(this.vm.secret ? Colors.secret : Colors.public, this.vm.status === 'open' ? 1 : 0.5);
    g.fillRect(0, 8, 4, this.ch - 16);
  }
}
