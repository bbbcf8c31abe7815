/**
 * Colours and type. Semantic colours come from the Okabe–Ito palette, which stays distinguishable
 * with the common colour-vision deficiencies; good/bad is never told by colour alone (arrows,
 * signs and words carry it too).
 */
export const DESIGN_WIDTH = 1280;
export const DESIGN_HEIGHT = 720;

export const OkabeIto = Object.freeze({
  orange: 0xe69f00,
  sky: 0x56b4e9,
  green: 0x009e73,
  yellow: 0xf0e442,
  blue: 0x0072b2,
  vermillion: 0xd55e00,
  purple: 0xcc79a7,
});

export const Colors = Object.freeze({
  bg: 0x0d1520,
  bgDeep: 0x09101a,
  panel: 0x152131,
  panelHi: 0x1c2b3e,
  panelLine: 0x2c3e54,
  ink: 0xe8eef5,
  inkMuted: 0x9fb0c3,
  inkFaint: 0x6c7f94,
  accent: OkabeIto.orange,
  sky: OkabeIto.sky,
  focus: OkabeIto.yellow,
  good: OkabeIto.sky,
  bad: OkabeIto.orange,
  secret: OkabeIto.purple,
  public: OkabeIto.sky,
  sea: 0x0a1828,
  land: 0x243447,
  landBoard: 0x2b3f55,
  landKorea: 0x35506b,
  border: 0x4a6078,
  us: OkabeIto.sky,
  dprk: OkabeIto.vermillion,
  rok: OkabeIto.green,
  china: OkabeIto.yellow,
  russia: OkabeIto.purple,
});

export const Css = Object.freeze({
  ink: '#e8eef5',
  inkMuted: '#9fb0c3',
  inkFaint: '#6c7f94',
  dark: '#0d1520',
  accent: '#e69f00',
  good: '#56b4e9',
  bad: '#e69f00',
  focus: '#f0e442',
  secret: '#cc79a7',
  us: '#56b4e9',
  dprk: '#d55e00',
  rok: '#009e73',
});

export const SEAT_COLORS = Object.freeze({ us: Colors.us, dprk: Colors.dprk, rok: Colors.rok });
export const SEAT_CSS = Object.freeze({ us: Css.us, dprk: '#f07d3a', rok: '#2bbf95' });

export const LATIN_STACK = '"Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "Noto Sans KR", sans-serif';
export const KOREAN_STACK = '"Noto Sans KR", "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif';

/** Hex number to "#rrggbb". */
export function css(c: number): string {
  return `#${c.toString(16).padStart(6, '0')}`;
}

/** Mixes two colours (t = 0 gives a, 1 gives b). */
export function mix(a: number, b: number, t: number): number {
  const k = Math.min(1, Math.max(0, t));
  const ch = (s: number) => [(s >> 16) & 255, (s >> 8) & 255, s & 255] as const;
  const [ar, ag, ab] = ch(a);
  const [br, bg, bb] = ch(b);
  return (Math.round(ar + (br - ar) * k) << 16) | (Math.round(ag + (bg - ag) * k) << 8) | Math.round(ab + (bb - ab) * k);
}

/** Relationship colour: weak (orange) through neutral grey to strong (sky blue). */
export function relationColor(value: number): number {
  return value < 50 ? mix(OkabeIto.orange, 0x8a9bb0, value / 50) : mix(0x8a9bb0, OkabeIto.sky, (value - 50) / 50);
}

/** The look of a native text field laid over the canvas (a notice's input, a letter's text), with what differs given. */
export function fieldStyle(extra: Partial<CSSStyleDeclaration>): Partial<CSSStyleDeclaration> {
  return {
    position: 'fixed',
    boxSizing: 'border-box',
    border: '2px solid #3b5066',
    borderRadius: '8px',
    background: '#0f1925',
    color: '#e8eef5',
    outline: 'none',
    zIndex: '3',
    fontFamily: 'inherit',
    ...extra,
  };
}
