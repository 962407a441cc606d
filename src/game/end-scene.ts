import Phaser from 'phaser';
import { calendarOf, labHistory, type HistoryMetric } from '../engine';
import { money, percent, scientific, t, type MessageKey } from '../i18n';
import type { AppStore } from '../store/game-store';
import { fitToWidth } from './fit-text';
import { chartScale, MARKER_GLYPH, seriesStyles, shownLabs, type Marker } from '../ui/chart-series';
import { cssColour, font, PALETTE } from './palette';
import { SCENES } from './scene-keys';

/** Width of the DOM result card on the left of the end screen; the chart uses the rest. */
export const END_CARD_WIDTH = 520;
/** Room a quarter's date needs under the chart ("Q4 2027" at 14 px, and a gap). */
/** Room between two dates on the time axis. */
const DATE_LABEL_GAP = 14;
/** Width of a column of the chart's key. */
const KEY_COLUMN = 200;

/** End screen backdrop: the chosen figure of each lab the player picked, quarter by quarter, as lines (theirs highlighted). */
export class EndScene extends Phaser.Scene {
  constructor(private readonly store: AppStore) {
    super(SCENES.end);
  }

  private layer: Phaser.GameObjects.Container | null = null;

  create(): void {
    this.draw();
    const unsubscribe = this.store.subscribe((s) => [s.debriefMetric, s.debriefLabs] as const, () => this.draw(), { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] });
    // A window resized or a tablet turned: the chart is drawn again for the room the card now leaves.
    this.scale.on('resize', this.draw, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unsubscribe();
      this.scale.off('resize', this.draw, this);
      this.layer = null;
    });
  }

  /**
   * The chart's room: right of the DOM result card, or below it where a tall narrow screen puts the card on top, with
   * room on the left for the value labels (10.0 × 10²⁷ is the widest); its height leaves room for the key, one row of
   * names per `columns` labs.
   */
  private chartArea(labs: number): { x: number; y: number; width: number; height: number; columns: number } {
    const card = document.querySelector('.end-card')?.getBoundingClientRect();
    const { width, height } = this.scale;
    const below = card !== undefined && card.width > 0 && card.right > width * 0.6;
    const x = below ? 130 : (card && card.width > 0 ? card.right : END_CARD_WIDTH) + 130;
    const y = below && card ? card.bottom + 72 : 90;
    const areaWidth = width - x - 50;
    const columns = Math.max(1, Math.floor((areaWidth + 24) / KEY_COLUMN));
    const keyHeight = 34 + Math.ceil(labs / columns) * 20;
    return { x, y, width: areaWidth, height: height - y - keyHeight - 16, columns };
  }

  private draw(): void {
    const { game, debriefMetric: metric, debriefLabs } = this.store.getState();
    if (!game) return;
    this.layer?.destroy();
    const layer = this.add.container(0, 0);
    this.layer = layer;
    const add = <T extends Phaser.GameObjects.GameObject>(object: T): T => {
      layer.add(object);
      return object;
    };
    const shown = new Set(shownLabs(game, debriefLabs));
    const area = this.chartArea(shown.size);
    if (area.width < 200 || area.height < 120) return;
    const styles = seriesStyles(game.labs, game.scenario.playerLab);
    const history = labHistory(game, metric);
    // The player's line last, so it is drawn on top.
    const series = game.labs.filter((lab) => shown.has(lab.id)).map((lab) => ({ lab, style: styles[lab.id]!, points: history[lab.id] ?? [] }))
      .sort((a, b) => Number(a.style.player) - Number(b.style.player));
    const values = series.flatMap((s) => s.points.filter((v): v is number => v !== null));
    const scale = chartScale(values, LOG_METRICS.includes(metric), metric === 'share' ? 0.01 : 1);
    const format = (v: number) => (metric === 'capability' ? v.toFixed(0) : metric === 'share' ? percent(v) : metric === 'compute' ? scientific(v) : money(v));
    const quarters = Math.max(1, game.reports.length - 1);
    const px = (i: number) => area.x + (i / quarters) * area.width;
    const py = (v: number) => area.y + area.height - scale.position(v) * area.height;

    const g = add(this.add.graphics());
    // The heading and the scale's note end at the window's edge: a wordier language shortens them rather than lose their ends.
    const room = this.scale.width - area.x - 8;
    const heading = add(this.add.text(area.x, area.y - (scale.log ? 58 : 40), '', { fontFamily: font(), fontSize: '18px', color: PALETTE.text, fontStyle: 'bold' }));
    fitToWidth(heading, t(`debrief.chart.${metric}` as MessageKey), (text) => text, room);
    if (scale.log) fitToWidth(add(this.add.text(area.x, area.y - 32, '', { fontFamily: font(), fontSize: '14px', color: PALETTE.mutedText })), t('debrief.logScale'), (text) => text, room);
    g.lineStyle(1, PALETTE.grid, 1);
    for (const tick of scale.ticks) {
      const y = py(tick);
      g.lineBetween(area.x, y, area.x + area.width, y);
      add(this.add.text(area.x - 8, y, format(tick), { fontFamily: font(), fontSize: '14px', color: PALETTE.mutedText }).setOrigin(1, 0.5));
    }
    g.lineStyle(1, PALETTE.panelEdge, 1);
    g.strokeRect(area.x, area.y, area.width, area.height);

    // Every quarter's date where there is room, else every second or third, so dates never run into each other: the
    // spacing comes from the widest date as drawn (2025年第1季度 is twice as wide as Q1 2025).
    const dates = game.reports.map((report, i) => {
      const date = calendarOf(game.scenario.start, report.quarter);
      return this.add.text(px(i), area.y + area.height + 6, t('hq.date', { quarter: date.quarter, year: date.year }), {
        fontFamily: font(), fontSize: '14px', color: PALETTE.mutedText,
      }).setOrigin(0.5, 0);
    });
    const widest = Math.max(0, ...dates.map((date) => date.width));
    const dateEvery = Math.max(1, Math.ceil((widest + DATE_LABEL_GAP) / (area.width / quarters)));
    dates.forEach((date, i) => (i % dateEvery === 0 ? add(date) : date.destroy()));

    for (const { style, points } of series) {
      // Rivals thin and a little faded, so the player's line stands out wherever the lines cross.
      g.lineStyle(style.player ? 5 : 2, style.colour, style.player ? 1 : 0.8);
      let last: { x: number; y: number } | null = null;
      let beforeLast: { x: number; y: number } | null = null;
      points.forEach((value, i) => {
        const y = value === null ? Number.NaN : py(value);
        if (Number.isNaN(y)) {
          last = null;
          return;
        }
        const point = { x: px(i), y };
        if (last) g.lineBetween(last.x, last.y, point.x, point.y);
        drawMarker(g, style.marker, point.x, point.y, style.player ? 6 : 4, style.colour);
        beforeLast = last;
        last = point;
      });
      if (style.player && last) {
        const end: { x: number; y: number } = last;
        const you = add(this.add.text(end.x + 10, end.y, t('debrief.you'), { fontFamily: font(), fontSize: '15px', color: cssColour(style.colour), fontStyle: 'bold' }).setOrigin(0, 0.5));
        // A word too long for the margin goes inside the chart, on the side of the line's end that the line leaves free:
        // below it where the line comes down to it, above where it climbs.
        if (you.x + you.width > this.scale.width - 4) {
          const falling = beforeLast !== null && (beforeLast as { y: number }).y < end.y;
          you.setPosition(end.x, falling ? end.y + 10 : end.y - 10).setOrigin(1, falling ? 0 : 1);
        }
      }
    }

    // The key: the labs shown, the player's first.
    const keyed = [...series].reverse();
    const columns = area.columns;
    keyed.forEach(({ lab, style }, index) => {
      const key = this.add.text(area.x + (index % columns) * KEY_COLUMN, area.y + area.height + 34 + Math.floor(index / columns) * 20, '', {
        fontFamily: font(), fontSize: '14px', color: cssColour(style.colour), fontStyle: style.player ? 'bold' : 'normal',
      });
      // Within its column: a long name is shortened rather than written over the next one.
      fitToWidth(key, lab.name, (name) => `${MARKER_GLYPH[style.marker]} ${name}`, KEY_COLUMN - 10);
      add(key);
    });
  }
}

/** Metrics whose values can span orders of magnitude between labs (capability and share are on a fixed scale). */
const LOG_METRICS: readonly HistoryMetric[] = ['cash', 'revenue', 'compute'];

function drawMarker(g: Phaser.GameObjects.Graphics, marker: Marker, x: number, y: number, size: number, colour: number): void {
  g.fillStyle(colour, 1);
  if (marker === 'circle') g.fillCircle(x, y, size);
  else if (marker === 'square') g.fillRect(x - size, y - size, 2 * size, 2 * size);
  else if (marker === 'triangle') g.fillTriangle(x, y - size - 1, x - size - 1, y + size, x + size + 1, y + size);
  else {
    const r = size + 1;
    g.fillTriangle(x, y - r, x + r, y, x - r, y);
    g.fillTriangle(x, y + r, x + r, y, x - r, y);
  }
}
