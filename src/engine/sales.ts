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
