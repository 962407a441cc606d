import Phaser from 'phaser';
import { buyableChips, capabilityOfLab, chipAvailable, NO_PURCHASE, OPEN_HOSTS, type GameState, type Lab } from '../engine';
import { money, percent, t } from '../i18n';
import type { AppStore } from '../store/game-store';
import { cssColour, FONT, PALETTE, SIDE_PANEL_WIDTH, TOP_BAR_HEIGHT } from './palette';
import { SCENES } from './scene-keys';
import { animationMs } from '../ui/settings';

interface LabMarker {
  circle: Phaser.GameObjects.Arc;
  label: Phaser.GameObjects.Text;
}

/** The world view: one panel per region, each lab a circle sized by valuation, each region's market split as a bar. */
export class HqScene extends Phaser.Scene {
  private unsubscribe: (() => void) | null = null;
  private markers = new Map<string, LabMarker>();
  private layer: Phaser.GameObjects.Container | null = null;

  constructor(private readonly store: AppStore) {
    super(SCENES.hq);
  }

  create(): void {
    this.markers.clear();
    this.draw(false);
    this.unsubscribe = this.store.subscribe((s) => s.game, () => this.draw(true));
    this.scale.on('resize', this.redraw, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.unsubscribe?.();
      this.unsubscribe = null;
      this.scale.off('resize', this.redraw, this);
    });
  }

  private redraw(): void {
    this.markers.clear();
    this.draw(false);
  }

  private draw(animate: boolean): void {
    const game = this.store.getState().game;
    if (!game) return;
    const previous = new Map([...this.markers].map(([id, m]) => [id, m.circle.radius]));
    this.layer?.destroy();
    this.markers.clear();
    this.layer = this.add.container(0, 0);

    const area = {
      x: 24,
      y: TOP_BAR_HEIGHT + 24,
      width: Math.max(200, this.scale.width - SIDE_PANEL_WIDTH - 48),
      height: Math.max(200, this.scale.height - TOP_BAR_HEIGHT - 48),
    };
    const regions = game.scenario.regions;
    const gap = 20;
    const regionWidth = (area.width - gap * (regions.length - 1)) / regions.length;
    const maxValuation = Math.max(1, ...game.labs.map((l) => l.valuation));
    const lastReport = game.reports.at(-1);

    regions.forEach((region, r) => {
      const x = area.x + r * (regionWidth + gap);
      const frame = this.add.graphics();
      frame.fillStyle(PALETTE.panel, 0.92);
      frame.fillRoundedRect(x, area.y, regionWidth, area.height, 14);
      frame.lineStyle(2, PALETTE.panelEdge, 1);
      frame.strokeRoundedRect(x, area.y, regionWidth, area.height, 14);
      this.layer?.add(frame);
      this.layer?.add(this.add.text(x + 16, area.y + 14, region.name, { fontFamily: FONT, fontSize: '20px', color: PALETTE.text, fontStyle: 'bold' }));
      const market = lastReport?.markets.filter((m) => m.region === region.id).reduce((a, m) => a + m.spend, 0);
      this.layer?.add(this.add.text(x + 16, area.y + 42,
        market === undefined ? t('world.noSpendingYet') : t('world.spending', { amount: money(market) }),
        { fontFamily: FONT, fontSize: '15px', color: PALETTE.mutedText, wordWrap: { width: regionWidth - 32 } }));
      const legendHeight = this.drawShareBar(game, region.id, x + 16, area.y + area.height - 24, regionWidth - 32);
      const chipLine = this.drawChipRules(game, region.id, x + 16, area.y + 84, regionWidth - 32);
      const home = game.labs.filter((lab) => lab.region === region.id);
      const top = area.y + 92 + chipLine;
      const bottom = area.y + area.height - 40 - legendHeight;
      if (home.length === 0) {
        this.layer?.add(this.add.text(x + regionWidth / 2, (top + bottom) / 2, t('world.noHomeLab'), {
          fontFamily: FONT, fontSize: '15px', color: PALETTE.mutedText, align: 'center', wordWrap: { width: regionWidth - 60 },
        }).setOrigin(0.5));
      }
      // Labs in a grid: more columns when a region has many labs and the panel is wide enough.
      const columns = Math.max(1, Math.min(4, home.length, Math.round(Math.sqrt((home.length * regionWidth) / Math.max(1, bottom - top)))));
      const rows = Math.max(1, Math.ceil(home.length / columns));
      const cellWidth = regionWidth / columns;
      const cellHeight = (bottom - top) / rows;
      home.forEach((lab, i) => {
        const cx = x + cellWidth * ((i % columns) + 0.5);
        const cy = top + cellHeight * Math.floor(i / columns) + cellHeight * 0.34;
        const maxRadius = Math.max(10, Math.min(56, cellHeight * 0.3, cellWidth * 0.3));
        this.drawLab(game, lab, cx, cy, maxValuation, maxRadius, cellWidth - 10, animate ? previous.get(lab.id) : undefined);
      });
      if (r > 0 && this.controlled(game, regions[r - 1]!.id, region.id)) this.drawControlLine(x - gap / 2, area.y + 8, area.y + area.height - 8);
    });
  }

  /** Whether some chip made in one of the two regions may not be bought legally in the other this quarter. */
  private controlled(game: GameState, a: string, b: string): boolean {
    return game.scenario.chips.some((chip) =>
      (chip.madeIn === a && !chipAvailable(chip, b, game.quarter)) || (chip.madeIn === b && !chipAvailable(chip, a, game.quarter)));
  }

  /** The export-control line: a red dashed border between two regions, with its name. */
  private drawControlLine(x: number, top: number, bottom: number): void {
    const line = this.add.graphics();
    line.lineStyle(3, PALETTE.warning, 0.9);
    for (let y = top; y < bottom; y += 14) line.lineBetween(x, y, x, Math.min(bottom, y + 8));
    this.layer?.add(line);
    this.layer?.add(this.add.text(x, (top + bottom) / 2, t('world.exportLine'), {
      fontFamily: FONT, fontSize: '14px', color: cssColour(PALETTE.warning), backgroundColor: '#0f1723',
    }).setOrigin(0.5).setAngle(-90));
  }

  /** Which chips the region's labs may buy legally this quarter (✓) and which they may not (✕); returns its height. */
  private drawChipRules(game: GameState, regionId: string, x: number, y: number, width: number): number {
    const legal = buyableChips(game.scenario, regionId, game.quarter).map((c) => shortChipName(c.name));
    const banned = game.scenario.chips.filter((c) => !chipAvailable(c, regionId, game.quarter) && c.sales.length > 0).map((c) => shortChipName(c.name));
    const text = [legal.length > 0 ? `✓ ${legal.join(', ')}` : '', banned.length > 0 ? `✕ ${banned.join(', ')}` : ''].filter(Boolean).join('   ');
    if (!text) return 0;
    const label = this.add.text(x, y, text, { fontFamily: FONT, fontSize: '14px', color: PALETTE.mutedText, wordWrap: { width } });
    this.layer?.add(label);
    return label.height;
  }

  private drawLab(game: GameState, lab: Lab, x: number, y: number, maxValuation: number, maxRadius: number, labelWidth: number, fromRadius: number | undefined): void {
    const isPlayer = lab.id === game.scenario.playerLab;
    const colour = !lab.alive ? PALETTE.out : isPlayer ? PALETTE.player : PALETTE.rival;
    const radius = lab.alive ? 10 + (maxRadius - 10) * Math.sqrt(lab.valuation / maxValuation) : 10;
    const circle = this.add.circle(x, y, fromRadius ?? radius, colour, 0.85).setStrokeStyle(3, 0xffffff, isPlayer ? 0.9 : 0.3);
    const label = this.add
      .text(x, y + maxRadius + 4, `${lab.name}\n${capabilityOfLab(game, lab).toFixed(1)}`, {
        fontFamily: FONT, fontSize: '14px', color: PALETTE.text, align: 'center', wordWrap: { width: labelWidth },
      })
      .setOrigin(0.5, 0);
    this.layer?.add([circle, label]);
    if (fromRadius !== undefined && fromRadius !== radius) {
      const duration = animationMs(600);
      if (duration > 0) this.tweens.add({ targets: circle, radius, duration, ease: 'Cubic.easeOut' });
      else circle.setRadius(radius);
    }
    this.markers.set(lab.id, { circle, label });
  }

  /** The region's API spending split between labs, open models at cost and buyers elsewhere; returns the legend's height. */
  private drawShareBar(game: GameState, regionId: string, x: number, y: number, width: number): number {
    const market = game.reports.at(-1)?.markets.find((m) => m.region === regionId && m.segment === 'api');
    const bar = this.add.graphics();
    bar.fillStyle(PALETTE.noLab, 1);
    bar.fillRect(x, y, width, 16);
    this.layer?.add(bar);
    if (!market) return 0;
    const lines: { text: string; colour: string }[] = [];
    let cursor = x;
    const sellers = [...game.labs.map((l) => l.id), OPEN_HOSTS];
    for (const seller of sellers) {
      const share = market.shares[seller] ?? 0;
      if (share <= 0) continue;
      const colour = seller === OPEN_HOSTS ? PALETTE.accent : seller === game.scenario.playerLab ? PALETTE.player : PALETTE.rival;
      bar.fillStyle(colour, 0.9);
      bar.fillRect(cursor, y, width * share, 16);
      bar.lineStyle(1, PALETTE.background, 1);
      bar.strokeRect(cursor, y, width * share, 16);
      cursor += width * share;
      const name = game.labs.find((l) => l.id === seller)?.name;
      const text = name ? t('world.shareLine', { name, share: percent(share) }) : t('world.openHosts', { share: percent(share) });
      lines.push({ text: `■ ${text}`, colour: cssColour(colour) });
    }
    lines.push({ text: `■ ${t('world.noLab', { share: percent(market.shares[NO_PURCHASE] ?? 0) })}`, colour: PALETTE.mutedText });
    const lineHeight = 20;
    lines.forEach((line, i) => {
      const top = y - 8 - (lines.length - i) * lineHeight;
      this.layer?.add(this.add.text(x, top, line.text, { fontFamily: FONT, fontSize: '15px', color: line.colour }));
    });
    return lines.length * lineHeight + 8;
  }
}

/** "Nvidia H100" -> "H100": the maker's name is clear from the region. */
function shortChipName(name: string): string {
  return name.replace(/^(Nvidia|Huawei)\s+/, '');
}
