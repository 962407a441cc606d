// What moved in the quarter just resolved, animated: chips along their flows, value changes above labs, a fading ring on a lab that closed.
// Every object here comes from a fixed pool made once per scene, so a busy quarter creates nothing new.
import Phaser from 'phaser';
import { animationMs } from '../ui/settings';
import { ART } from './art-keys';
import { cssColour, font, PALETTE } from './palette';
import type { FlowPath } from './world-flow-band';

const PARTICLES = 48;
const FLOATS = 16;
const RINGS = 8;
const MAX_PARTICLES_PER_FLOW = 6;

export interface LabChange {
  x: number;
  y: number;
  text: string;
  gain: boolean;
}

export class WorldMotion {
  private readonly particles: Phaser.GameObjects.Image[] = [];
  private readonly floats: Phaser.GameObjects.Text[] = [];
  private readonly rings: Phaser.GameObjects.Arc[] = [];
  private readonly running = new Set<Phaser.Tweens.Tween>();

  /** `onBusy` hears whether anything is moving, each time that changes. */
  constructor(private readonly scene: Phaser.Scene, private readonly onBusy: (busy: boolean) => void = () => {}) {
    for (let i = 0; i < PARTICLES; i += 1) this.particles.push(scene.add.image(0, 0, ART.chip).setDisplaySize(16, 16).setDepth(20).setVisible(false));
    for (let i = 0; i < FLOATS; i += 1) {
      this.floats.push(scene.add.text(0, 0, '', {
        fontFamily: font(), fontSize: '15px', fontStyle: 'bold', color: PALETTE.text, align: 'center', stroke: cssColour(PALETTE.background), strokeThickness: 4,
      }).setOrigin(0.5, 1).setDepth(21).setVisible(false));
    }
    for (let i = 0; i < RINGS; i += 1) this.rings.push(scene.add.circle(0, 0, 10).setStrokeStyle(4, PALETTE.warning, 1).setDepth(19).setVisible(false));
  }

  /** Stops everything and hides the pool, before a redraw moves what it was drawn on. */
  stop(): void {
    for (const tween of [...this.running]) tween.stop();
    this.running.clear();
    this.onBusy(false);
    for (const object of [...this.particles, ...this.floats, ...this.rings]) object.setVisible(false);
  }

  /** Chip particles along each flow that grew, more of them for the flows that grew most. */
  chipsMoved(paths: FlowPath[]): void {
    const duration = animationMs(1400);
    if (duration === 0) return;
    const grown = paths.filter((p) => p.flow.added > 0);
    const most = Math.max(1, ...grown.map((p) => p.flow.added));
    const free = this.particles.filter((p) => !p.visible);
    grown.forEach((path, f) => {
      const count = Math.max(1, Math.min(MAX_PARTICLES_PER_FLOW, Math.round((MAX_PARTICLES_PER_FLOW * path.flow.added) / most)));
      for (let i = 0; i < count; i += 1) {
        const particle = free.pop();
        if (!particle) return;
        const start = path.curve.getPoint(0);
        particle.setPosition(start.x, start.y).setAlpha(0).setVisible(true);
        this.run({
          from: 0,
          to: 1,
          delay: animationMs(f * 90 + i * 170),
          duration,
          ease: 'Sine.easeInOut',
          onUpdate: (tween) => {
            const at = path.curve.getPoint(tween.getValue() ?? 0);
            particle.setPosition(at.x, at.y).setAlpha(1);
          },
          onComplete: () => particle.setVisible(false),
        });
      }
    });
  }

  /** A change of value (and capability) rising and fading above each lab. */
  labsChanged(changes: LabChange[]): void {
    const duration = animationMs(1800);
    if (duration === 0) return;
    changes.slice(0, FLOATS).forEach((change, i) => {
      const text = this.floats[i]!;
      text.setText(change.text).setColor(cssColour(change.gain ? PALETTE.accent : PALETTE.warning)).setPosition(change.x, change.y).setAlpha(1).setVisible(true);
      this.run({ targets: text, y: change.y - 34, alpha: { from: 1, to: 0 }, delay: animationMs(300), duration, ease: 'Quad.easeOut', onComplete: () => text.setVisible(false) });
    });
  }

  /** A red ring spreading and fading from each lab that went out of business. */
  labsClosed(places: { x: number; y: number; radius: number }[]): void {
    const duration = animationMs(1600);
    if (duration === 0) return;
    places.slice(0, RINGS).forEach((place, i) => {
      const ring = this.rings[i]!.setPosition(place.x, place.y).setRadius(place.radius).setScale(1).setAlpha(1).setVisible(true);
      this.run({ targets: ring, scale: 2.4, alpha: 0, duration, ease: 'Cubic.easeOut', onComplete: () => ring.setVisible(false) });
    });
  }

  /** Any other tween of the world view, so it stops with the rest on a redraw. */
  run(config: Phaser.Types.Tweens.TweenBuilderConfig | Phaser.Types.Tweens.NumberTweenBuilderConfig): void {
    const tween = 'targets' in config && config.targets !== undefined
      ? this.scene.tweens.add(config as Phaser.Types.Tweens.TweenBuilderConfig)
      : this.scene.tweens.addCounter(config as Phaser.Types.Tweens.NumberTweenBuilderConfig);
    this.running.add(tween);
    this.onBusy(true);
    const done = () => {
      if (this.running.delete(tween) && this.running.size === 0) this.onBusy(false);
    };
    tween.on(Phaser.Tweens.Events.TWEEN_COMPLETE, done);
    tween.on(Phaser.Tweens.Events.TWEEN_STOP, done);
  }
}
