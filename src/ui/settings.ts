// Player settings, kept in this browser: the renderer, how much the world view animates, and text size.
export interface Settings {
  renderer: 'auto' | 'canvas' | 'webgl';
  animation: 'normal' | 'slow' | 'off';
  textSize: 'normal' | 'large' | 'larger';
}

const KEY = 'shakeout.settings';
const DEFAULTS: Settings = { renderer: 'auto', animation: 'normal', textSize: 'normal' };
const ZOOM: Record<Settings['textSize'], number> = { normal: 1, large: 1.12, larger: 1.25 };

let current: Settings = { ...DEFAULTS };

export function loadSettings(): Settings {
  try {
    const saved = JSON.parse(window.localStorage.getItem(KEY) ?? '{}') as Partial<Settings>;
    current = {
      renderer: ['auto', 'canvas', 'webgl'].includes(String(saved.renderer)) ? (saved.renderer as Settings['renderer']) : DEFAULTS.renderer,
      animation: ['normal', 'slow', 'off'].includes(String(saved.animation)) ? (saved.animation as Settings['animation']) : DEFAULTS.animation,
      textSize: ['normal', 'large', 'larger'].includes(String(saved.textSize)) ? (saved.textSize as Settings['textSize']) : DEFAULTS.textSize,
    };
  } catch {
    current = { ...DEFAULTS };
  }
  applyTextSize();
  return current;
}

export function settings(): Settings {
  return current;
}

export function changeSettings(change: Partial<Settings>): Settings {
  current = { ...current, ...change };
  try {
    window.localStorage.setItem(KEY, JSON.stringify(current));
  } catch {
    // Blocked storage: the setting holds for this visit only.
  }
  applyTextSize();
  return current;
}

/** How long an animation of `ms` milliseconds should take (0 when animations are off). */
export function animationMs(ms: number): number {
  return current.animation === 'off' ? 0 : current.animation === 'slow' ? ms * 2 : ms;
}

function applyTextSize(): void {
  const ui = document.getElementById('ui');
  if (ui) ui.style.setProperty('zoom', String(ZOOM[current.textSize]));
}
