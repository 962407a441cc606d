// What the player's lab sold over a whole game, in the balance report's words: the reason a strategy wins is in its sales.
import { salesMix, type Sales } from '../../engine';

/**
 * A strategy's business over its seeds, in words: "api 95%; resold another lab's open model in 70% of its quarters".
 * Revenue shares are of the seeds' summed revenue (products under 5% left out); the resale share is of all their quarters.
 */
export function salesSummary(all: readonly Sales[]): string {
  const { mix, hostedShare } = salesMix(all, 0.05);
  const sold = mix.length > 0 ? mix.map((p) => `${p.product} ${Math.round(p.share * 100)}%`).join(', ') : 'no revenue';
  return `${sold}; resold another lab's open model in ${Math.round(hostedShare * 100)}% of its quarters`;
}
