// Gross margin per product: what serving each product cost, at the lab's own cost of compute this quarter.
import type { LabCompute } from './phase-training';
import type { Lab, LabQuarterReport } from './state-types';

/** What the lab's compute cost this quarter: rent less vouchers, power, and the chips' depreciation. */
export function computeCost(lab: Lab, report: LabQuarterReport): number {
  const cash = lab.ledger.filter((i) => i.kind === 'rent' || i.kind === 'voucher' || i.kind === 'power').reduce((a, i) => a - i.amount, 0);
  return cash + report.depreciation;
}

/**
 * Charges each product the chip time its served FLOP took: the serving share of the fleet's cost (the split's inference
 * share of rent, power and depreciation) per FLOP the serving share delivers at serving utilisation. A served FLOP
 * costs more chip time than a trained one (decoding is memory-bound: chips serve at a lower share of their peak than
 * they train), so it is charged at its own rate, not the fleet's average; idle serving capacity is not charged to any
 * product.
 */
export function chargeServing(lab: Lab, report: LabQuarterReport, compute: LabCompute): void {
  const served = report.products.reduce((a, p) => a + p.servedFlop, 0);
  const bill = compute.inferenceFlop > 0 ? (computeCost(lab, report) * lab.split.inference) / 100 : 0;
  for (const product of report.products) product.servingCost = served > 0 ? (bill * product.servedFlop) / served : 0;
}
