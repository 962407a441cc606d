// How widely a lab's app is known. A user can choose only an app they have heard of: a new app starts known to few of
// the users it could reach and spreads as press and app stores carry it and as its own users tell others (the Bass
// diffusion model's two terms, Bass 1969: an "innovation" part that does not depend on users and an "imitation" part
// that does). The apps a lab has at the start of a scenario are known to everyone. Only segments with a free tier
// (consumer apps) are tracked; the API and industry contracts are bought by people who compare every seller.
import { idRecord, ownValue } from './id-record';
import { ln } from './math';
import { marketIn, rulesOf, segmentIds } from './segments';
import type { Region, Scenario, SegmentId } from './scenario-types';
import type { GameState, Lab, LabQuarterReport } from './state-types';

/**
 * Share of the users it could reach that know a lab's app when it launches one the scenario did not start it with.
 * A game-design figure: a small lab's new chat app is unknown to most people (Claude, from a well-known lab, drew about
 * 2% of assistant visits a year after its launch; Similarweb via press reports).
 */
export const START_AWARENESS = 0.05;
/** Each quarter, this share of the users who do not know an app hear of it from press and app stores (game design). */
export const PRESS_REACH = 0.1;
/** And this much more per unit of the app's share of users: its users tell others (game design). */
export const WORD_OF_MOUTH = 1;

/** Awareness of each free-tier app a lab may sell: 1 for those it starts with, START_AWARENESS for the others. */
export function startingAwareness(scenario: Scenario, products: Lab['products']): Record<SegmentId, number> {
  const awareness = idRecord<number>();
  for (const segment of segmentIds(scenario)) {
    if (rulesOf(scenario, segment).paidShare === undefined) continue;
    awareness[segment] = products[segment] ? 1 : START_AWARENESS;
  }
  return awareness;
}

/** Share of users who know the lab's product in `segment` (1 where the segment has no free tier). */
export function awarenessOf(lab: Pick<Lab, 'awareness'>, segment: SegmentId): number {
  return ownValue(lab.awareness, segment) ?? 1;
}

/** What an app's awareness adds to its users' choice: the logarithm of it, so only those who know it weigh it. */
export function awarenessUtility(awareness: number | undefined): number {
  return awareness === undefined || awareness >= 1 ? 0 : ln(awareness);
}

/**
 * After the markets: each live app spreads to PRESS_REACH of those who do not know it, plus WORD_OF_MOUTH times its
 * share of the users it could reach (its users this quarter over the potential users of every region whose buyers may
 * buy from it: `potentialIn`, passed in so this file needs nothing from the market).
 */
export function spreadAwareness(state: GameState, potentialIn: (region: Region, segment: SegmentId) => number): void {
  for (const segment of segmentIds(state.scenario)) {
    if (rulesOf(state.scenario, segment).paidShare === undefined) continue;
    const markets: { region: Region; size: number; shares: Record<string, number> }[] = [];
    for (const region of state.scenario.regions) {
      const shares = state.segmentShares[region.id]?.[segment];
      if (shares && marketIn(region, segment)) markets.push({ region, size: potentialIn(region, segment), shares });
    }
    for (const lab of state.labs) {
      const known = ownValue(lab.awareness, segment);
      if (!lab.alive || !lab.products[segment] || known === undefined || known >= 1) continue;
      let users = 0;
      let potential = 0;
      for (const { region, size, shares } of markets) {
        if (!region.openTo.includes(lab.region)) continue;
        potential += size;
        users += (ownValue(shares, lab.id) ?? 0) * size;
      }
      if (potential <= 0) continue;
      lab.awareness[segment] = Math.min(1, known + (PRESS_REACH + WORD_OF_MOUTH * (users / potential)) * (1 - known));
    }
  }
}

/** Below this share of the users it could reach, the report tells the lab how few know its app. */
const LITTLE_KNOWN = 0.95;

/** A note in each lab's report for every app it sells that few users know yet. */
export function noteLittleKnown(state: GameState, reports: Record<string, LabQuarterReport>): void {
  for (const lab of state.labs) {
    if (!lab.alive) continue;
    for (const segment in lab.awareness) {
      const known = lab.awareness[segment]!;
      if (lab.products[segment] && known < LITTLE_KNOWN) reports[lab.id]?.notes.push({ code: 'appLittleKnown', params: { segment, known } });
    }
  }
}
