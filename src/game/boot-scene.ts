import Phaser from 'phaser';
import { PALETTE } from './palette';
import { SCENES } from './scene-keys';

/** First scene: sets the background and hands over to the preloader. */
export class BootScene extends Phaser.Scene {
  constructor() {
    super(SCENES.boot);
  }

  create(): void {
    this.cameras.main.setBackgroundColor(PALETTE.background);
    this.scene.start(SCENES.preloader);
  }
}
