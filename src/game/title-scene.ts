import Phaser from 'phaser';
import { PALETTE } from './palette';
import { SCENES } from './scene-keys';
import { animationMs } from '../ui/settings';

/** Title backdrop: the logo over a slow drift of model nodes, many falling away. */
export class TitleScene extends Phaser.Scene {
  constructor() {
    super(SCENES.title);
  }

  create(): void {
    // A window resized or a tablet turned: start again at the new size, so the grid fills it and the logo stays centred.
    this.scale.on('resize', this.restartAtNewSize, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.scale.off('resize', this.restartAtNewSize, this));
    const { width, height } = this.scale;
    this.drawGrid(width, height);
    if (animationMs(1) === 0) {
      this.drawLogo(width, height);
      return;
    }
    for (let i = 0; i < 60; i += 1) {
      const survivor = i % 9 === 0;
      const node = this.add.circle(
        Phaser.Math.Between(0, width),
        Phaser.Math.Between(0, height),
        survivor ? 6 : 3,
        survivor ? PALETTE.accent : PALETTE.rival,
        survivor ? 0.9 : 0.35,
      );
      this.tweens.add({
        targets: node,
        y: node.y + (survivor ? 20 : height),
        alpha: survivor ? 0.9 : 0,
        duration: animationMs(Phaser.Math.Between(6000, 14000)),
        repeat: -1,
        yoyo: survivor,
      });
    }
    this.drawLogo(width, height);
  }

  private restartAtNewSize(): void {
    this.scene.restart();
  }

  /** The logo above the title; smaller on short windows so the title screen below it fits without scrolling. */
  private drawLogo(width: number, height: number): void {
    const tall = height >= 900;
    this.add.image(width / 2, tall ? 70 : 56, 'logo').setDisplaySize(tall ? 110 : 92, tall ? 110 : 92);
  }

  private drawGrid(width: number, height: number): void {
    const grid = this.add.graphics();
    grid.lineStyle(1, PALETTE.grid, 1);
    for (let x = 0; x < width; x += 48) grid.lineBetween(x, 0, x, height);
    for (let y = 0; y < height; y += 48) grid.lineBetween(0, y, width, y);
  }
}
