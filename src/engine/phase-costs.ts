// Quarter phase: the bills. Salaries, overhead, power, rent (less vouchers) are cash; depreciation is not.
import { powerCost, rentCost, rentTariff } from './compute';
import { voucherPaid, type VoucherRation } from './vouchers';
import type { RegionId } from './scenario-types';
import { powerPrice, voucherShare } from './world-rules';
import { record } from './ledger';
import type { GameState, Lab, LabQuarterReport } from './state-types';
import { payroll, talentFactor } from './talent';
import { payRentFromCredit } from './partners';
import { OUTSIDE_LAB } from './events';

export function payCosts(state: GameState, lab: Lab, report: LabQuarterReport, vouchers: Record<RegionId, VoucherRation> = {}): void {
  const { scenario } = state;
  record(lab, 'salaries', -payroll(state, lab));
  const bidUp = talentFactor(state, lab.region);
  if (bidUp >= 1.1 && lab.researchers > 0) report.notes.push({ code: 'researcherPayUp', params: { payFactor: bidUp } });
  record(lab, 'overhead', -((lab.researchers + lab.engineers) * scenario.world.overheadPerHeadPerYear) / 4);
  record(lab, 'power', -powerCost(scenario, lab, powerPrice(state, lab.region)));
  record(lab, 'rent', -rentCost(state, lab.rentals));
  record(lab, 'tariff', -rentTariff(state, lab.region, lab.rentals), 'rented');
  record(lab, 'voucher', voucherPaid(state, lab, vouchers, report));
  payRentFromCredit(state, lab, voucherShare(state, lab.region) * (vouchers[lab.region]?.paid ?? 1));
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

/** A lab serving a licensed model pays the licensor its share of the quarter's product revenue; a licensor in the game receives it. */
export function payRoyalty(state: GameState, lab: Lab, report: LabQuarterReport): void {
  const licence = lab.licence;
  if (!licence || lab.productModel !== licence.model) return;
  const revenue = lab.ledger.reduce((sum, item) => (item.kind === 'revenue' ? sum + item.amount : sum), 0);
  const royalty = revenue * licence.royalty;
  if (royalty <= 0) return;
  const licensor = state.labs.find((l) => l.id === licence.licensor && l.alive);
  record(lab, 'royalty', -royalty, licensor?.id ?? OUTSIDE_LAB);
  if (licensor) record(licensor, 'royalty', royalty, lab.id);
  report.notes.push({ code: 'royaltyPaid', params: { amount: royalty, royalty: licence.royalty, model: licence.model, lab: licensor?.id ?? OUTSIDE_LAB } });
}
