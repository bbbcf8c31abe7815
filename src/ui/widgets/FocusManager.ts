/**
 * Keyboard focus across canvas controls: Tab / Shift+Tab in reading order, arrow keys to the
 * nearest control in that direction, Enter or Space to act. The focus ring shows only once the
 * keyboard is used (like CSS :focus-visible) and hides again on pointer use.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Focusable {
  readonly id: string;
  label(): string;
  enabled(): boolean;
  /** On screen and not hidden by a parent. */
  shown(): boolean;
  /** Bounds in design (world) coordinates. */
  rect(): Rect;
  setFocused(on: boolean, visible: boolean): void;
  activate(): void;
  /** Arrow keys inside a group stay in the group first (cards in a hand, rows of a list). */
  group?: string;
}

/** Shared by every screen: once the keyboard is used, new screens show their focus ring at once. */
let keyboardUsed = false;

export class FocusManager {
  private items: Focusable[] = [];
  private current: Focusable | null = null;

  get keyboardMode(): boolean {
    return keyboardUsed;
  }

  set keyboardMode(on: boolean) {
    keyboardUsed = on;
  }
  /** Called when focus moves, e.g. to scroll a hand of cards or page a list. */
  onFocusChange: ((f: Focusable | null) => void) | null = null;

  add<T extends Focusable>(f: T): T {
    this.items.push(f);
    return f;
  }

  remove(f: Focusable): void {
    this.items = this.items.filter((x) => x !== f);
    if (this.current === f) this.current = null;
  }

  clear(): void {
    this.items = [];
    this.current = null;
  }

  all(): readonly Focusable[] {
    return this.items;
  }

  /** Controls a person can see now, in reading order (top to bottom, then left to right). */
  visible(): Focusable[] {
    return this.items.filter((f) => f.shown());
  }

  focused(): Focusable | null {
    return this.current;
  }

  focus(f: Focusable | null, fromKeyboard = this.keyboardMode): void {
    if (f && !f.shown()) return;
    if (fromKeyboard) this.keyboardMode = true;
    if (this.current && this.current !== f) this.current.setFocused(false, false);
    this.current = f;
    if (f) f.setFocused(true, this.keyboardMode);
    this.onFocusChange?.(f);
  }

  focusId(id: string, fromKeyboard = false): boolean {
    const f = this.items.find((x) => x.id === id && x.shown());
    if (!f) return false;
    this.focus(f, fromKeyboard);
    return true;
  }

  pointerUsed(): void {
    if (!this.keyboardMode) return;
    this.keyboardMode = false;
    this.current?.setFocused(true, false);
  }

  private navigable(): Focusable[] {
    return this.visible().filter((f) => f.enabled());
  }

  tab(back: boolean): void {
    const list = this.navigable();
    if (list.length === 0) return;
    const i = this.current ? list.indexOf(this.current) : -1;
    const next = i < 0 ? (back ? list.length - 1 : 0) : (i + (back ? -1 : 1) + list.length) % list.length;
    this.focus(list[next] ?? null, true);
  }

  arrow(dx: number, dy: number): void {
    const list = this.navigable();
    if (!this.current || !list.includes(this.current)) {
      this.focus(list[0] ?? null, true);
      return;
    }
    const from = this.current.rect();
    const fx = from.x + from.width / 2;
    const fy = from.y + from.height / 2;
    let best: Focusable | null = null;
    let bestScore = Infinity;
    for (const f of list) {
      if (f === this.current) continue;
      const r = f.rect();
      const cx = r.x + r.width / 2;
      const cy = r.y + r.height / 2;
      const ax = cx - fx;
      const ay = cy - fy;
      const along = ax * dx + ay * dy;
      if (along <= 4) continue;
      const across = Math.abs(ax * dy - ay * dx);
      let score = along + across * 2.5;
      if (this.current.group && f.group === this.current.group) score *= 0.5;
      if (score < bestScore) {
        bestScore = score;
        best = f;
      }
    }
    if (best) this.focus(best, true);
  }

  /** Handles a key; true when it was used. */
  handleKey(e: KeyboardEvent): boolean {
    switch (e.key) {
      case 'Tab':
        this.tab(e.shiftKey);
        return true;
      case 'ArrowLeft':
        this.arrow(-1, 0);
        return true;
      case 'ArrowRight':
        this.arrow(1, 0);
        return true;
      case 'ArrowUp':
        this.arrow(0, -1);
        return true;
      case 'ArrowDown':
        this.arrow(0, 1);
        return true;
      case 'Enter':
      case ' ':
      case 'Spacebar':
        if (this.current && this.current.enabled() && this.current.shown()) {
          this.keyboardMode = true;
          this.current.setFocused(true, true);
          this.current.activate();
          return true;
        }
        if (!this.current) {
          this.tab(false);
          return true;
        }
        return false;
      default:
        return false;
    }
  }
}
