// A lab short of engineers staffs its products in order of what each engineer earns there.

export interface StaffedWork {
  /** Revenue the lab won this quarter for the product. */
  revenue: number;
  /** Revenue one engineer runs a quarter of it (undefined: it takes no engineers). */
  perEngineer: number | undefined;
}

/**
 * The share of each product's won revenue `engineers` can run: work that takes no engineers is served whole; the rest
 * is staffed in order of revenue per engineer, highest first, products at the same rate sharing alike (each the same
 * share of its sales), the last rate staffed only in part and those below it not at all. A lab that won API buyers (an
 * engineer runs ~$1M of them a quarter) and Chinese contracts (~$35k) runs the API sales before the contracts, as a
 * manager would put a scarce team where it earns most.
 */
export function staffingShares(work: readonly StaffedWork[], engineers: number): number[] {
  const shares: number[] = work.map((w) => (w.perEngineer === undefined || w.revenue <= 0 ? 1 : 0));
  const rates = [...new Set(work.filter((w) => w.perEngineer !== undefined && w.perEngineer > 0 && w.revenue > 0).map((w) => w.perEngineer!))].sort((a, b) => b - a);
  let left = Math.max(0, engineers);
  for (const rate of rates) {
    let needed = 0;
    for (const w of work) if (w.perEngineer === rate && w.revenue > 0) needed += w.revenue / rate;
    const share = needed > 0 ? Math.min(1, left / needed) : 1;
    work.forEach((w, i) => {
      if (w.perEngineer === rate && w.revenue > 0) shares[i] = share;
    });
    left = Math.max(0, left - needed * share);
  }
  return shares;
}
