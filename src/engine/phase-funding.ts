// Quarter phase: grey-market fleets may be seized; rentals abroad may be cut.
import { greyMarketOf, rentalOffer, rentalTerms } from './world-rules';
import { draw } from './rng';
import type { GameState, Lab, LabQuarterReport } from './state-types';

/** Each grey-market chip type a lab holds may be seized, in one draw per chip type in catalogue order. */
export function seizeGreyChips(state: GameState, lab: Lab, report: LabQuarterReport): void {
  for (const chip of state.scenario.chips) {
    const units = lab.greyChips[chip.id] ?? 0;
    const grey = greyMarketOf(state, chip.id);
    if (units === 0 || !grey) continue;
    if (Math.floor(draw(state.rng, 'risk') * 100) < grey.seizurePercent) {
      lab.greyChips[chip.id] = 0;
      lab.chipVintages = lab.chipVintages.filter((v) => !(v.grey && v.chip === chip.id));
      report.notes.push({ code: 'chipsSeized', params: { chip: chip.id, units } });
    }
  }
}

/** Compute rented abroad may be cut off, at the risk the offer sets for the renter's region (one draw per rental, in order). */
export function cutRentalsAbroad(state: GameState, lab: Lab, report: LabQuarterReport): void {
  const kept = lab.rentals.filter((rental) => {
    if (rental.region === lab.region) return true;
    const offer = rentalOffer(state, rental.chip, rental.region);
    const risk = offer ? rentalTerms(offer, lab.region).cutOffPercent : 0;
    if (risk <= 0 || Math.floor(draw(state.rng, 'risk') * 100) >= risk) return true;
    report.notes.push({ code: 'rentalCut', params: { chip: rental.chip, units: rental.units, region: rental.region } });
    return false;
  });
  lab.rentals = kept;
}
