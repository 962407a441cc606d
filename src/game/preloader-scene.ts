import Phaser from 'phaser';
import logoUrl from '../../assets/logo.svg?url';
import { t } from '../i18n';
import { FONT, PALETTE } from './palette';

/** Loads the team's art with a progress bar, then tells the director the game is ready. */
export class PreloaderScene extends Phaser.Scene {
  constructor(private readonly onReady: () => void) {
    super('Preloader');
  }

  preload(): void {
    const { width, height } = this.scale;
    const barWidth = Math.min(480, width - 80);
    const x = (width - barWidth) / 2;
    const y = height / 2;
    this.add.text(width / 2, y - 40, t('app.loading'), { fontFamily: FONT, fontSize: '18px', color: PALETTE.text }).setOrigin(0.5);
    this.add.rectangle(x, y, barWidth, 16).setOrigin(0, 0.5).setStrokeStyle(2, PALETTE.panelEdge);
    const bar = this.add.rectangle(x + 2, y, 0, 12, PALETTE.accent).setOrigin(0, 0.5);
    this.load.on('progress', (progress: number) => {
      bar.width = (barWidth - 4) * progress;
    });
    this.load.svg('logo', logoUrl, { width: 240, height: 240 });
  }

  create(): void {
    this.onReady();
  }
}
