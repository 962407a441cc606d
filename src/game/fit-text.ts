// Fitting a label to a width: the name shortened with an ellipsis to the longest that fits.
import type Phaser from 'phaser';

/**
 * Sets `text` to `render(name)`, or to `render(shortened name…)` with the longest prefix (at least 3 characters) that
 * fits `width`. A binary search over the length: a handful of measurements whatever the name, where trimming a
 * character at a time re-measured a long name thousands of times.
 */
export function fitToWidth(text: Phaser.GameObjects.Text, name: string, render: (name: string) => string, width: number): void {
  text.setText(render(name));
  if (text.width <= width || name.length <= 3) return;
  const shortened = (keep: number) => render(`${name.slice(0, keep).trimEnd()}…`);
  let fits = 3;
  let tooLong = name.length;
  while (tooLong - fits > 1) {
    const keep = Math.floor((fits + tooLong) / 2);
    text.setText(shortened(keep));
    if (text.width <= width) fits = keep;
    else tooLong = keep;
  }
  text.setText(shortened(fits));
}
