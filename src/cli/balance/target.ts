// One calibration target as the report states it: what was measured, over how many seeds, and whether it holds.

export type Section = 'Magnitudes' | 'Balance for the player';

export interface TargetRow {
  section: Section;
  /** The target in ECONOMY.md's words. */
  target: string;
  scenario: string;
  measured: string;
  seeds: number;
  met: boolean;
  /** When not met: one plain sentence on why it does not hold. */
  why?: string;
}

/** A row, with `why` kept only when the target is not met. */
export function row(section: Section, target: string, scenario: string, seeds: number, measured: string, met: boolean, why: () => string): TargetRow {
  return met ? { section, target, scenario, measured, seeds, met } : { section, target, scenario, measured, seeds, met, why: why() };
}

export const within = (x: number, low: number, high: number) => Number.isFinite(x) && x >= low && x <= high;
