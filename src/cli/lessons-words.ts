// How the lessons report writes numbers and targets: plain figures with their 95% intervals, and each target's verdict.
import { verdict, type Estimate, type Verdict } from '../engine/lesson-stats';

export const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
export const points = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(100 * x).toFixed(0)} points`;
export const times = (x: number) => `${x >= 10 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toPrecision(2)}×`;
/** Labs of a region in words (the lessons' region is China's). */
export const labsOf = (region: string) => (region === 'cn' ? 'Chinese labs' : `${region} labs`);
/** Small counts keep a decimal (a median of 2.5 labs); from 100 up, whole numbers with thousands separators (39,140 chips). */
export const count = (x: number) => {
  const shown = Math.abs(x) >= 100 ? Math.round(x) : x;
  const text = Number.isInteger(shown) ? String(Math.abs(shown)) : Math.abs(shown).toFixed(1);
  return `${shown < 0 ? '-' : ''}${text.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
};
export const plural = (x: number, noun: string) => `${count(x)} ${noun}${x === 1 ? '' : 's'}`;
export const flop = (x: number) => (x > 0 ? `${x.toExponential(1).replace('e+', 'e')} FLOP` : '0 FLOP');
export const price = (x: number) => (Number.isNaN(x) ? '—' : `$${x >= 1 ? x.toFixed(2) : x.toPrecision(2)}`);

export function money(x: number): string {
  if (Number.isNaN(x)) return '—';
  const size = Math.abs(x);
  if (size >= 1e9) return `$${(x / 1e9).toFixed(1)}B`;
  if (size >= 1e6) return `$${(x / 1e6).toFixed(0)}M`;
  return `$${x.toFixed(0)}`;
}

/** A figure and its interval, each written by `format`; a dash when the figure is undefined (no seed had it). */
export function withInterval(estimate: Estimate, format: (x: number) => string): string {
  if (Number.isNaN(estimate.value)) return '— (no world had it)';
  return `${format(estimate.value)} [${format(estimate.low)} to ${format(estimate.high)}]`;
}

export interface TargetRow {
  lesson: string;
  target: string;
  measured: string;
  verdict: Verdict;
}

export function judged(lesson: string, target: string, estimate: Estimate, format: (x: number) => string, meets: (x: number) => boolean): TargetRow {
  return { lesson, target, measured: withInterval(estimate, format), verdict: verdict(estimate, meets) };
}

export const verdictWords: Record<Verdict, string> = { holds: 'yes', fails: '**no**', unclear: 'unclear (the interval straddles the target)' };

export function targetTable(rows: readonly TargetRow[]): string[] {
  return ['| story point | target | measured [95% interval] | holds? |', '|---|---|---|---|', ...rows.map((r) => `| ${r.lesson} | ${r.target} | ${r.measured} | ${verdictWords[r.verdict]} |`)];
}

/** Whether an estimate is clearly above or below a line, or cannot be told apart from it. */
export function side(estimate: Estimate, line: number): 'above' | 'below' | 'level' {
  if (estimate.low > line) return 'above';
  if (estimate.high < line) return 'below';
  return 'level';
}
