// What a lab sold over a game, read from its quarter reports: the debrief and the balance report show it beside a score.
import type { LabId } from './scenario-types';
import type { GameState } from './state-types';

export interface Sales {
  /** Quarters the lab was in the game. */
  quarters: number;
  /** Of those, quarters its API resold another lab's open weights (the report's `resoldAsHost` note). */
  hosted: number;
  /** Revenue over the game by product ('api', 'consumer', 'cloud', 'vertical:<id>', …), dollars. */
  revenue: Record<string, number>;
}

export function salesOf(state: Pick<GameState, 'reports'>, lab: LabId): Sales {
  const sales: Sales = { quarters: 0, hosted: 0, revenue: {} };
  for (const report of state.reports) {
    const row = report.labs.find((r) => r.lab === lab);
    if (!row) continue;
    sales.quarters += 1;
    if (row.notes.some((n) => n.code === 'resoldAsHost')) sales.hosted += 1;
    for (const product of row.products) sales.revenue[product.product] = (sales.revenue[product.product] ?? 0) + product.revenue;
  }
  return sales;
}

/** The product every industry solution ('vertical:<id>') counts as in a mix. */
export const INDUSTRIES = 'industries';

export interface SalesMix {
  /** Products with at least the shown share of revenue, largest first (industries as one, INDUSTRIES). */
  mix: { product: string; share: number }[];
  /** Share of the games' quarters in which the lab resold another lab's open model. */
  hostedShare: number;
}

/** The revenue mix and the resale share of one or more games: the arithmetic the debrief and the balance report word. */
export function salesMix(all: readonly Sales[], shown: number): SalesMix {
  const revenue = new Map<string, number>();
  let quarters = 0;
  let hosted = 0;
  for (const sales of all) {
    quarters += sales.quarters;
    hosted += sales.hosted;
    for (const [id, amount] of Object.entries(sales.revenue)) {
      const product = id.startsWith('vertical:') ? INDUSTRIES : id;
      revenue.set(product, (revenue.get(product) ?? 0) + amount);
    }
  }
  let total = 0;
  for (const amount of revenue.values()) total += amount;
  const mix = total > 0
    ? [...revenue].map(([product, amount]) => ({ product, share: amount / total })).filter((p) => p.share >= shown).sort((a, b) => b.share - a.share)
    : [];
  return { mix, hostedShare: quarters > 0 ? hosted / quarters : 0 };
}
