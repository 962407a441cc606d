// Serving versions: a lab distils each closed model it trains into smaller versions, as labs serve a "mini" of their
// largest model, and serves the most capable version its inference compute can carry.
import { DISTILLED_SIZES, distilledCapability } from './market';
import type { WorldRules } from './scenario-types';
import type { GameState, Lab, Model } from './state-types';

/** The versions of a newly trained closed model its lab distils (1/4 and 1/16 of its active parameters), closed too. */
export function distilledVersions(world: Pick<WorldRules, 'pointsPerDecade'>, model: Model): Model[] {
  return DISTILLED_SIZES.map((size) => ({
    ...model,
    id: `${model.id}/${Math.round(1 / size)}`,
    name: `${model.name} /${Math.round(1 / size)}`,
    totalParams: model.totalParams * size,
    activeParams: model.activeParams * size,
    effectiveCompute: model.effectiveCompute * size,
    capability: distilledCapability(world, model.capability, size),
    distilledFrom: model.id,
  }));
}

/** A model and the versions distilled from it, most capable first. */
export function versionsOf(models: readonly Model[], model: Model): Model[] {
  const root = model.distilledFrom ?? model.id;
  return models.filter((m) => m.id === root || m.distilledFrom === root).sort((a, b) => b.capability - a.capability);
}

/**
 * The version a lab's inference compute can carry: the most capable whose serving, at the tokens last quarter's buyers
 * asked for (served and turned away), fits within `headroom` of this quarter's inference FLOP; the smallest when none
 * does; the most capable when the lab served nothing last quarter.
 */
export function versionToServe(state: GameState, lab: Lab, versions: readonly Model[], inferenceFlop: number, headroom = 1): Model | undefined {
  const report = state.reports.at(-1)?.labs.find((r) => r.lab === lab.id);
  const current = lab.productModel === null ? undefined : state.models.find((m) => m.id === lab.productModel);
  let served = 0;
  let hosted = 0;
  let revenue = 0;
  for (const product of report?.products ?? []) {
    revenue += product.revenue;
    // Hosting others' models and rented chips runs on the same fleet but not on the lab's own model.
    if (product.product === 'cloud' || product.product === 'rentals') hosted += product.servedFlop;
    else served += product.servedFlop;
  }
  if (!current || !report || served <= 0 || revenue <= 0) return versions[0];
  // FLOP last quarter's buyers asked for, per active parameter of the model that served them.
  const asked = (served * (revenue + report.lostToCapacity)) / revenue / current.activeParams;
  const room = (inferenceFlop * headroom * served) / (served + hosted);
  return versions.find((m) => asked * m.activeParams <= room) ?? versions.at(-1);
}
