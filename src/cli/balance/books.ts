// A lab's books over a stretch of quarters, read from the quarter reports: revenue, operating result and cash, API margin.
import { buysTokens, costOfSales, operatingCashFlow, sumOf, type GameState, type LabId } from '../../engine';

export interface Books {
  /** Quarters of the stretch the lab was still in the game. */
  quarters: number;
  revenue: number;
  /** Cash from running the lab (investment and financing left out). */
  operatingCash: number;
  /** Operating cash less the chips' depreciation: the accrual result (the game has no interest or tax, so also the net result). */
  operatingResult: number;
  apiRevenue: number;
  apiServingCost: number;
  /** Every product's revenue, and what serving and delivering them cost (the cost of sales, for the gross margin). */
  salesRevenue: number;
  costOfSales: number;
  /** Running costs by line-item kind (and 'depreciation'), as positive dollars. */
  costs: Record<string, number>;
}

/** The lab's books over quarters [from, from + count) of a played game. */
export function booksOf(state: GameState, lab: LabId, from: number, count: number): Books {
  const books: Books = { quarters: 0, revenue: 0, operatingCash: 0, operatingResult: 0, apiRevenue: 0, apiServingCost: 0, salesRevenue: 0, costOfSales: 0, costs: {} };
  for (const report of state.reports.slice(from, from + count)) {
    const row = report.labs.find((r) => r.lab === lab);
    if (!row) continue;
    books.quarters += 1;
    books.revenue += sumOf(row.lineItems, 'revenue');
    const cash = operatingCashFlow(row.lineItems);
    books.operatingCash += cash;
    books.operatingResult += cash - row.depreciation;
    for (const item of row.lineItems) if (item.amount < 0 && item.kind !== 'chipPurchase' && item.kind !== 'licenceFee' && item.kind !== 'greyPremium') books.costs[item.kind] = (books.costs[item.kind] ?? 0) - item.amount;
    books.costs.depreciation = (books.costs.depreciation ?? 0) + row.depreciation;
    for (const product of row.products) {
      books.salesRevenue += product.revenue;
      books.costOfSales += costOfSales(product);
      if (!buysTokens(state.scenario, product.product)) continue;
      books.apiRevenue += product.revenue;
      books.apiServingCost += product.servingCost;
    }
  }
  return books;
}

/** Gross margin of the API: (revenue - serving cost) / revenue; null without API revenue. */
export function apiGrossMargin(books: Pick<Books, 'apiRevenue' | 'apiServingCost'>): number | null {
  return books.apiRevenue > 0 ? (books.apiRevenue - books.apiServingCost) / books.apiRevenue : null;
}

/** Gross margin of everything the lab sold: (revenue - cost of sales) / revenue; null without sales. */
export function grossMargin(books: Pick<Books, 'salesRevenue' | 'costOfSales'>): number | null {
  return books.salesRevenue > 0 ? (books.salesRevenue - books.costOfSales) / books.salesRevenue : null;
}

/** Quarters of the scenario's first calendar year (for a game starting in Q1, its first four). */
export function firstYearQuarters(state: GameState): number {
  return 5 - state.scenario.start.quarter;
}
