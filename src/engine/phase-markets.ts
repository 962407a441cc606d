// Quarter phase: every region and segment resolves; labs earn what their inference compute can serve.
import { record } from './ledger';
import { inferenceNeeded, resolveMarket } from './market';
import { labEffects } from './research';
import { drawBetween } from './rng';
import { SEGMENT_IDS, type SegmentId } from './scenario-types';
import type { GameState, LabQuarterReport, SegmentResult } from './state-types';
import type { LabCompute } from './phase-training';

/** Resolves all markets, records each lab's revenue, and returns the market results for the report. */
export function resolveMarkets(
  state: GameState,
  compute: Record<string, LabCompute>,
  reports: Record<string, LabQuarterReport>,
): SegmentResult[] {
  const results: SegmentResult[] = [];
  const demand: Record<string, { segment: SegmentId; revenue: number }[]> = {};
  for (const region of state.scenario.regions) {
    for (const segment of SEGMENT_IDS) {
      const outcome = resolveMarket(state, region, segment, drawBetween(state.rng, 'market', 0.97, 1.03));
      results.push({ region: region.id, segment, spend: outcome.spend, shares: outcome.shares });
      for (const lab of state.labs) {
        const share = outcome.shares[lab.id];
        if (share) (demand[lab.id] ??= []).push({ segment, revenue: share * outcome.spend });
      }
    }
  }

  for (const lab of state.labs) {
    if (!lab.alive) continue;
    const wanted = demand[lab.id] ?? [];
    const model = state.models.find((m) => m.id === lab.productModel);
    const totalRevenue = wanted.reduce((a, w) => a + w.revenue, 0);
    let served = 1;
    if (model && totalRevenue > 0) {
      const efficiency = labEffects(state, lab).inferenceEfficiency;
      const needed = wanted.reduce((a, w) => a + inferenceNeeded(state.scenario, w.segment, lab, model, w.revenue, efficiency), 0);
      const capacity = compute[lab.id]?.inferenceFlop ?? 0;
      served = needed > capacity ? capacity / needed : 1;
    }
    const report = reports[lab.id]!;
    for (const segment of SEGMENT_IDS) {
      const revenue = wanted.filter((w) => w.segment === segment).reduce((a, w) => a + w.revenue, 0) * served;
      record(lab, 'revenue', revenue, segment);
    }
    report.lostToCapacity = totalRevenue * (1 - served);
    if (served < 0.95) report.notes.push({ code: 'capacityShort', params: { served: Math.round(served * 100) } });
  }
  return results;
}
