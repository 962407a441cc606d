// What the player's lab sold over a whole game, in the balance report's words: the reason a strategy wins is in its sales.
import type { Sales } from '../../engine';

export { salesOf, type Sales } from '../../engine';

/** Industries count as one product, 'industries', for a summary. */
const productOf = (id: string) => (id.startsWith('vertical:') ? 'industries' : id);

/**
 * A strategy's business over its seeds, in words: "API 95% of revenue; resold another lab's open model in 70% of its
 * quarters". Revenue shares are of the seeds' summed revenue; the hosted share is of all quarters in the game.
 */
export function salesSummary(all: readonly Sales[]): string {
  const revenue: Record<string, number> = {};
  let quarters = 0;
  let hosted = 0;
  for (const s of all) {
    quarters += s.quarters;
    hosted += s.hosted;
    for (const [product, amount] of Object.entries(s.revenue)) revenue[productOf(product)] = (revenue[productOf(product)] ?? 0) + amount;
  }
  const total = Object.values(revenue).reduce((a, b) => a + b, 0);
  const mix = total > 0
    ? Object.entries(revenue).filter(([, v]) => v / total >= 0.05).sort((a, b) => b[1] - a[1]).map(([p, v]) => `${p} ${Math.round((v / total) * 100)}%`).join(', ')
    : 'no revenue';
  return `${mix}; resold another lab's open model in ${quarters > 0 ? Math.round((hosted / quarters) * 100) : 0}% of its quarters`;
}
