// Reading the books: burn and runway from a quarter's line items.
import type { LabQuarterReport, LineItem } from './state-types';

/** Line items that are investment or financing rather than running the lab. */
const NOT_OPERATING: ReadonlySet<LineItem['kind']> = new Set(['funding', 'chipPurchase', 'chipSale', 'licenceFee', 'greyPremium', 'tariff', 'partnerCredit', 'partnerInvestment', 'loan', 'loanRepayment']);

/** Cash from running the lab for a quarter: revenue less running costs (negative = burning). */
export function operatingCashFlow(items: readonly LineItem[]): number {
  return items.reduce((sum, item) => (NOT_OPERATING.has(item.kind) ? sum : sum + item.amount), 0);
}

/** A quarter's running costs: every outflow that is not investment or financing (chips bought do not count). */
export function operatingSpending(items: readonly LineItem[]): number {
  return items.reduce((sum, item) => (NOT_OPERATING.has(item.kind) || item.amount >= 0 ? sum : sum - item.amount), 0);
}

export function sumOf(items: readonly LineItem[], kind: LineItem['kind']): number {
  return items.reduce((sum, item) => (item.kind === kind ? sum + item.amount : sum), 0);
}

/** Quarters the cash lasts at last quarter's burn; Infinity when the lab earns more than it spends. */
export function runwayQuarters(cash: number, report: Pick<LabQuarterReport, 'lineItems'> | undefined): number {
  const flow = report ? operatingCashFlow(report.lineItems) : 0;
  if (flow >= 0) return Infinity;
  return Math.max(0, cash) / -flow;
}
