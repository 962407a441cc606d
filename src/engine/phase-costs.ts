// Quarter phase: the bills. Salaries, overhead, power, rent (less vouchers) are cash; depreciation is not.
import { powerCost, rentCost, voucherAmount } from './compute';
import { powerPrice } from './world-rules';
import { record } from './ledger';
import type { GameState, Lab, LabQuarterReport } from './state-types';
import { payroll, talentFactor } from './talent';
import { payRentFromCredit } from './partners';

export function payCosts(state: GameState, lab: Lab, report: LabQuarterReport): void {
  const { scenario } = state;
  record(lab, 'salaries', -payroll(state, lab));
  const bidUp = talentFactor(state, lab.region);
  if (bidUp >= 1.1 && lab.researchers > 0) report.notes.push({ code: 'researcherPayUp', params: { payFactor: bidUp } });
  record(lab, 'overhead', -((lab.researchers + lab.engineers) * scenario.world.overheadPerHeadPerYear) / 4);
  record(lab, 'power', -powerCost(scenario, lab, powerPrice(state, lab.region)));
  record(lab, 'rent', -rentCost(state, lab.rentals));
  record(lab, 'voucher', voucherAmount(state, lab, lab.rentals));
  payRentFromCredit(state, lab);
  report.depreciation = depreciate(lab, scenario.world.depreciationQuarters);
}

/** Straight-line depreciation of each purchase; returns the value written off this quarter. */
function depreciate(lab: Lab, quarters: number): number {
  let written = 0;
  for (const vintage of lab.chipVintages) {
    written += vintage.cost / quarters;
    vintage.quartersLeft -= 1;
  }
  lab.chipVintages = lab.chipVintages.filter((v) => v.quartersLeft > 0);
  return written;
}
