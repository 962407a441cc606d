// Quarter phase: the bills. Salaries, overhead, power, rent (less vouchers) are cash; depreciation is not.
import { powerCost, rentCost, voucherAmount } from './compute';
import { powerPrice, voucherShare } from './world-rules';
import { record } from './ledger';
import type { GameState, Lab, LabQuarterReport } from './state-types';
import { payroll, talentFactor } from './talent';
import { creditUse } from './partners';

/** The voucher share on rent in the partner's region: vouchers pay only for compute rented at home. */
function voucherShareFor(state: GameState, lab: Lab, partnerId: string): number {
  const region = state.labs.find((p) => p.id === partnerId)?.region;
  return region === lab.region ? voucherShare(state, lab.region) : 0;
}

export function payCosts(state: GameState, lab: Lab, report: LabQuarterReport): void {
  const { scenario } = state;
  record(lab, 'salaries', -payroll(state, lab));
  const bidUp = talentFactor(state, lab.region);
  if (bidUp >= 1.1 && lab.researchers > 0) report.notes.push({ code: 'researcherPayUp', params: { payFactor: bidUp } });
  record(lab, 'overhead', -((lab.researchers + lab.engineers) * scenario.world.overheadPerHeadPerYear) / 4);
  record(lab, 'power', -powerCost(scenario, lab, powerPrice(state, lab.region)));
  record(lab, 'rent', -rentCost(state, lab.rentals));
  record(lab, 'voucher', voucherAmount(state, lab, lab.rentals));
  // A partner's credit pays rent in its region, less what a voucher already paid there; the partner's cash pays for it.
  const credit = creditUse(state, lab, lab.rentals);
  if (credit && lab.partner) {
    const partner = state.labs.find((p) => p.id === credit.partner);
    const amount = Math.min(credit.amount * (1 - voucherShareFor(state, lab, credit.partner)), partner ? Math.max(0, partner.cash) : 0);
    if (partner && amount > 0) {
      record(lab, 'partnerCredit', amount, partner.id);
      record(partner, 'partnerInvestment', -amount, lab.id);
      lab.partner = { lab: partner.id, credit: lab.partner.credit - amount };
    }
  }
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
