import Phaser from 'phaser';
import chipUrl from '../../assets/chip.svg?url';
import labUrl from '../../assets/lab.svg?url';
import logoUrl from '../../assets/logo.svg?url';
import openBadgeUrl from '../../assets/open-badge.svg?url';
import panelTextureUrl from '../../assets/panel-texture.svg?url';
import regionEmblemUrl from '../../assets/region-emblem.svg?url';
import { ART } from './art-keys';
import { t } from '../i18n';
import { font, PALETTE } from './palette';

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
    this.add.text(width / 2, y - 40, t('app.loading'), { fontFamily: font(), fontSize: '18px', color: PALETTE.text }).setOrigin(0.5);
    this.add.rectangle(x, y, barWidth, 16).setOrigin(0, 0.5).setStrokeStyle(2, PALETTE.panelEdge);
    const bar = this.add.rectangle(x + 2, y, 0, 12, PALETTE.accent).setOrigin(0, 0.5);
    this.load.on('progress', (progress: number) => {
      bar.width = (barWidth - 4) * progress;
    });
    this.load.svg(ART.logo, logoUrl, { width: 240, height: 240 });
    // Loaded at twice the size they are drawn at, so they stay sharp when scaled.
    this.load.svg(ART.chip, chipUrl, { width: 48, height: 48 });
    this.load.svg(ART.lab, labUrl, { width: 96, height: 96 });
    this.load.svg(ART.openBadge, openBadgeUrl, { width: 48, height: 48 });
    this.load.svg(ART.regionEmblem, regionEmblemUrl, { width: 64, height: 64 });
    this.load.svg(ART.panelTexture, panelTextureUrl, { width: 96, height: 96 });
  }

  create(): void {
    this.onReady();
  }
}
