// Statistics for the lessons: medians and shares over many worlds, each with a 95% interval from a paired bootstrap
// over seeds (a seed's worlds are resampled together, so a paired difference keeps its pairing). Pure and seeded.
import seedrandom from 'seedrandom';

/** A measured figure: its value over all the worlds and the 95% interval around it. */
export interface Estimate {
  value: number;
  low: number;
  high: number;
  /** Seeds the figure is measured over (some figures skip seeds where it is undefined, such as no price at all). */
  seeds: number;
}

/** Resamples per interval: enough that the interval's ends move by well under its width between seeds of the bootstrap. */
export const BOOTSTRAP_RESAMPLES = 2000;
/** The bootstrap's own seed: fixed, so the same worlds always give the same intervals. */
export const BOOTSTRAP_SEED = 'lessons/bootstrap';

const byNumber = (a: number, b: number) => a - b;

/** The middle value; the mean of the two middle values for an even count; NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort(byNumber);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? NaN : values.reduce((a, v) => a + v, 0) / values.length;
}

/**
 * A statistic of the worlds at the seed positions `picks` (a position may repeat in a resample), or null where it
 * is undefined for that sample (a ratio over nothing).
 */
export type Statistic = (picks: readonly number[]) => number | null;

/**
 * The statistic over all `seeds` seed positions, and its 95% percentile interval from BOOTSTRAP_RESAMPLES resamples of
 * the seed positions with replacement; resamples where the statistic is undefined are skipped.
 */
export function bootstrap(seeds: number, statistic: Statistic, resamples = BOOTSTRAP_RESAMPLES): Estimate {
  const all = Array.from({ length: seeds }, (_, i) => i);
  const value = seeds > 0 ? statistic(all) : null;
  if (value === null) return { value: NaN, low: NaN, high: NaN, seeds };
  const random = seedrandom.alea(BOOTSTRAP_SEED);
  const draws: number[] = [];
  const picks = new Array<number>(seeds);
  for (let r = 0; r < resamples; r += 1) {
    for (let i = 0; i < seeds; i += 1) picks[i] = Math.floor(random() * seeds);
    const drawn = statistic(picks);
    if (drawn !== null && !Number.isNaN(drawn)) draws.push(drawn);
  }
  draws.sort(byNumber);
  if (draws.length === 0) return { value, low: value, high: value, seeds };
  const low = draws[Math.floor(0.025 * draws.length)]!;
  const high = draws[Math.max(0, Math.ceil(0.975 * draws.length) - 1)]!;
  return { value, low, high, seeds };
}

/** The median over seeds of a per-seed figure (null where a seed has none), with its interval. */
export function medianOf(perSeed: readonly (number | null)[]): Estimate {
  const kept = perSeed.filter((v): v is number => v !== null && !Number.isNaN(v));
  return bootstrap(kept.length, (picks) => median(picks.map((i) => kept[i]!)));
}

/** The mean over seeds of a per-seed figure (a share when the figure is 0 or 1; a paired difference when it is one). */
export function meanOf(perSeed: readonly (number | null)[]): Estimate {
  const kept = perSeed.filter((v): v is number => v !== null && !Number.isNaN(v));
  return bootstrap(kept.length, (picks) => mean(picks.map((i) => kept[i]!)));
}

/** Sum of numerators over sum of denominators across seeds (null when the denominators sum to zero), with its interval. */
export function pooledRatio(numerators: readonly number[], denominators: readonly number[]): Estimate {
  return bootstrap(numerators.length, (picks) => {
    let top = 0;
    let bottom = 0;
    for (const i of picks) {
      top += numerators[i]!;
      bottom += denominators[i]!;
    }
    return bottom === 0 ? null : top / bottom;
  });
}

/** Whether a target holds: the whole interval meets it, none of it does, or the interval straddles it. */
export type Verdict = 'holds' | 'fails' | 'unclear';

/** Judged at 21 points across the interval, so a target band (3 ± 1) inside a wide interval is not called failed. */
export function verdict(estimate: Estimate, meets: (x: number) => boolean): Verdict {
  if (Number.isNaN(estimate.value)) return 'unclear';
  const points = [estimate.value, ...Array.from({ length: 21 }, (_, i) => estimate.low + ((estimate.high - estimate.low) * i) / 20)];
  const met = points.filter((x) => meets(x)).length;
  if (met === points.length) return 'holds';
  return met === 0 ? 'fails' : 'unclear';
}
