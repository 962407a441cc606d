// What a link may set: ?seed=, ?scenario= (a shipped id or a same-origin file), ?renderer=canvas|webgl|auto, ?watch=1.
import type { RendererChoice } from './game/start-phaser';

export interface UrlOptions {
  seed: string | null;
  scenario: string | null;
  renderer: RendererChoice;
  /** ?watch=1: every lab, the player's included, is played by its strategy: the world the simulator sees. */
  watch: boolean;
}

export function readUrlOptions(search: string): UrlOptions {
  const params = new URLSearchParams(search);
  const renderer = params.get('renderer');
  const seed = params.get('seed')?.trim().slice(0, 64) || null;
  return {
    seed,
    scenario: params.get('scenario')?.trim() || null,
    renderer: renderer === 'canvas' || renderer === 'webgl' ? renderer : 'auto',
    watch: params.get('watch') === '1',
  };
}

/** A fresh seed for a game nobody asked to replay: short enough to read out to a class. */
export function freshSeed(): string {
  return Math.floor(Math.random() * 36 ** 6).toString(36).padStart(6, '0');
}
