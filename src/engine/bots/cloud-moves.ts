// How a cloud grows its fleet: it buys chips while renting them to buyers outside the game pays for them, and no more
// than the market has room for at a utilisation that still pays.
import * as act from '../actions';
import type { Action } from '../actions';
import { HOURS_PER_QUARTER } from '../calendar';
import { cloudRentalTerms } from '../cloud-market';
import type { GameState, Lab } from '../state-types';
import { buyOptions, regionOf, spare } from './compute-moves';

/** What one more chip of the best legal buy would earn renting out, and how many the market has room for. */
export interface RentalPlan {
  chip: string;
  unitCost: number;
  /** Rent one chip earns over its depreciation life at last quarter's utilisation and this quarter's rent. */
  lifetimeRent: number;
  /** Chips the region's clouds could add before utilisation fell to where a chip earns `payback` times its price. */
  room: number;
}

/** The lab's plan for its next chips, or undefined before it rented any hours (or where no one rents GPU-hours). */
export function rentalPlan(state: GameState, lab: Lab, payback: number): RentalPlan | undefined {
  const last = state.reports.at(-1);
  const note = last?.labs.find((r) => r.lab === lab.id)?.notes.find((n) => n.code === 'gpuHoursRented');
  const terms = cloudRentalTerms(state, regionOf(state, lab));
  const option = buyOptions(state, lab).find((o) => !o.grey);
  if (!note || !terms || !option || !last) return undefined;
  const utilisation = Number(note.params.utilisation);
  const chipHours = (option.chip.peakFlops * option.chip.inferenceUtilisation * 3600) / terms.flopPerHour;
  const perQuarter = terms.pricePerHour * chipHours * HOURS_PER_QUARTER;
  const life = state.scenario.world.depreciationQuarters;
  // Hours every cloud in the game offered last quarter (each one's rented hours over the utilisation they all had).
  let offered = 0;
  for (const report of last.labs) {
    for (const n of report.notes) if (n.code === 'gpuHoursRented' && Number(n.params.utilisation) > 0) offered += Number(n.params.chipHours) / Number(n.params.utilisation);
  }
  // The utilisation at which a chip just pays back `payback` times its price, and the hours the market fills at it.
  const breakEven = (payback * option.unitCost) / (perQuarter * life);
  const fillable = breakEven > 0 && breakEven <= 1 ? terms.hours / breakEven - terms.outsideHours - offered : 0;
  return {
    chip: option.chip.id,
    unitCost: option.unitCost,
    lifetimeRent: perQuarter * utilisation * life,
    room: Math.max(0, Math.floor(fillable / HOURS_PER_QUARTER / chipHours)),
  };
}

/**
 * Spends up to `share` of the spare cash on the best legal chip while one earns `payback` times its price renting out
 * (power, falling rents and a return on the money), and never more chips than the market has room for.
 */
export function buyForRentals(state: GameState, lab: Lab, share: number, reserveQuarters: number, payback: number): Action[] {
  const plan = rentalPlan(state, lab, payback);
  if (!plan || plan.lifetimeRent < payback * plan.unitCost) return [];
  // A margin for power and setup, as buyCompute keeps.
  const units = Math.min(plan.room, Math.floor((spare(state, lab, reserveQuarters) * share) / (plan.unitCost * 1.3)));
  return units > 0 ? [act.buyChips(lab.id, plan.chip, units, false)] : [];
}
