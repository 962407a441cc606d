import Phaser from 'phaser';
import { calendarOf, labHistory } from '../engine';
import { money, percent, scientific, t, type MessageKey } from '../i18n';
import type { AppStore } from '../store/game-store';
import { fitToWidth } from './fit-text';
import { cssColour, FONT, PALETTE, RIVAL_COLOURS } from './palette';
import { SCENES } from './scene-keys';

/** Width of the DOM result card on the left of the end screen; the chart uses the rest. */
export const END_CARD_WIDTH = 520;
/** Room a quarter's date needs under the chart ("Q4 2027" at 14 px, and a gap). */
const DATE_LABEL_WIDTH = 68;
/** Width of a column of the chart's key. */
const KEY_COLUMN = 200;

/** End screen backdrop: every lab's cash at the end of each quarter, as lines. */
export class EndScene extends Phaser.Scene {
  constructor(private readonly store: AppStore) {
    super(SCENES.end);
  }

  private layer: Phaser.GameObjects.Container | null = null;

  create(): void {
    this.draw();
    const unsubscribe = this.store.subscribe((s) => s.debriefMetric, () => this.draw());
    // A window resized or a tablet turned: the chart is drawn again for the room the card now leaves.
    this.scale.on('resize', this.draw, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unsubscribe();
      this.scale.off('resize', this.draw, this);
      this.layer = null;
    });
  }

  /**
   * The chart's room: right of the DOM result card, or below it where a tall narrow screen puts the card on top;
   * its height leaves room for the key, one row of names per `columns` labs.
   */
  private chartArea(labs: number): { x: number; y: number; width: number; height: number; columns: number } {
    const card = document.querySelector('.end-card')?.getBoundingClientRect();
    const { width, height } = this.scale;
    const below = card !== undefined && card.width > 0 && card.right > width * 0.6;
    const x = below ? 80 : (card && card.width > 0 ? card.right : END_CARD_WIDTH) + 80;
    const y = below && card ? card.bottom + 56 : 90;
    const areaWidth = width - x - 50;
    const columns = Math.max(1, Math.floor((areaWidth + 24) / KEY_COLUMN));
    const keyHeight = 34 + Math.ceil(labs / columns) * 20;
    return { x, y, width: areaWidth, height: height - y - keyHeight - 16, columns };
  }

  private draw(): void {
    const { game, debriefMetric: metric } = this.store.getState();
    if (!game) return;
    this.layer?.destroy();
    const layer = this.add.container(0, 0);
    this.layer = layer;
    const add = <T extends Phaser.GameObjects.GameObject>(object: T): T => {
      layer.add(object);
      return object;
    };
    const area = this.chartArea(game.labs.length);
    if (area.width < 200 || area.height < 120) return;
    const g = add(this.add.graphics());
    g.lineStyle(1, PALETTE.panelEdge, 1);
    g.strokeRect(area.x, area.y, area.width, area.height);
    add(this.add.text(area.x, area.y - 36, t(`debrief.chart.${metric}` as MessageKey), { fontFamily: FONT, fontSize: '18px', color: PALETTE.text, fontStyle: 'bold' }));

    const history = labHistory(game, metric);
    const series = game.labs.map((lab) => ({ lab, points: history[lab.id] ?? [] }));
    const format = (v: number) => (metric === 'capability' ? v.toFixed(0) : metric === 'share' ? percent(v) : metric === 'compute' ? scientific(v) : money(v));
    const values = series.flatMap((s) => s.points.filter((v): v is number => v !== null));
    const top = Math.max(metric === 'share' ? 0.01 : 1, ...values);
    const bottom = Math.min(0, ...values);
    const quarters = Math.max(1, game.reports.length - 1);
    const px = (i: number) => area.x + (i / quarters) * area.width;
    const py = (v: number) => area.y + area.height - ((v - bottom) / (top - bottom)) * area.height;

    add(this.add.text(area.x - 8, area.y, format(top), { fontFamily: FONT, fontSize: '14px', color: PALETTE.mutedText }).setOrigin(1, 0));
    add(this.add.text(area.x - 8, area.y + area.height, format(bottom), { fontFamily: FONT, fontSize: '14px', color: PALETTE.mutedText }).setOrigin(1, 1));

    // Every quarter's date where there is room, else every second or third, so dates never run into each other.
    const dateEvery = Math.max(1, Math.ceil(DATE_LABEL_WIDTH / (area.width / quarters)));
    game.reports.forEach((report, i) => {
      if (i % dateEvery !== 0) return;
      const date = calendarOf(game.scenario.start, report.quarter);
      add(this.add.text(px(i), area.y + area.height + 6, t('hq.date', { quarter: date.quarter, year: date.year }), {
        fontFamily: FONT, fontSize: '14px', color: PALETTE.mutedText,
      }).setOrigin(0.5, 0));
    });

    series.forEach(({ lab, points }, index) => {
      const rivalIndex = game.labs.filter((l) => l.id !== game.scenario.playerLab).findIndex((l) => l.id === lab.id);
      const colour = lab.id === game.scenario.playerLab ? PALETTE.player : RIVAL_COLOURS[rivalIndex % RIVAL_COLOURS.length]!;
      g.lineStyle(lab.id === game.scenario.playerLab ? 4 : 2, colour, 1);
      let last: { x: number; y: number } | null = null;
      points.forEach((value, i) => {
        if (value === null) return;
        const point = { x: px(i), y: py(value) };
        if (last) g.lineBetween(last.x, last.y, point.x, point.y);
        g.fillStyle(colour, 1);
        g.fillCircle(point.x, point.y, 4);
        last = point;
      });
      const columns = area.columns;
      const key = this.add.text(area.x + 12 + (index % columns) * KEY_COLUMN, area.y + area.height + 34 + Math.floor(index / columns) * 20, '', {
        fontFamily: FONT, fontSize: '14px', color: cssColour(colour),
      });
      // Within its column: a long name is shortened rather than written over the next one.
      fitToWidth(key, lab.name, (name) => `● ${name}`, KEY_COLUMN - 10);
      add(key);
    });
  }
}
