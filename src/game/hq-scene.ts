import Phaser from 'phaser';
import { chipAvailable, type GameState } from '../engine';
import { count, money, sentences as joinSentences, t, type MessageKey } from '../i18n';
import type { AppStore } from '../store/game-store';
import { animationMs } from '../ui/settings';
import { cssColour, font, PALETTE, SIDE_PANEL_WIDTH, TOP_BAR_HEIGHT } from './palette';
import { SCENES } from './scene-keys';
import { drawFlowBand, type FlowPath } from './world-flow-band';
import { adoptionLinks, chipFlows, flowHoldings, movedBetween, openModelMakers, worldSummary, type FlowHoldings, type WorldSummary } from './world-flows';
import { worldLayout } from './world-layout';
import { sameWorld } from './world-view-inputs';
import { IdleLoop } from './idle-loop';
import { WorldMotion, type LabChange } from './world-motion';
import { drawRegionPanel, type LabMarker, type ShareBar } from './world-region-panel';
import { spendingLine } from './world-spending';
import { regionName as regionNameIn } from '../ui/scenario-text';

/**
 * The world view: chips flowing from where they are made to the regions whose labs use them, one panel per region with its labs
 * (circles sized by valuation) and market split, green links from open models to the labs serving them, and the quarter's changes animated.
 */
export class HqScene extends Phaser.Scene {
  private unsubscribe: (() => void) | null = null;
  private layer: Phaser.GameObjects.Container | null = null;
  private motion: WorldMotion | null = null;
  /** Sleeps the game loop while nothing on the world view moves. */
  private idle: IdleLoop | null = null;
  /** Chips each lab held at the start of the quarter being played, to tell what a quarter moved. */
  private quarterStart: FlowHoldings | null = null;
  /** What the last quarter change moved, kept until the next one. */
  private moved: FlowHoldings | null = null;
  /** Each lab's circle radius as last drawn, so a quarter change grows circles from what was on screen. */
  private radii = new Map<string, number>();
  /** A redraw waiting for the next paint (see drawSoon), with the state on screen before it when a quarter changed. */
  private pending: { previous: GameState | null; frame: number; timer: number } | null = null;

  constructor(private readonly store: AppStore) {
    super(SCENES.hq);
  }

  create(): void {
    const game = this.store.getState().game;
    this.quarterStart = game ? flowHoldings(game) : null;
    this.moved = null;
    this.radii.clear();
    // data-animating tells the browser tests (and anyone curious) when the quarter's animation has finished.
    this.idle = new IdleLoop(this.game);
    this.motion = new WorldMotion(this, (busy) => {
      this.idle?.setBusy(busy);
      const parent = this.game.canvas.parentElement;
      if (parent) parent.dataset.animating = busy ? '1' : '0';
    });
    this.draw(null);
    this.unsubscribe = this.store.subscribe((s) => s.game, (next, previous) => this.changed(next, previous));
    this.scale.on('resize', this.redraw, this);
    // The top bar grows a row where its figures do not fit on one (a narrow window, a wordier language): the world moves down.
    let barHeight = -1;
    const bar = document.querySelector('.top-bar');
    const barWatcher = bar && typeof ResizeObserver !== 'undefined' ? new ResizeObserver(() => {
      const height = Math.round(bar.getBoundingClientRect().height);
      if (barHeight >= 0 && height !== barHeight) this.redraw();
      barHeight = height;
    }) : null;
    if (bar) barWatcher?.observe(bar);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      barWatcher?.disconnect();
      this.cancelPending();
      this.unsubscribe?.();
      this.unsubscribe = null;
      this.scale.off('resize', this.redraw, this);
      this.motion?.stop();
      this.motion = null;
      this.idle?.stop();
      this.idle = null;
      this.layer = null;
      const parent = this.game.canvas.parentElement;
      if (parent) {
        delete parent.dataset.world;
        delete parent.dataset.animating;
      }
    });
  }

  private changed(next: GameState | null, previous: GameState | null): void {
    if (!next) return;
    const newQuarter = previous !== null && next.quarter > previous.quarter;
    if (newQuarter) {
      const now = flowHoldings(next);
      this.moved = this.quarterStart ? movedBetween(this.quarterStart, now) : null;
      this.quarterStart = now;
    } else if (previous && next.quarter < previous.quarter) {
      // Stepping back in a replay: nothing moved, start counting afresh.
      this.moved = null;
      this.quarterStart = flowHoldings(next);
    } else if (previous && sameWorld(previous, next)) {
      // A move the world view does not show (a price, a split, a hire): the picture stands.
      return;
    }
    this.drawSoon(newQuarter ? previous : null);
  }

  /**
   * Redraws after the browser has painted what the same click put in the DOM (the quarter's report, the panels): the
   * world view rebuilds hundreds of objects, and in the click's own task it kept the report off screen for tens of ms.
   * What the view says it draws (data-world, the label) is written at once; data-animating is 1 until the redraw.
   */
  private drawSoon(previous: GameState | null): void {
    const game = this.store.getState().game;
    if (game) this.publish(game, worldSummary(game, chipFlows(game, this.moved)));
    const parent = this.game.canvas.parentElement;
    if (parent) parent.dataset.animating = '1';
    if (this.pending) {
      // One redraw for every change before it; it animates from what is on screen now.
      this.pending.previous ??= previous;
      return;
    }
    const pending = { previous, frame: 0, timer: 0 };
    // The frame callback runs before the paint; a task queued from it runs after.
    pending.frame = requestAnimationFrame(() => {
      pending.timer = window.setTimeout(() => {
        this.pending = null;
        this.draw(pending.previous);
      }, 0);
    });
    this.pending = pending;
  }

  private cancelPending(): void {
    if (!this.pending) return;
    cancelAnimationFrame(this.pending.frame);
    clearTimeout(this.pending.timer);
    this.pending = null;
  }

  /**
   * The room the DOM leaves: below the top bar, and left of the side panel (or above it, where a tall narrow screen
   * puts the panel at the bottom). The stylesheet decides the layout for each screen size; this follows it.
   */
  private worldArea(): { x: number; y: number; width: number; height: number } {
    const bar = document.querySelector('.top-bar')?.getBoundingClientRect();
    const side = document.querySelector('.side-panel')?.getBoundingClientRect();
    const top = bar && bar.height > 0 ? bar.bottom : TOP_BAR_HEIGHT;
    const below = side !== undefined && side.width > 0 && side.top > top + 1;
    const right = side && side.width > 0 && !below ? side.left : side ? this.scale.width : this.scale.width - SIDE_PANEL_WIDTH;
    const bottom = below ? side.top : this.scale.height;
    return {
      x: 24,
      y: top + 14,
      width: Math.max(300, right - 48),
      height: Math.max(300, bottom - top - 30),
    };
  }

  private redraw(): void {
    this.draw(null);
  }

  /** Draws the current state; `previous` is the state before a quarter change, whose differences are animated. */
  private draw(previous: GameState | null): void {
    const game = this.store.getState().game;
    this.cancelPending();
    this.idle?.nudge();
    this.motion?.stop();
    // The old picture goes at once but is taken apart in a task of its own: hundreds of objects, a fifth of the redraw.
    const old = this.layer;
    this.layer = null;
    if (old) {
      old.setVisible(false);
      window.setTimeout(() => old.destroy(), 0);
    }
    if (!game) return;
    const layer = this.add.container(0, 0);
    this.layer = layer;
    const area = this.worldArea();
    const regions = game.scenario.regions;
    const layout = worldLayout(area, regions.map((r) => game.labs.filter((l) => l.region === r.id).length));
    const flows = chipFlows(game, this.moved);
    const openMakers = openModelMakers(game);
    // Back to front: panels, the open-model links, the labs, then the flow band and the export-control lines over it all.
    const back = this.add.container(0, 0);
    const links = this.add.graphics();
    const front = this.add.container(0, 0);
    const band = this.add.container(0, 0);
    layer.add([back, links, front, band]);
    const markers: LabMarker[] = [];
    const shareBars: ShareBar[] = [];
    regions.forEach((region, r) => {
      const drawn = drawRegionPanel(this, back, front, game, region, layout.panels[r]!, openMakers);
      markers.push(...drawn.markers);
      if (drawn.shareBar) shareBars.push(drawn.shareBar);
    });
    const { paths, legendHeight } = drawFlowBand(this, band, game, flows, layout.band, layout.panels);
    regions.forEach((region, r) => {
      if (r === 0 || !this.controlled(game, regions[r - 1]!.id, region.id)) return;
      const panel = layout.panels[r]!;
      this.drawControlLine(band, layout, legendHeight, panel.x - layout.gap / 2, panel.y + panel.height - 8);
    });
    const growLinks = this.drawAdoption(game, previous, links, markers);
    this.publish(game, worldSummary(game, flows));
    const radii = this.radii;
    this.radii = new Map(markers.map((m) => [m.lab.id, m.radius]));
    if (previous) this.animateQuarter(game, previous, paths, markers, shareBars, growLinks, radii);
  }

  /** Open-model links: from the maker of an open model to each lab serving it; links new this quarter grow from the maker. */
  private drawAdoption(game: GameState, previous: GameState | null, graphics: Phaser.GameObjects.Graphics, markers: LabMarker[]): ((progress: number) => void) | null {
    const at = new Map(markers.map((m) => [m.lab.id, m]));
    const before = new Set(previous ? adoptionLinks(previous).map((l) => `${l.maker}>${l.adopter}`) : []);
    const curves = adoptionLinks(game).flatMap((link) => {
      const maker = at.get(link.maker);
      const adopter = at.get(link.adopter);
      if (!maker || !adopter) return [];
      const bend = new Phaser.Math.Vector2((maker.x + adopter.x) / 2, (maker.y + adopter.y) / 2 - 24);
      const curve = new Phaser.Curves.QuadraticBezier(new Phaser.Math.Vector2(maker.x, maker.y), bend, new Phaser.Math.Vector2(adopter.x, adopter.y));
      return [{ curve, fresh: previous !== null && !before.has(`${link.maker}>${link.adopter}`), end: adopter }];
    });
    const paint = (progress: number) => {
      graphics.clear();
      for (const { curve, fresh, end } of curves) {
        const share = fresh ? progress : 1;
        if (share <= 0) continue;
        const points = curve.getSpacedPoints(32).slice(0, Math.max(2, Math.round(33 * share)));
        graphics.lineStyle(2, PALETTE.accent, 0.9);
        graphics.strokePoints(points);
        if (share >= 1) {
          graphics.fillStyle(PALETTE.accent, 1);
          graphics.fillCircle(end.x, end.y - end.radius - 4, 4);
        }
      }
    };
    paint(1);
    return curves.some((c) => c.fresh) ? paint : null;
  }

  private animateQuarter(
    game: GameState, previous: GameState, paths: FlowPath[], markers: LabMarker[], shareBars: ShareBar[],
    growLinks: ((p: number) => void) | null, radii: Map<string, number>,
  ): void {
    const motion = this.motion;
    const duration = animationMs(900);
    if (!motion || duration === 0) return;
    const before = new Map(previous.labs.map((l) => [l.id, l]));
    const report = game.reports.at(-1);
    const changes: LabChange[] = [];
    const closed: { x: number; y: number; radius: number }[] = [];
    for (const marker of markers) {
      const was = before.get(marker.lab.id);
      if (!was) continue;
      if (was.alive && !marker.lab.alive) {
        closed.push(marker);
        continue;
      }
      if (!marker.lab.alive) continue;
      const delta = marker.lab.valuation - was.valuation;
      const capability = report?.labs.find((l) => l.lab === marker.lab.id);
      const capabilityDelta = capability ? capability.capabilityAfter - capability.capabilityBefore : 0;
      const lines = [];
      if (Math.abs(delta) >= 1) lines.push(t('world.valuationDelta', { sign: delta > 0 ? '+' : '', amount: money(delta) }));
      if (Math.abs(capabilityDelta) >= 0.05) lines.push(t('world.capabilityDelta', { sign: capabilityDelta > 0 ? '+' : '−', delta: Math.abs(capabilityDelta).toFixed(1) }));
      if (lines.length > 0) changes.push({ x: marker.x, y: marker.y - marker.radius - 4, text: lines.join('\n'), gain: delta >= 0 });
      // The circle grows or shrinks from the size it had on screen.
      const shownRadius = radii.get(marker.lab.id);
      if (shownRadius !== undefined && Math.abs(shownRadius - marker.radius) > 0.5) {
        marker.circle.setRadius(shownRadius);
        motion.run({ targets: marker.circle, radius: marker.radius, duration, ease: 'Cubic.easeOut' });
      }
    }
    motion.chipsMoved(paths);
    motion.labsChanged(changes);
    motion.labsClosed(closed);
    for (const bar of shareBars.filter((b) => b.changed)) {
      bar.draw(0);
      motion.run({ from: 0, to: 1, duration: animationMs(1200), ease: 'Cubic.easeInOut', onUpdate: (tween) => bar.draw(tween.getValue() ?? 1) });
    }
    if (growLinks) {
      growLinks(0);
      motion.run({ from: 0, to: 1, duration: animationMs(1200), delay: animationMs(400), onUpdate: (tween) => growLinks(tween.getValue() ?? 1) });
    }
  }

  /** Whether some chip made in one of the two regions may not be bought legally in the other this quarter. */
  private controlled(game: GameState, a: string, b: string): boolean {
    return game.scenario.chips.some((chip) =>
      (chip.madeIn === a && !chipAvailable(game, chip.id, b)) || (chip.madeIn === b && !chipAvailable(game, chip.id, a)));
  }

  /** The export-control line: a red dashed border between two regions, from the flow band (so crossing flows cross it) to the panels' foot. */
  private drawControlLine(band: Phaser.GameObjects.Container, layout: ReturnType<typeof worldLayout>, legendHeight: number, x: number, bottom: number): void {
    const top = layout.band.y + legendHeight + 4;
    const line = this.add.graphics();
    line.lineStyle(3, PALETTE.warning, 0.9);
    for (let y = top; y < bottom; y += 14) line.lineBetween(x, y, x, Math.min(bottom, y + 8));
    band.add(line);
    const middle = (layout.panels[0]!.y + bottom) / 2;
    band.add(this.add.text(x, middle, t('world.exportLine'), {
      fontFamily: font(), fontSize: '14px', color: cssColour(PALETTE.warning), backgroundColor: cssColour(PALETTE.background),
    }).setOrigin(0.5).setAngle(-90));
  }

  /** A read-only summary on the canvas's parent: for screen readers (its label) and for the browser tests (data-world). */
  private publish(game: GameState, summary: WorldSummary): void {
    const parent = this.game.canvas.parentElement;
    if (!parent) return;
    parent.dataset.world = JSON.stringify(summary);
    const regionName = (id: string) => regionNameIn(game.scenario, id);
    const labName = (id: string) => game.labs.find((l) => l.id === id)?.name ?? id;
    const sentences = summary.flows.map((f) => f.kind === 'rented'
      ? t('world.summaryRented', { to: regionName(f.to), units: count(f.units), from: regionName(f.from) })
      : t('world.summaryFlow', { to: regionName(f.to), units: count(f.units), kind: t(`world.flow.${f.kind}` as MessageKey), from: regionName(f.from) }));
    for (const link of summary.adoption) sentences.push(t('world.summaryAdoption', { adopter: labName(link.adopter), maker: labName(link.maker) }));
    const report = game.reports.at(-1);
    for (const region of report ? game.scenario.regions : []) {
      sentences.push(t('world.summarySpending', { region: regionName(region.id), spending: spendingLine(game, report!.markets.filter((m) => m.region === region.id)) }));
    }
    parent.setAttribute('aria-label', joinSentences(t('world.label'), ...sentences));
  }
}
