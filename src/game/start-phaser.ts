import Phaser from 'phaser';
import type { AppStore, Screen } from '../store/game-store';
import { onLanguageChange } from '../ui/language';
import { BootScene } from './boot-scene';
import { EndScene } from './end-scene';
import { HqScene } from './hq-scene';
import { PALETTE } from './palette';
import { PreloaderScene } from './preloader-scene';
import { SCENES } from './scene-keys';
import { TitleScene } from './title-scene';

export type RendererChoice = 'auto' | 'canvas' | 'webgl';

const SCENE_OF_SCREEN: Record<Screen, string> = { title: SCENES.title, briefing: SCENES.title, hq: SCENES.hq, end: SCENES.end, replay: SCENES.hq };

/** Boots Phaser in `parent` and keeps the running scene in step with the store's screen. */
export function startPhaser(parent: HTMLElement, store: AppStore, renderer: RendererChoice): Phaser.Game {
  let ready = false;
  let unsubscribe: (() => void) | null = null;
  const show = (screen: Screen) => {
    // A scene change is carried out by the game loop, which sleeps while the world view is still (idle-loop.ts).
    game.loop.wake();
    for (const key of new Set(Object.values(SCENE_OF_SCREEN))) {
      if (key !== SCENE_OF_SCREEN[screen] && game.scene.isActive(key)) game.scene.stop(key);
    }
    const key = SCENE_OF_SCREEN[screen];
    // The briefing keeps the title's backdrop running rather than restarting it.
    if (game.scene.isActive(key) && key === SCENES.title) {
      document.body.dataset.scene = key;
      return;
    }
    // Tests and screen readers can tell which scene is drawn once it has been created.
    game.scene.getScene(key)?.events.once(Phaser.Scenes.Events.CREATE, () => {
      document.body.dataset.scene = key;
    });
    game.scene.start(key);
  };
  const onReady = () => {
    if (ready) return;
    ready = true;
    game.scene.stop(SCENES.preloader);
    show(store.getState().screen);
    unsubscribe = store.subscribe((s) => s.screen, show);
  };
  const game = new Phaser.Game({
    type: renderer === 'canvas' ? Phaser.CANVAS : renderer === 'webgl' ? Phaser.WEBGL : Phaser.AUTO,
    parent,
    backgroundColor: PALETTE.background,
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    banner: false,
    // The game has no sound: no AudioContext is opened (and none is left running).
    audio: { noAudio: true },
    scene: [new BootScene(), new PreloaderScene(onReady), new TitleScene(), new HqScene(store), new EndScene(store)],
  });
  // A new language: the scenes on screen draw themselves again, their text in it.
  const stopListening = onLanguageChange(() => {
    game.loop.wake();
    // Only the screens' scenes: boot and preloader have done their work (a restarted boot would show the loading bar again).
    for (const key of new Set(Object.values(SCENE_OF_SCREEN))) if (game.scene.isActive(key)) game.scene.getScene(key)?.scene.restart();
  });
  game.events.once(Phaser.Core.Events.DESTROY, () => {
    unsubscribe?.();
    stopListening();
  });
  return game;
}
