// Colours of the world view: Okabe-Ito hues, distinguishable with common colour blindness.
import { getLanguage, list } from '../i18n';
export const PALETTE = {
  background: 0x0f1723,
  panel: 0x182435,
  panelEdge: 0x2d4058,
  text: '#e8eef6',
  mutedText: '#9fb0c4',
  player: 0xe69f00,
  rival: 0x56b4e9,
  out: 0x5c6b7d,
  accent: 0x009e73,
  warning: 0xd55e00,
  grid: 0x1e2c3f,
  /** Buyers who chose no lab in the game. */
  noLab: 0x4a5a6e,
} as const;

/** How chips reached a region's labs, one Okabe-Ito hue each (the red export line keeps vermilion for itself). */
export const FLOW_COLOURS = {
  bought: 0x56b4e9,
  licensed: 0xf0e442,
  grey: 0xcc79a7,
  rented: 0x999999,
} as const;

// The same stacks as style.css (--font-latin-first, --font-cjk-first): Latin text in Liberation Sans or Arial, Chinese
// in the CJK font each system ships (PingFang on macOS, Microsoft YaHei on Windows, Noto Sans CJK on ChromeOS and
// Linux). In Chinese the CJK font comes first, so full-width punctuation (“”，。) is drawn by it and not by a Latin font.
const LATIN = `'Liberation Sans', Arial, Helvetica`;
const CJK = `'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei'`;

/** The font stack for Phaser text in the active language. */
export function font(): string {
  return getLanguage() === 'zh-CN' ? `${CJK}, ${LATIN}, sans-serif` : `${LATIN}, ${CJK}, sans-serif`;
}

/** Line colours of the debrief's chart: src/ui/chart-series.ts (shared with its lab picker). */

/** Width of the DOM side panel on the right of the HQ screen; the world view uses the rest. */
export const SIDE_PANEL_WIDTH = 400;
/** Height of the DOM top bar on one row (it grows a second where its figures do not fit; the scenes measure it). */
export const TOP_BAR_HEIGHT = 64;

/** A 0xRRGGBB colour as a CSS string for Phaser text styles. */
export function cssColour(colour: number): string {
  return `#${colour.toString(16).padStart(6, '0')}`;
}

/** Word wrap at `width`. Chinese has no spaces between words, so it needs Phaser's advanced wrap, which breaks a run
 * of characters too long for the line; English keeps the basic wrap it was laid out with. A `text` given without any
 * Chinese in it (a lab's Latin name) keeps the basic wrap in Chinese too: advanced wrap would break "Keystone" inside. */
export function wrap(width: number, text?: string): { width: number; useAdvancedWrap: boolean } {
  return { width, useAdvancedWrap: getLanguage() === 'zh-CN' && (text === undefined || /\p{Script=Han}/u.test(text)) };
}

/** Names in a row (list()) that Phaser's wrap may break between: its advanced wrap breaks only at spaces, or else
 * inside a name ("A10" / "0"), so in Chinese a space follows each enumeration comma. */
export function wrappableList(items: readonly string[]): string {
  return getLanguage() === 'zh-CN' ? items.join('、 ') : list(items);
}
