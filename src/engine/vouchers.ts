// Compute vouchers are city budgets, not open-ended: when the labs of a region claim more in a quarter than the schemes
// pay out, each gets the same share of its claim (Shanghai's scheme had 600M yuan, Shenzhen's 500M yuan a year).
import { voucherAmount } from './compute';
import type { Lab, LabQuarterReport, GameState, Rental } from './state-types';
import type { RegionId } from './scenario-types';

/** Per region: what its labs claimed this quarter, the schemes' budget, and the share of each claim paid (0..1). */
export interface VoucherRation {
  claimed: number;
  budget: number;
  paid: number;
}

/** The share of each claim the region's voucher budget pays this quarter, by region, over the labs given (in order). */
export function voucherRations(state: GameState, labs: readonly Lab[]): Record<RegionId, VoucherRation> {
  const rations: Record<RegionId, VoucherRation> = {};
  for (const region of state.scenario.regions) {
    const budget = region.computeVoucherBudgetPerQuarter;
    if (budget === undefined) continue;
    let claimed = 0;
    for (const lab of labs) if (lab.region === region.id) claimed += voucherAmount(state, lab, lab.rentals);
    rations[region.id] = { claimed, budget, paid: claimed > budget ? budget / claimed : 1 };
  }
  return rations;
}

/**
 * What the voucher pays the lab this quarter: its claim (voucherAmount), times the share its region's budget allows. A
 * rationed claim is explained in the report.
 */
export function voucherPaid(state: GameState, lab: Lab, rations: Record<RegionId, VoucherRation>, report: LabQuarterReport): number {
  const claim = voucherAmount(state, lab, lab.rentals);
  const ration = rations[lab.region];
  if (!ration || ration.paid >= 1 || claim <= 0) return claim;
  const paid = claim * ration.paid;
  report.notes.push({ code: 'voucherRationed', params: { region: lab.region, claimed: claim, paid, budget: ration.budget, regionClaimed: ration.claimed } });
  return paid;
}

/**
 * The share of claims the region's voucher budget paid last quarter (1 when it paid every claim, or before the first
 * quarter): what a lab may expect of its next claim. A lab weighing rent at home counts on this much, not the full share.
 */
export function lastVoucherRation(state: Pick<GameState, 'reports'>, region: RegionId): number {
  const report = state.reports.at(-1);
  if (!report) return 1;
  for (const row of report.labs) {
    for (const note of row.notes) {
      if (note.code !== 'voucherRationed' || note.params.region !== region) continue;
      return Math.min(1, Number(note.params.budget) / Number(note.params.regionClaimed));
    }
  }
  return 1;
}

/** What a voucher may be expected to pay of a quarter's rent: the claim (voucherAmount) at last quarter's ration. */
export function expectedVoucher(state: GameState, lab: Lab, rentals: readonly Rental[]): number {
  return voucherAmount(state, lab, rentals) * lastVoucherRation(state, lab.region);
}
