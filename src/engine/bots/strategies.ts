// The strategies of GAME_DESIGN.md section 7: each a few clear priorities a teacher can explain,
// each a pure function of the state, issuing the same actions a player can.
import type { Action } from '../actions';
import { legalActions } from '../choices';
import { hashString } from '../hash';
import type { StrategyId } from '../scenario-types';
import type { GameState, Lab } from '../state-types';
import * as m from './moves';
import * as sm from './segment-moves';
import { marketApps } from './marketing-moves';
import { buyForRentalsOnCredit, raiseForFleet } from './cloud-moves';
import { OWN_RUN_QUARTERS, raiseToTrain, trainOwnModel } from './own-model-moves';

export type Strategy = (state: GameState, lab: Lab) => Action[];

/** Frontier: raise big, buy and rent as much compute as it can, train the largest closed models. */
const frontier: Strategy = (state, lab) => [
  ...m.splitAtStart(state, lab, 60, 35, 5),
  ...m.pivotWhenBehind(state, lab),
  ...m.partnerWhenShort(state, lab, 8),
  ...m.raiseWhenShort(state, lab, 8, 0.8),
  ...m.buyCompute(state, lab, 0.4, 3),
  ...m.rentForBoth(state, lab, 3),
  ...m.serveDemand(state, lab, 40),
  ...m.serveMostProfitable(state, lab),
  ...m.researchNext(state, lab, ['reasoning', 'fp8', 'overlap', 'moe']),
  ...m.keepTraining(state, lab, { quarters: 3, expertRatio: 4, open: false }),
  ...sm.launchApps(state, lab),
  ...sm.priceTokens(state, lab),
  ...sm.priceApps(state, lab),
  // Frontier labs market their apps too (OpenAI's sales and marketing was about $2B in the first half of 2025, press
  // reports), with a small share of their spare cash.
  ...marketApps(state, lab, 0.05, 6),
  ...m.firstOf(() => m.hireForSales(state, lab), () => m.hireIfRich(state, lab, 'researchers', 40, 4)),
];

/** Efficient-open: efficiency research first, mixture-of-experts models, open weights, low prices. */
const efficientOpen: Strategy = (state, lab) => [
  ...m.splitAtStart(state, lab, 50, 35, 15),
  ...m.pivotWhenBehind(state, lab),
  ...m.researchNext(state, lab, ['moe', 'fp8', 'mla', 'overlap', 'domestic-stack', 'distillation', 'reasoning', 'inference-opt']),
  ...m.buyCompute(state, lab, 0.3, 6),
  ...m.serveDemand(state, lab, 20),
  ...m.rentForDemand(state, lab),
  // DeepSeek-V3 trained 37B active parameters on 14.8T tokens, ~400 per parameter: cheap to serve. With 16 experts,
  // 80 tokens per active parameter is ~20 per effective one, near compute-optimal; without MoE it over-trains 4x (a
  // point or so of capability for half the serving cost).
  // Money first: a run started this quarter makes it a foundation lab again, which investors judge differently.
  ...m.partnerWhenShort(state, lab, 4),
  ...m.raiseWhenShort(state, lab, 4, 0.4),
  ...m.keepTraining(state, lab, { quarters: 2, expertRatio: 16, open: true, tokensPerParam: 80 }),
  ...m.publishTechniques(state, lab),
  ...sm.priceTokens(state, lab),
  ...m.firstOf(() => m.hireForSales(state, lab), () => m.hireIfRich(state, lab, 'researchers', 5, 12)),
];

/** Cloud-platform: host open models on a big fleet, sell API access near cost, keep training modest. */
const cloudPlatform: Strategy = (state, lab) => [
  ...m.splitAtStart(state, lab, 10, 85, 5),
  ...m.launch(lab, 'cloud'),
  ...m.firstOf(() => buyForRentalsOnCredit(state, lab, 0.8, 4), () => m.buyWhenShort(state, lab, 0.3, 4)),
  ...m.serveBestModel(state, lab),
  ...m.openOldModels(state, lab),
  ...m.researchNext(state, lab, ['inference-opt', 'mla', 'moe']),
  ...m.firstOf(() => raiseForFleet(state, lab, 40), () => m.raiseWhenShort(state, lab, 6, 0.5)),
  ...m.keepTraining(state, lab, { quarters: 4, expertRatio: 8, open: true }),
  ...sm.priceTokens(state, lab),
  ...m.firstOf(() => m.hireForSales(state, lab), () => m.hireIfRich(state, lab, 'engineers', 10, 8)),
];

/** Consumer-apps: distribution first — a consumer app on the best base model it can get, and a model of its own while investors pay for it. */
const consumerApps: Strategy = (state, lab) => {
  const raise = m.firstOf(() => raiseToTrain(state, lab, 8), () => m.raiseWhenShort(state, lab, 5, 0.5));
  return [
    ...m.splitAtStart(state, lab, 15, 80, 5),
    ...m.serveBestModel(state, lab),
    ...sm.launchApps(state, lab),
    ...sm.priceApps(state, lab),
    ...marketApps(state, lab, 0.4, 6),
    ...sm.priceTokens(state, lab),
    ...m.buyCompute(state, lab, 0.2, 6),
    ...m.serveDemand(state, lab, 5),
    ...raise,
    ...trainOwnModel(state, lab, OWN_RUN_QUARTERS, 2, raise.length > 0),
    ...m.researchNext(state, lab, ['inference-opt', 'distillation', 'mla']),
    ...m.firstOf(() => m.hireForSales(state, lab), () => m.hireIfRich(state, lab, 'engineers', 10, 8)),
  ];
};

/** Vertical-apps: industry solutions on the best model it can get, and a model of its own while investors pay for it. */
const verticalApps: Strategy = (state, lab) => {
  const raise = m.firstOf(() => raiseToTrain(state, lab, 8), () => m.raiseWhenShort(state, lab, 5, 0.4));
  return [
    ...m.splitAtStart(state, lab, 5, 90, 5),
    ...m.serveBestModel(state, lab),
    ...m.buildVerticals(state, lab),
    ...sm.priceTokens(state, lab),
    ...m.buyCompute(state, lab, 0.1, 8),
    ...m.serveDemand(state, lab, 0),
    ...raise,
    ...trainOwnModel(state, lab, OWN_RUN_QUARTERS, 2, raise.length > 0),
    ...m.researchNext(state, lab, ['inference-opt', 'distillation']),
    ...m.firstOf(() => m.hireForSales(state, lab), () => m.hireIfRich(state, lab, 'engineers', 10, 8)),
  ];
};

/** Steady: a balanced lab — keep a year of payroll, buy a little, train, research, serve demand. */
const steady: Strategy = (state, lab) => [
  ...m.pivotWhenBehind(state, lab),
  ...m.buyCompute(state, lab, 0.2, 4),
  ...m.serveDemand(state, lab, 20),
  ...m.researchNext(state, lab, []),
  ...m.keepTraining(state, lab, { quarters: 2, expertRatio: 8, open: false }),
  ...sm.priceTokens(state, lab),
  ...m.firstOf(() => m.hireForSales(state, lab), () => m.hireIfRich(state, lab, 'researchers', 5, 8)),
];

/**
 * Random: one legal action a quarter, picked by a hash of the seed, turn and lab (used for fuzzing).
 * One at a time, because a second pick could be made illegal by the first.
 */
const random: Strategy = (state, lab) => {
  const options = legalActions(state, lab.id);
  if (options.length === 0) return [];
  const index = parseInt(hashString(`${state.seed}/${state.turn}/${lab.id}`).slice(0, 8), 16) % options.length;
  return [options[index]!];
};

const idle: Strategy = () => [];

export const STRATEGIES: Record<StrategyId, Strategy> = {
  frontier,
  'efficient-open': efficientOpen,
  'cloud-platform': cloudPlatform,
  'consumer-apps': consumerApps,
  'vertical-apps': verticalApps,
  steady,
  random,
  idle,
};
