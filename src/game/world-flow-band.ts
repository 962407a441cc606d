// The flow band of the world view: arcs of chips from the region where they are made down into the region whose labs use them.
import Phaser from 'phaser';
import type { GameState } from '../engine';
import { shortCount, t, type MessageKey } from '../i18n';
import { ART } from './art-keys';
import { cssColour, FLOW_COLOURS, font, PALETTE } from './palette';
import { FLOW_KINDS, type ChipFlow } from './world-flows';
import type { Rect } from './world-layout';

/** A drawn flow and the curve its chip particles travel along. */
export interface FlowPath {
  flow: ChipFlow;
  curve: Phaser.Curves.QuadraticBezier;
}

const LEGEND_LINE = 20;

/** Draws the legend, the chip icons of the regions that make chips, and one arc per flow; returns the arcs for animation. */
export function drawFlowBand(
  scene: Phaser.Scene,
  layer: Phaser.GameObjects.Container,
  game: GameState,
  flows: ChipFlow[],
  band: Rect,
  panels: Rect[],
): { paths: FlowPath[]; legendHeight: number } {
  const legendHeight = drawLegend(scene, layer, band);
  const bottom = band.y + band.height;
  const regionIndex = new Map(game.scenario.regions.map((r, i) => [r.id, i]));
  const outX = (i: number) => panels[i]!.x + panels[i]!.width * 0.3;
  const inX = (i: number) => panels[i]!.x + panels[i]!.width * 0.7;

  game.scenario.regions.forEach((region, i) => {
    if (!game.scenario.chips.some((c) => c.madeIn === region.id)) return;
    layer.add(scene.add.image(outX(i), bottom - 2, ART.chip).setDisplaySize(24, 24).setOrigin(0.5, 1));
  });

  const drawn = flows.filter((f) => f.units > 0 && regionIndex.has(f.from) && regionIndex.has(f.to));
  if (drawn.length === 0) {
    layer.add(scene.add.text(band.x + band.width / 2, band.y + legendHeight + (band.height - legendHeight) / 2, t('world.noFlows'), {
      fontFamily: font(), fontSize: '14px', color: PALETTE.mutedText,
    }).setOrigin(0.5));
    return { paths: [], legendHeight };
  }
  const maxUnits = Math.max(...drawn.map((f) => f.units));
  const maxHeight = Math.max(24, band.height - legendHeight - 10);
  const graphics = scene.add.graphics();
  layer.add(graphics);
  // Labels keep clear of the export-control lines between panels and of the chip icons.
  const placed: Phaser.Geom.Rectangle[] = panels.slice(1).map((panel, i) => {
    const x = (panels[i]!.x + panels[i]!.width + panel.x) / 2;
    return new Phaser.Geom.Rectangle(x - 4, band.y, 8, band.height);
  });
  game.scenario.regions.forEach((region, i) => {
    if (game.scenario.chips.some((c) => c.madeIn === region.id)) placed.push(new Phaser.Geom.Rectangle(outX(i) - 14, bottom - 28, 28, 28));
  });
  const paths: FlowPath[] = [];
  for (const flow of drawn) {
    const from = regionIndex.get(flow.from)!;
    const to = regionIndex.get(flow.to)!;
    const k = FLOW_KINDS.indexOf(flow.kind);
    const start = new Phaser.Math.Vector2(outX(from) + (k - 1.5) * 7, bottom - 6);
    const end = new Phaser.Math.Vector2(inX(to) + (k - 1.5) * 7, bottom);
    const span = Math.abs(end.x - start.x);
    const rise = Math.min(maxHeight, (from === to ? 16 : 28 + span * 0.1) + k * 11);
    const control = new Phaser.Math.Vector2((start.x + end.x) / 2, bottom - 2 * rise);
    const curve = new Phaser.Curves.QuadraticBezier(start, control, end);
    const width = 2 + (12 * flow.units) / maxUnits;
    const colour = FLOW_COLOURS[flow.kind];
    strokeCurve(graphics, curve, width, colour, flow.kind === 'grey' || flow.kind === 'rented');
    arrowHead(graphics, curve, width, colour);
    paths.push({ flow, curve });

    const apex = curve.getPoint(0.5);
    const label = scene.add.text(apex.x, apex.y - width / 2 - 1, t('world.flowUnits', { units: shortCount(flow.units) }), {
      // A solid tag, so a label pushed onto another arc (or its own) still reads.
      fontFamily: font(), fontSize: '14px', color: cssColour(colour), backgroundColor: cssColour(PALETTE.background), padding: { x: 3, y: 1 },
    }).setOrigin(0.5, 1);
    // Labels of arcs that meet move aside (up, then right, then left) instead of covering each other or the legend.
    const home = { x: label.x, y: label.y };
    const free = () => {
      const bounds = label.getBounds();
      // A little air around each label, so neighbours never read as one number.
      const padded = new Phaser.Geom.Rectangle(bounds.x - 4, bounds.y - 1, bounds.width + 8, bounds.height + 2);
      return bounds.top >= band.y + legendHeight && !placed.some((r) => Phaser.Geom.Intersects.RectangleToRectangle(r, padded));
    };
    const spot = LABEL_SPOTS.find(([dx, dy]) => {
      label.setPosition(home.x + dx * (label.width + 6), home.y + dy);
      return free();
    }) ?? [0, 0];
    label.setPosition(home.x + spot[0] * (label.width + 6), home.y + spot[1]);
    const bounds = label.getBounds();
    placed.push(bounds);
    layer.add(label);
  }
  return { paths, legendHeight };
}

/** Where a flow's label may go, nearest first: its arc's apex, then up or down a line, then beside, then further out. */
const LABEL_SPOTS: readonly (readonly [number, number])[] = [0, -16, 16, -32, 32, 48].flatMap((dy) => [0, 1, -1, 2, -2].map((dx) => [dx, dy] as const));

/** Solid for chips bought; a faint band with a dashed core for grey-market and rented chips, which may be lost. */
function strokeCurve(graphics: Phaser.GameObjects.Graphics, curve: Phaser.Curves.QuadraticBezier, width: number, colour: number, dashed: boolean): void {
  const points = curve.getSpacedPoints(48);
  graphics.lineStyle(width, colour, dashed ? 0.3 : 0.85);
  graphics.strokePoints(points);
  if (!dashed) return;
  graphics.lineStyle(3, colour, 1);
  for (let i = 0; i + 1 < points.length; i += 3) graphics.lineBetween(points[i]!.x, points[i]!.y, points[i + 1]!.x, points[i + 1]!.y);
}

function arrowHead(graphics: Phaser.GameObjects.Graphics, curve: Phaser.Curves.QuadraticBezier, width: number, colour: number): void {
  const tip = curve.getPoint(1);
  const direction = curve.getTangent(1).normalize();
  const size = width / 2 + 5;
  const back = { x: tip.x - direction.x * size * 1.6, y: tip.y - direction.y * size * 1.6 };
  graphics.fillStyle(colour, 0.95);
  graphics.fillTriangle(tip.x, tip.y, back.x - direction.y * size, back.y + direction.x * size, back.x + direction.y * size, back.y - direction.x * size);
}

/** The legend line: what the band shows and one swatch per kind of flow (wrapping when the band is narrow); returns its height. */
function drawLegend(scene: Phaser.Scene, layer: Phaser.GameObjects.Container, band: Rect): number {
  const items: { text: string; colour: number | null }[] = [
    { text: t('world.flowsHeading'), colour: null },
    ...FLOW_KINDS.map((kind) => ({ text: t(`world.flow.${kind}` as MessageKey), colour: FLOW_COLOURS[kind] })),
    { text: t('world.openLinks'), colour: PALETTE.accent },
  ];
  let x = band.x + 4;
  let y = band.y;
  const swatches = scene.add.graphics();
  layer.add(swatches);
  for (const item of items) {
    const text = scene.add.text(0, y, item.text, { fontFamily: font(), fontSize: '14px', color: item.colour === null ? PALETTE.mutedText : PALETTE.text });
    const width = text.width + (item.colour === null ? 0 : 26);
    if (x + width > band.x + band.width && x > band.x + 4) {
      x = band.x + 4;
      y += LEGEND_LINE;
      text.y = y;
    }
    if (item.colour !== null) {
      swatches.lineStyle(4, item.colour, 1);
      swatches.lineBetween(x, y + 9, x + 18, y + 9);
      text.x = x + 24;
    } else {
      text.x = x;
    }
    layer.add(text);
    x += width + 14;
  }
  return y - band.y + LEGEND_LINE;
}
