// The open offers no other beats on both capability and price, found by one sort rather than by comparing every pair:
// open models pile up as a game goes on (three offers each), and the pairwise check grew with the square of them.

export interface Rated {
  seller: string;
  capability: number;
  price: number;
}

/**
 * The offers of `offers` that no other offer dominates, in their order. `other` dominates `o` when it is at least as
 * capable and at most as dear, and better in one of capability, price or (a tie on both) the seller id's code units.
 */
export function undominated<T extends Rated>(offers: readonly T[]): T[] {
  if (!offers.every((o) => Number.isFinite(o.capability) && Number.isFinite(o.price))) return pairwise(offers);
  // Most capable first; within a capability, cheapest first, then by seller: whatever comes before an offer in its
  // own capability dominates it, and so does any more capable offer at its price or less.
  const order = [...offers].sort((a, b) => b.capability - a.capability || a.price - b.price || (a.seller < b.seller ? -1 : a.seller > b.seller ? 1 : 0));
  const kept = new Set<T>();
  let cheapestAbove = Infinity;
  for (let i = 0; i < order.length; ) {
    const first = order[i]!;
    let end = i;
    while (end < order.length && order[end]!.capability === first.capability) end += 1;
    if (first.price < cheapestAbove) {
      // Only the group's first survives, with any exact copy of it (same price and seller), which nothing beats either.
      for (let j = i; j < end && order[j]!.price === first.price && order[j]!.seller === first.seller; j += 1) kept.add(order[j]!);
    }
    cheapestAbove = Math.min(cheapestAbove, first.price);
    i = end;
  }
  return offers.filter((o) => kept.has(o));
}

/** The rule applied to every pair: for offers with a capability or a price that is not a finite number. */
function pairwise<T extends Rated>(offers: readonly T[]): T[] {
  return offers.filter((o) => !offers.some((other) => other !== o
    && other.capability >= o.capability && other.price <= o.price
    && (other.capability > o.capability || other.price < o.price || other.seller < o.seller)));
}
