// Reselling open weights: a lab whose API serves another lab's open model sells what every host sells. A developer can
// have the same weights from any host (Chinese clouds served DeepSeek-R1 within days of its release, at DeepSeek's own
// price), so on a segment buying tokens the reseller's brand, home market and word of mouth add nothing: its offer is
// weighed as a host's is, on capability and price alone. Apps and contracts are products of their own and keep the
// seller's brand. The same rule for every lab: it depends only on whose model the offer serves.
import type { Offer } from './market';
import type { Scenario, SegmentId } from './scenario-types';
import { buysTokens } from './segments';
import { awarenessOf } from './awareness';
import type { Lab, Model } from './state-types';

/** Whether `lab` selling `model` on `segment` resells another lab's open weights (so its offer is a host's). */
export function resells(scenario: Pick<Scenario, 'segments'>, segment: SegmentId, lab: Pick<Lab, 'id'>, model: Pick<Model, 'lab' | 'open'>): boolean {
  return model.open && model.lab !== lab.id && buysTokens(scenario, segment);
}

/**
 * What buyers in a region weigh besides capability and price: the lab's brand and how widely its app in `segment` is
 * known (awareness.ts), none when it resells open weights (only token segments, where every seller is known).
 */
export function brandOf(lab: Pick<Lab, 'region' | 'reputation' | 'buzz' | 'awareness'>, regionId: string, segment: SegmentId, resold: boolean): Pick<Offer, 'reputation' | 'home' | 'buzz' | 'awareness'> {
  return resold ? { reputation: 0, home: false, buzz: 0 } : { reputation: lab.reputation, home: lab.region === regionId, buzz: lab.buzz, awareness: awarenessOf(lab, segment) };
}
