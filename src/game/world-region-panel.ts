// One region's panel in the world view: its name and spending, the chips its labs may buy, its labs, and its market split.
import Phaser from 'phaser';
import { buyableChips, capabilityOfLab, chipAvailable, everOnSale, firstTokenSegment, NO_PURCHASE, OPEN_HOSTS, type GameState, type Lab, type Region, type SegmentResult } from '../engine';
import { percent, t } from '../i18n';
import { ART } from './art-keys';
import { fitToWidth } from './fit-text';
import { cssColour, font, PALETTE, wrap, wrappableList } from './palette';
import { labGrid, MIN_CELL_HEIGHT, type Rect } from './world-layout';
import { nameIn } from '../ui/scenario-text';
import { spendingLine } from './world-spending';

/** Where a lab was drawn, for links, floating changes and marks. */
export interface LabMarker {
  lab: Lab;
  x: number;
  y: number;
  radius: number;
  circle: Phaser.GameObjects.Arc;
}

/** A share bar that can be redrawn at any point between last quarter's split and this quarter's. */
export interface ShareBar {
  draw(progress: number): void;
  changed: boolean;
}

// A getter, not a constant: the font stack depends on the language, which is set after this module loads.
const TEXT = { get fontFamily() { return font(); }, fontSize: '14px', color: PALETTE.text };
const LEGEND_LINE = 18;
/** Narrower panels show only the total spent: a list of segments would crowd out the labs (the summary still lists them). */
const MIN_BREAKDOWN_WIDTH = 220;

export function drawRegionPanel(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  front: Phaser.GameObjects.Container,
  game: GameState,
  region: Region,
  panel: Rect,
  openMakers: Set<string>,
): { markers: LabMarker[]; shareBar: ShareBar | null } {
  const { x, y, width, height } = panel;
  const frame = scene.add.graphics();
  frame.fillStyle(PALETTE.panel, 0.92);
  frame.fillRoundedRect(x, y, width, height, 14);
  layer.add(frame);
  layer.add(tiledBackdrop(scene, x + 6, y + 6, width - 12, height - 12));
  const edge = scene.add.graphics();
  edge.lineStyle(2, PALETTE.panelEdge, 1);
  edge.strokeRoundedRect(x, y, width, height, 14);
  layer.add(edge);

  layer.add(scene.add.image(x + 14, y + 12, ART.regionEmblem).setOrigin(0, 0).setDisplaySize(26, 26));
  const name = scene.add.text(x + 46, y + 14, nameIn(game.scenario, 'regions', region), { ...TEXT, fontSize: '19px', fontStyle: 'bold', wordWrap: { width: width - 60, useAdvancedWrap: true }, maxLines: 2 });
  layer.add(name);
  const lastReport = game.reports.at(-1);
  const markets = lastReport?.markets.filter((m) => m.region === region.id) ?? [];
  const spending = scene.add.text(x + 16, Math.max(y + 42, name.y + name.height + 4), lastReport ? spendingLine(game, markets, width < MIN_BREAKDOWN_WIDTH) : t('world.noSpendingYet'), {
    ...TEXT, color: PALETTE.mutedText, wordWrap: wrap(width - 32),
  });
  layer.add(spending);
  const rulesTop = spending.y + spending.height + 6;
  const rulesHeight = drawChipRules(scene, layer, game, region.id, x + 16, rulesTop, width - 32);

  const shown = firstTokenSegment(game.scenario);
  const api = markets.find((m) => m.segment === shown);
  const previousApi = game.reports.at(-2)?.markets.find((m) => m.region === region.id && m.segment === shown);
  const legendColumns = width >= 280 ? 2 : 1;
  const shareBar = api ? drawShareBar(scene, layer, game, api, previousApi, x + 16, y + height - 30, width - 32, legendColumns) : null;
  if (!api) drawEmptyBar(scene, layer, x + 16, y + height - 30, width - 32);
  const legendHeight = api ? legendRows(game, api, legendColumns) * LEGEND_LINE + 8 : 0;

  const home = game.labs.filter((lab) => lab.region === region.id);
  const top = rulesTop + rulesHeight + 10;
  const bottom = y + height - 38 - legendHeight;
  if (home.length === 0) {
    const note = scene.add.text(x + width / 2, (top + bottom) / 2, t('world.noHomeLab'), {
      ...TEXT, color: PALETTE.mutedText, align: 'center', wordWrap: wrap(Math.max(60, width - 40)),
    }).setOrigin(0.5);
    // Only where it has the room: in a short panel it would cover the chip rules or the legend.
    if (note.height <= bottom - top) layer.add(note);
    else note.destroy();
    return { markers: [], shareBar };
  }
  const grid = labGrid(home.length, width - 16, Math.max(40, bottom - top));
  const maxValuation = Math.max(1, ...game.labs.map((l) => l.valuation));
  const markers = home.map((lab, i) => {
    const cellX = x + 8 + grid.cellWidth * (i % grid.columns);
    const cy = top + grid.cellHeight * (Math.floor(i / grid.columns) + 0.5);
    return drawLab(scene, front, game, lab, cellX, cy, grid.maxRadius, grid.labelWidth, maxValuation, openMakers.has(lab.id), grid.cellHeight < MIN_CELL_HEIGHT);
  });
  return { markers, shareBar };
}

function drawLab(
  scene: Phaser.Scene, layer: Phaser.GameObjects.Container, game: GameState, lab: Lab,
  cellX: number, cy: number, maxRadius: number, labelWidth: number, maxValuation: number, makesOpenModels: boolean, oneLineName = false,
): LabMarker {
  const isPlayer = lab.id === game.scenario.playerLab;
  const colour = !lab.alive ? PALETTE.out : isPlayer ? PALETTE.player : PALETTE.rival;
  const minRadius = Math.max(8, maxRadius * 0.45);
  const radius = lab.alive ? minRadius + (maxRadius - minRadius) * Math.sqrt(Math.max(0, lab.valuation) / maxValuation) : minRadius;
  const cx = cellX + 8 + maxRadius;
  const circle = scene.add.circle(cx, cy, radius, colour, 0.9).setStrokeStyle(3, 0xffffff, isPlayer ? 0.95 : 0.3);
  layer.add(circle);
  if (radius >= 14) layer.add(scene.add.image(cx, cy, ART.lab).setDisplaySize(radius * 1.15, radius * 1.15).setAlpha(lab.alive ? 0.9 : 0.5));
  if (!lab.alive) {
    const cross = scene.add.graphics();
    cross.lineStyle(3, PALETTE.warning, 0.9);
    const d = radius * 0.8;
    cross.lineBetween(cx - d, cy - d, cx + d, cy + d);
    cross.lineBetween(cx - d, cy + d, cx + d, cy - d);
    layer.add(cross);
  }
  if (makesOpenModels) layer.add(scene.add.image(cx + radius * 0.75, cy - radius * 0.75, ART.openBadge).setDisplaySize(20, 20));
  const status = lab.alive
    ? t('world.labCapability', { capability: capabilityOfLab(game, lab).toFixed(1) })
    : lab.exitReason === 'acquired' ? t('world.labAcquired') : t('world.labClosed');
  // A halo in the panel's colour keeps the open-model links that pass behind a label from cutting through its letters.
  const halo = { stroke: cssColour(PALETTE.panel), strokeThickness: 4 };
  const name = scene.add.text(cx + maxRadius + 10, cy, lab.name, {
    ...TEXT, ...halo, fontStyle: isPlayer ? 'bold' : 'normal', color: isPlayer ? cssColour(PALETTE.player) : PALETTE.text, wordWrap: wrap(labelWidth, lab.name), maxLines: 2,
  });
  // Rows too short for a two-line name, or a word too long for the label's room: the name on one line, shortened with
  // an ellipsis where it must be (never broken inside a word, never out of the panel).
  const wrapped = name.getWrappedText(lab.name);
  if (oneLineName || name.width > labelWidth) {
    name.setWordWrapWidth(null).setMaxLines(1);
    fitToWidth(name, lab.name, (shown) => shown, labelWidth);
  } else if (wrapped.length > 2) {
    // A name that would wrap to a third line ends its second with an ellipsis, rather than losing its last word unseen.
    const first = wrapped[0]!.trimEnd();
    name.setWordWrapWidth(null);
    fitToWidth(name, lab.name.slice(first.length).trimStart(), (shown) => `${first}\n${shown}`, labelWidth);
  }
  const line = scene.add.text(name.x, cy, status, { ...TEXT, ...halo, color: lab.alive ? PALETTE.mutedText : cssColour(PALETTE.warning) });
  // In a narrow panel the capability keeps its number and drops its word, rather than wrap the number out of sight.
  if (line.width > labelWidth && lab.alive) line.setText(capabilityOfLab(game, lab).toFixed(1));
  // Name and status as one block centred on the circle, so a two-line name never reaches the next row.
  name.y = Math.round(cy - (name.height + line.height) / 2);
  line.y = name.y + name.height;
  layer.add([name, line]);
  return { lab, x: cx, y: cy, radius, circle };
}

/** Which chips the region's labs may buy legally this quarter (✓) and which they may not (✕); returns its height. */
function drawChipRules(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, game: GameState, regionId: string, x: number, y: number, width: number): number {
  const legal = buyableChips(game, regionId).map((c) => shortChipName(c.name));
  const banned = game.scenario.chips.filter((c) => !chipAvailable(game, c.id, regionId) && everOnSale(game, c.id)).map((c) => shortChipName(c.name));
  const text = [legal.length > 0 ? `✓ ${wrappableList(legal)}` : '', banned.length > 0 ? `✕ ${wrappableList(banned)}` : ''].filter(Boolean).join('   ');
  if (!text) return 0;
  layer.add(scene.add.image(x, y + 1, ART.chip).setOrigin(0, 0).setDisplaySize(18, 18));
  const label = scene.add.text(x + 24, y, text, { ...TEXT, color: PALETTE.mutedText, wordWrap: wrap(width - 24) });
  layer.add(label);
  return Math.max(20, label.height);
}

interface LegendEntry {
  /** The line with the seller's name shortened to `name` when given. */
  render(name?: string): string;
  name?: string;
  colour: string;
}

/** Sellers in the order the bar shows them, each with its colour. */
function sellerColours(game: GameState): { seller: string; colour: number }[] {
  return [
    ...game.labs.map((l) => ({ seller: l.id, colour: l.id === game.scenario.playerLab ? PALETTE.player : PALETTE.rival })),
    { seller: OPEN_HOSTS, colour: PALETTE.accent },
  ];
}

function legendEntries(game: GameState, market: SegmentResult): LegendEntry[] {
  const share = (id: string) => market.shares[id] ?? 0;
  const player = game.scenario.playerLab;
  const rivals = game.labs.filter((l) => l.id !== player && share(l.id) > 0).sort((a, b) => share(b.id) - share(a.id) || (a.id < b.id ? -1 : 1));
  const shown = rivals.slice(0, 2);
  const rest = rivals.slice(shown.length).reduce((a, l) => a + share(l.id), 0);
  const labEntry = (lab: Lab, colour: number): LegendEntry => ({
    name: lab.name,
    render: (name = lab.name) => t('world.shareLine', { name, share: percent(share(lab.id)) }),
    colour: cssColour(colour),
  });
  const entries: LegendEntry[] = [];
  const playerLab = game.labs.find((l) => l.id === player);
  if (playerLab && share(player) > 0) entries.push(labEntry(playerLab, PALETTE.player));
  for (const lab of shown) entries.push(labEntry(lab, PALETTE.rival));
  if (rest > 0) entries.push({ render: () => t('world.otherLabs', { share: percent(rest) }), colour: cssColour(PALETTE.rival) });
  if (share(OPEN_HOSTS) > 0) entries.push({ render: () => t('world.openHostsShort', { share: percent(share(OPEN_HOSTS)) }), colour: cssColour(PALETTE.accent) });
  entries.push({ render: () => t('world.noLabShort', { share: percent(share(NO_PURCHASE)) }), colour: PALETTE.mutedText });
  return entries;
}

function legendRows(game: GameState, market: SegmentResult, columns: number): number {
  return Math.ceil(legendEntries(game, market).length / columns);
}

function drawEmptyBar(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, x: number, y: number, width: number): void {
  const bar = scene.add.graphics();
  bar.fillStyle(PALETTE.noLab, 1);
  bar.fillRect(x, y, width, 16);
  layer.add(bar);
}

/** The region's API spending split between labs, open models at cost and buyers elsewhere, with its legend above. */
function drawShareBar(
  scene: Phaser.Scene, layer: Phaser.GameObjects.Container, game: GameState,
  market: SegmentResult, previous: SegmentResult | undefined, x: number, y: number, width: number, columns: number,
): ShareBar {
  const entries = legendEntries(game, market);
  const rows = Math.ceil(entries.length / columns);
  const columnWidth = width / columns;
  entries.forEach((entry, i) => {
    const column = Math.floor(i / rows);
    const row = i % rows;
    const label = scene.add.text(x + column * columnWidth, y - 8 - (rows - row) * LEGEND_LINE, `■ ${entry.render()}`, { ...TEXT, color: entry.colour });
    fitText(label, entry, columnWidth - 8);
    layer.add(label);
  });
  const bar = scene.add.graphics();
  layer.add(bar);
  const sellers = sellerColours(game);
  const from = previous?.shares ?? market.shares;
  const draw = (progress: number) => {
    bar.clear();
    bar.fillStyle(PALETTE.noLab, 1);
    bar.fillRect(x, y, width, 16);
    let cursor = x;
    for (const { seller, colour } of sellers) {
      const share = (from[seller] ?? 0) + ((market.shares[seller] ?? 0) - (from[seller] ?? 0)) * progress;
      if (share <= 0) continue;
      const w = Math.min(width * share, x + width - cursor);
      bar.fillStyle(colour, 0.9);
      bar.fillRect(cursor, y, w, 16);
      bar.lineStyle(1, PALETTE.background, 1);
      bar.strokeRect(cursor, y, w, 16);
      cursor += w;
    }
  };
  const changed = sellers.some(({ seller }) => (from[seller] ?? 0) !== (market.shares[seller] ?? 0));
  draw(1);
  return { draw, changed };
}

/** Shortens a seller's name with an ellipsis until its legend line fits the column. */
function fitText(text: Phaser.GameObjects.Text, entry: LegendEntry, width: number): void {
  if (entry.name) fitToWidth(text, entry.name, (name) => `■ ${entry.render(name)}`, width);
  // A line with no name to shorten ("No lab or outside") in a narrow panel: smaller type rather than past the edge.
  if (text.width > width) text.setFontSize(Math.max(9, Math.floor((14 * width) / text.width)));
}

/**
 * The panel's faint texture, tiled. On the Canvas renderer Phaser 4.2.1's TileSprite registers a texture of its own
 * (an ImageData the panel's size) and never removes it when destroyed, so every redrawn world view kept about 1 MB:
 * this removes it with the sprite. A no-op on WebGL, where the sprite has no such texture.
 */
function tiledBackdrop(scene: Phaser.Scene, x: number, y: number, width: number, height: number): Phaser.GameObjects.TileSprite {
  const sprite = scene.add.tileSprite(x, y, width, height, ART.panelTexture).setOrigin(0, 0).setAlpha(0.35);
  const own = (sprite as unknown as { displayTexture?: Phaser.Textures.Texture | null }).displayTexture;
  if (own) sprite.once(Phaser.GameObjects.Events.DESTROY, () => own.destroy());
  return sprite;
}

/** "Nvidia H100" -> "H100": the maker's name is clear from the region. */
function shortChipName(name: string): string {
  return name.replace(/^(Nvidia|Huawei)\s+/, '');
}
