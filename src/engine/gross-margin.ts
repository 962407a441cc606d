// Gross margin per product: what serving each product cost, at the lab's own cost of compute this quarter.
import type { LabCompute } from './phase-training';
import type { Lab, LabQuarterReport, ProductResult } from './state-types';

/** A product's cost of sales: serving it, and for industry contracts the engineers who delivered them. */
export function costOfSales(product: Pick<ProductResult, 'servingCost' | 'deliveryCost'>): number {
  return product.servingCost + (product.deliveryCost ?? 0);
}

/** What the lab's compute cost this quarter: rent less vouchers, power, and the chips' depreciation. */
export function computeCost(lab: Lab, report: LabQuarterReport): number {
  const cash = lab.ledger.filter((i) => i.kind === 'rent' || i.kind === 'voucher' || i.kind === 'power').reduce((a, i) => a - i.amount, 0);
  return cash + report.depreciation;
}

/**
 * Charges the products the serving share of the fleet's cost (the split's inference share of rent, power and
 * depreciation), each in proportion to the FLOP it served: serving capacity held for demand and left idle is a cost of
 * sales, as a lab's reserved inference fleet is. Chips that stood idle because the lab's engineers could run no more
 * sales or GPU-hours (`idleForStaffFlop`) are left out: with no one to run them they are not yet in service (as a
 * cloud's capacity still being fitted out is not in its cost of revenue); their cost still falls on the operating result.
 */
export function chargeServing(lab: Lab, report: LabQuarterReport, compute: LabCompute): void {
  const served = report.products.reduce((a, p) => a + p.servedFlop, 0);
  const capacity = compute.inferenceFlop;
  const inService = capacity > 0 ? Math.max(0, capacity - (report.idleForStaffFlop ?? 0)) / capacity : 0;
  const bill = (computeCost(lab, report) * lab.split.inference * inService) / 100;
  for (const product of report.products) product.servingCost = served > 0 ? (bill * product.servedFlop) / served : 0;
}
