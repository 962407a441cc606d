// Gross margin per product: what serving each product cost, at the lab's own cost of compute this quarter.
import type { LabCompute } from './phase-training';
import type { Lab, LabQuarterReport } from './state-types';

/** What the lab's compute cost this quarter: rent less vouchers, power, and the chips' depreciation. */
export function computeCost(lab: Lab, report: LabQuarterReport): number {
  const cash = lab.ledger.filter((i) => i.kind === 'rent' || i.kind === 'voucher' || i.kind === 'power').reduce((a, i) => a - i.amount, 0);
  return cash + report.depreciation;
}

/**
 * Charges each product its served FLOP at the cost of a FLOP of the lab's whole fleet (training, serving and research
 * alike), so a product served by a costly fleet shows a thin margin; idle capacity is not charged to any product.
 */
export function chargeServing(lab: Lab, report: LabQuarterReport, compute: LabCompute): void {
  const total = compute.trainingFlop + compute.inferenceFlop + compute.researchFlop;
  const perFlop = total > 0 ? computeCost(lab, report) / total : 0;
  for (const product of report.products) product.servingCost = product.servedFlop * perFlop;
}
