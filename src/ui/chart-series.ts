// How the debrief's chart tells labs apart and scales its values: shared by the chart (Phaser) and its lab picker (DOM).
import { standings, type GameState, type LabId, type Standing } from '../engine';

export type Marker = 'circle' | 'square' | 'triangle' | 'diamond';

export interface SeriesStyle {
  colour: number;
  marker: Marker;
  player: boolean;
}

/** The player's line: the game's orange, drawn thicker and on top. */
export const PLAYER_SERIES = { colour: 0xe69f00, marker: 'circle' as Marker };

/**
 * Rival lines on the dark background: eleven hues apart from each other and from the player's orange, and where two
 * hues are near (sky and royal blue, yellow and lime, orange and yellow), their point markers differ, so colour-blind players can tell them.
 */
export const RIVAL_SERIES: readonly { colour: number; marker: Marker }[] = [
  { colour: 0x56b4e9, marker: 'circle' },
  { colour: 0x009e73, marker: 'circle' },
  { colour: 0xf0e442, marker: 'square' },
  { colour: 0xcc79a7, marker: 'circle' },
  { colour: 0xee6677, marker: 'square' },
  { colour: 0x4f7cff, marker: 'square' },
  { colour: 0xb37bff, marker: 'triangle' },
  { colour: 0xb0b0b0, marker: 'diamond' },
  { colour: 0xa6e22e, marker: 'diamond' },
  { colour: 0xc8a27a, marker: 'triangle' },
  { colour: 0x00d5ff, marker: 'triangle' },
];

/** A glyph of each marker for text (the lab picker and the chart's key). */
export const MARKER_GLYPH: Record<Marker, string> = { circle: '●', square: '■', triangle: '▲', diamond: '◆' };

/** A 0xRRGGBB colour as CSS. */
export function cssColour(colour: number): string {
  return `#${colour.toString(16).padStart(6, '0')}`;
}

/** Each lab's line style, rivals in the scenario's order (the same in every chart of the game). */
export function seriesStyles(labs: readonly { id: LabId }[], playerLab: LabId): Record<LabId, SeriesStyle> {
  const styles: Record<LabId, SeriesStyle> = {};
  let rival = 0;
  for (const lab of labs) {
    if (lab.id === playerLab) styles[lab.id] = { ...PLAYER_SERIES, player: true };
    else styles[lab.id] = { ...RIVAL_SERIES[rival++ % RIVAL_SERIES.length]!, player: false };
  }
  return styles;
}

/** Labs shown until the player picks: theirs and the top five of the final standings (all of them in a small game). */
export function defaultShownLabs(table: readonly Pick<Standing, 'lab'>[], playerLab: LabId, top = 5): LabId[] {
  const shown = table.slice(0, top).map((row) => row.lab);
  return shown.includes(playerLab) ? shown : [...shown, playerLab];
}

/** The labs the chart shows: the player's pick, or the default. */
export function shownLabs(game: GameState, picked: readonly LabId[] | null): LabId[] {
  return picked ? [...picked] : defaultShownLabs(standings(game), game.scenario.playerLab);
}

export interface ChartScale {
  log: boolean;
  bottom: number;
  top: number;
  /** Values with a gridline and a label. */
  ticks: number[];
  /** Height of a value on the chart, 0 at the bottom to 1 at the top (NaN for a value a log scale cannot draw). */
  position(value: number): number;
}

/** A log scale when the positive values span at least this many tenfolds (and the figure can use one). */
export const LOG_SCALE_DECADES = 2;

/**
 * The vertical scale for these values: logarithmic where `logAllowed` and the values span orders of magnitude (zero
 * and below are then left out of the line), else linear from zero or the lowest value, with round ticks.
 */
export function chartScale(values: readonly number[], logAllowed: boolean, minimumTop = 1): ChartScale {
  const positive = values.filter((v) => v > 0);
  const low = Math.min(...positive);
  const high = Math.max(...positive);
  if (logAllowed && positive.length > 0 && Math.log10(high / low) >= LOG_SCALE_DECADES) {
    const from = Math.floor(Math.log10(low));
    const to = Math.max(from + 1, Math.ceil(Math.log10(high)));
    const step = Math.ceil((to - from) / 6);
    const ticks: number[] = [];
    for (let e = from; e <= to; e += step) ticks.push(Number(`1e${e}`));
    return {
      log: true,
      bottom: Number(`1e${from}`),
      top: Number(`1e${to}`),
      ticks,
      position: (v) => (v > 0 ? (Math.log10(v) - from) / (to - from) : Number.NaN),
    };
  }
  const bottom = Math.min(0, ...values);
  const top = Math.max(minimumTop, ...values);
  const step = niceStep((top - bottom) / 5);
  const first = Math.floor(bottom / step) * step;
  const last = Math.ceil(top / step) * step;
  const ticks: number[] = [];
  for (let v = first; v <= last + step / 2; v += step) ticks.push(Math.abs(v) < step / 1e6 ? 0 : v);
  return { log: false, bottom: first, top: last, ticks, position: (v) => (v - first) / (last - first) };
}

/** A round step near `raw`: 1, 2 or 5 times a power of ten. */
function niceStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}
