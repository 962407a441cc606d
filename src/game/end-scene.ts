import Phaser from 'phaser';
import { calendarOf } from '../engine';
import { money, t } from '../i18n';
import type { AppStore } from '../store/game-store';
import { cssColour, FONT, PALETTE } from './palette';
import { SCENES } from './scene-keys';

/** Width of the DOM result card on the left of the end screen; the chart uses the rest. */
export const END_CARD_WIDTH = 480;

/** End screen backdrop: every lab's cash at the end of each quarter, as lines. */
export class EndScene extends Phaser.Scene {
  constructor(private readonly store: AppStore) {
    super(SCENES.end);
  }

  create(): void {
    const game = this.store.getState().game;
    if (!game) return;
    const area = { x: END_CARD_WIDTH + 80, y: 90, width: this.scale.width - END_CARD_WIDTH - 130, height: this.scale.height - 220 };
    if (area.width < 200) return;
    const g = this.add.graphics();
    g.lineStyle(1, PALETTE.panelEdge, 1);
    g.strokeRect(area.x, area.y, area.width, area.height);
    this.add.text(area.x, area.y - 36, t('end.chartTitle'), { fontFamily: FONT, fontSize: '18px', color: PALETTE.text, fontStyle: 'bold' });

    const series = game.labs.map((lab) => ({
      lab,
      points: game.reports.map((r) => r.labs.find((l) => l.lab === lab.id)?.cashEnd ?? null),
    }));
    const values = series.flatMap((s) => s.points.filter((v): v is number => v !== null));
    const top = Math.max(1, ...values);
    const bottom = Math.min(0, ...values);
    const quarters = Math.max(1, game.reports.length - 1);
    const px = (i: number) => area.x + (i / quarters) * area.width;
    const py = (v: number) => area.y + area.height - ((v - bottom) / (top - bottom)) * area.height;

    this.add.text(area.x - 8, area.y, money(top), { fontFamily: FONT, fontSize: '14px', color: PALETTE.mutedText }).setOrigin(1, 0);
    this.add.text(area.x - 8, area.y + area.height, money(bottom), { fontFamily: FONT, fontSize: '14px', color: PALETTE.mutedText }).setOrigin(1, 1);

    game.reports.forEach((report, i) => {
      const date = calendarOf(game.scenario.start, report.quarter);
      this.add.text(px(i), area.y + area.height + 6, t('hq.date', { quarter: date.quarter, year: date.year }), {
        fontFamily: FONT, fontSize: '14px', color: PALETTE.mutedText,
      }).setOrigin(0.5, 0);
    });

    series.forEach(({ lab, points }, index) => {
      const colour = lab.id === game.scenario.playerLab ? PALETTE.player : PALETTE.rival;
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
      this.add.text(area.x + 12, area.y + area.height + 34 + index * 22, `● ${lab.name}`, {
        fontFamily: FONT, fontSize: '15px', color: cssColour(colour),
      });
    });
  }
}
