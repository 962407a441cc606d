// A scene that draws only when something changes lets the game loop sleep between changes: no frame is drawn while
// nothing moves, so an idle screen costs next to no CPU. Anything that changes the picture nudges it awake.
import Phaser from 'phaser';

/** Frames drawn after the last change before the loop sleeps (the scale manager settles a resize over a frame or two). */
const SETTLE_FRAMES = 3;

export class IdleLoop {
  private busy = false;
  private framesLeft = SETTLE_FRAMES;
  private readonly watcher: ResizeObserver | null;

  constructor(private readonly game: Phaser.Game) {
    game.events.on(Phaser.Core.Events.POST_RENDER, this.rendered, this);
    // The page's layout can resize the canvas's parent without a window resize; the scale manager sees it only while the loop runs.
    const parent = game.canvas.parentElement;
    this.watcher = parent && typeof ResizeObserver !== 'undefined' ? new ResizeObserver(() => this.nudge()) : null;
    if (parent) this.watcher?.observe(parent);
    window.addEventListener('resize', this.nudge);
  }

  /** The picture changed: draw it, and a few frames more. */
  readonly nudge = (): void => {
    this.framesLeft = SETTLE_FRAMES;
    this.game.loop.wake();
  };

  /** Tweens are running (true) or have all finished (false): the loop runs throughout. */
  setBusy(busy: boolean): void {
    this.busy = busy;
    this.nudge();
  }

  /** Back to a loop that always runs, for the scene that comes next. */
  stop(): void {
    this.game.events.off(Phaser.Core.Events.POST_RENDER, this.rendered, this);
    this.watcher?.disconnect();
    window.removeEventListener('resize', this.nudge);
    this.game.loop.wake();
  }

  private rendered(): void {
    if (this.busy) return;
    this.framesLeft -= 1;
    if (this.framesLeft <= 0) this.game.loop.sleep();
  }
}
