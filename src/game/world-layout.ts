// Geometry of the world view: the flow band on top, one panel per region below, labs in a grid inside each panel.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WorldLayout {
  /** The strip above the panels where chip flows arc from region to region. */
  band: Rect;
  /** Each region's panel, in scenario order. */
  panels: Rect[];
  gap: number;
}

/** Regions with more labs get wider panels, so a crowded region's names do not wrap into their neighbours. */
export function worldLayout(area: Rect, labsPerRegion: number[]): WorldLayout {
  const gap = 20;
  const bandHeight = Math.round(Math.max(104, Math.min(150, area.height * 0.17)));
  const weights = labsPerRegion.map((n) => Math.max(1.8, Math.sqrt(n + 1)));
  const total = weights.reduce((a, w) => a + w, 0);
  const free = area.width - gap * (labsPerRegion.length - 1);
  const panels: Rect[] = [];
  let x = area.x;
  for (const weight of weights) {
    const width = (free * weight) / total;
    panels.push({ x, y: area.y + bandHeight, width, height: area.height - bandHeight });
    x += width + gap;
  }
  return { band: { x: area.x, y: area.y, width: area.width, height: bandHeight }, panels, gap };
}

export interface LabGrid {
  columns: number;
  cellWidth: number;
  cellHeight: number;
  /** Largest circle radius that fits a cell with its label beside it. */
  maxRadius: number;
  /** Width left for the label to the right of the circle. */
  labelWidth: number;
  /** Rows too short for a name over its capability: each lab is one line, its name then its capability. */
  oneLine?: boolean;
}

/** Smallest cell that holds a three-line label (name over two lines, then capability) at 14 px. */
export const MIN_CELL_HEIGHT = 52;
const MIN_LABEL_WIDTH = 100;
/** A row holding a one-line name over its capability at 14 px. */
export const MIN_ROW_HEIGHT = 36;
/** A row holding name and capability on one line at 14 px, beside a small circle. */
export const ONE_LINE_ROW_HEIGHT = 20;

/** The least height `count` labs need as a one-line list, in as many columns as keep a label readable. */
export function listHeight(count: number, width: number): number {
  return Math.ceil(count / readableColumns(width)) * ONE_LINE_ROW_HEIGHT;
}

/** As many columns as keep a lab's label readable beside its circle. */
function readableColumns(width: number): number {
  return Math.max(1, Math.floor(width / (MIN_LABEL_WIDTH + 50)));
}

/** The grid of labs in a region: the column count that gives the biggest circles while every label keeps its room. */
export function labGrid(count: number, width: number, height: number): LabGrid {
  let best: LabGrid | null = null;
  for (let columns = 1; columns <= Math.max(1, Math.min(4, count)); columns += 1) {
    const rows = Math.ceil(count / columns);
    const cellWidth = width / columns;
    const cellHeight = height / Math.max(1, rows);
    const maxRadius = Math.max(10, Math.min(44, cellHeight / 2 - 5, cellWidth * 0.2));
    const labelWidth = cellWidth - 2 * maxRadius - 22;
    const fits = cellHeight >= MIN_CELL_HEIGHT && labelWidth >= MIN_LABEL_WIDTH;
    const candidate = { columns, cellWidth, cellHeight, maxRadius, labelWidth };
    if (fits && (!best || maxRadius > best.maxRadius)) best = candidate;
  }
  if (best) return best;
  // Too many labs for the room: as many columns as keep a readable label, and rows as tall as they can be.
  // More columns when the rows would be shorter than a one-line name over its capability (the names are then shortened).
  const readable = readableColumns(width);
  const rowsThatFit = Math.max(1, Math.floor(height / MIN_ROW_HEIGHT));
  // Rows too short for two lines, but tall enough for one: a list, name and capability side by side, rather than
  // columns so narrow that the labels run into each other (a short panel in a wordier language, a portrait screen).
  const listRows = Math.ceil(count / readable);
  if (listRows > rowsThatFit && listHeight(count, width) <= height) {
    const cellWidth = width / readable;
    const cellHeight = height / listRows;
    const maxRadius = Math.max(6, Math.min(12, cellHeight / 2 - 2));
    return { columns: readable, cellWidth, cellHeight, maxRadius, labelWidth: Math.max(48, cellWidth - 2 * maxRadius - 22), oneLine: true };
  }
  const columns = Math.max(1, Math.min(count, 4, Math.max(readable, Math.ceil(count / rowsThatFit))));
  const cellWidth = width / columns;
  const cellHeight = height / Math.max(1, Math.ceil(count / columns));
  const maxRadius = Math.max(8, Math.min(20, cellHeight / 2 - 4));
  // Never narrower than a few characters: Phaser refuses to wrap text to less than one.
  return { columns, cellWidth, cellHeight, maxRadius, labelWidth: Math.max(48, cellWidth - 2 * maxRadius - 22) };
}
