// Quarter phase: the rounds asked this quarter compete for their region's venture money, then price on investors' estimate.
import { currentEstimate, dilute, hasInfrastructureLayer, layerOf, progressPrice, ventureSupply, type Layer } from './funding';
import { record } from './ledger';
import { draw } from './rng';
import type { CapitalMarket, GameState, Lab, LabQuarterReport } from './state-types';

/** A round that gets less than this share of its ask falls through: too small to be worth the dilution and the lawyers. */
export const MIN_FILL = 0.25;

/** This quarter's venture money, one entry per region and layer (infrastructure only where the region has it), in scenario order. */
export function capitalMarkets(state: GameState): CapitalMarket[] {
  return state.scenario.regions.flatMap((region) => {
    const layers: Layer[] = hasInfrastructureLayer(region) ? ['foundation', 'infrastructure', 'applications'] : ['foundation', 'applications'];
    return layers.map((layer) => ({ region: region.id, layer, supply: ventureSupply(state, region.id, layer), asked: 0, raised: 0 }));
  });
}

export function marketOf(markets: readonly CapitalMarket[], state: GameState, lab: Lab): CapitalMarket | undefined {
  const layer = layerOf(state, lab);
  return markets.find((m) => m.region === lab.region && m.layer === layer);
}

/**
 * Pending rounds that investors still want (one draw each, in lab order) share their layer's supply pro rata when asks
 * exceed it; each closes with what it got, priced at investors' estimate now, or falls through below MIN_FILL.
 */
export function closeRounds(state: GameState, labs: readonly Lab[], reports: Record<string, LabQuarterReport>): CapitalMarket[] {
  const markets = capitalMarkets(state);
  const bids: { lab: Lab; market: CapitalMarket; amount: number }[] = [];
  for (const lab of labs) {
    const round = lab.pendingRound;
    if (!round) continue;
    lab.pendingRound = null;
    const report = reports[lab.id]!;
    if (Math.floor(draw(state.rng, 'funding') * 100) >= round.chancePercent) {
      report.notes.push({ code: 'roundFailed', params: { amount: round.amount, chance: round.chancePercent } });
      continue;
    }
    const market = marketOf(markets, state, lab);
    if (!market) continue;
    market.asked += round.amount;
    bids.push({ lab, market, amount: round.amount });
  }
  for (const { lab, market, amount } of bids) {
    const report = reports[lab.id]!;
    const filled = market.asked > market.supply ? Math.floor((amount * market.supply) / market.asked) : amount;
    const estimate = currentEstimate(state, lab);
    const priced = progressPrice(state, lab, estimate);
    const preMoney = priced.preMoney;
    // Investors never take more than half the lab in one round.
    const got = Math.min(filled, Math.floor(preMoney));
    const squeeze = { asked: amount, supply: market.supply, demand: market.asked };
    if (got < MIN_FILL * amount || got < 1e6) {
      report.notes.push({ code: 'roundUndersubscribed', params: { ...squeeze, amount: got } });
      continue;
    }
    market.raised += got;
    if (priced.capped) report.notes.push({ code: 'roundOnProgress', params: { preMoney, estimate, previous: lab.valuation, growth: priced.growth } });
    priceRound(state, lab, report, preMoney, got);
    if (got < amount) report.notes.push({ code: 'roundCut', params: { ...squeeze, amount: got } });
  }
  return markets;
}

/** Books a round: cash in, founders diluted, the lab marked at the round's post-money (a down round when below the last). */
export function priceRound(state: GameState, lab: Lab, report: LabQuarterReport, preMoney: number, amount: number, emergency = false): void {
  const previous = lab.valuation;
  record(lab, 'funding', amount, emergency ? 'emergency' : 'round');
  lab.equity = dilute(lab.equity, preMoney, amount);
  lab.valuation = preMoney + amount;
  lab.estimate = currentEstimate(state, lab);
  if (!emergency) report.notes.push({ code: 'roundClosed', params: { amount, preMoney, previous } });
  if (preMoney < previous) report.notes.push({ code: 'downRound', params: { preMoney, previous } });
}
