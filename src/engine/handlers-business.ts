// Actions on the business: products, prices and funding rounds.
import { roundChancePercent, roundLimit, roundRefusal } from './funding';
import { partnerQuote, partnersFor } from './partners';
import { roundQuote } from './previews';
import { isAmount, type Handlers } from './handler';
import { reject } from './reasons';
import { productIds, rulesOf, segmentIds } from './segments';
import { setBudget } from './marketing';
import { capabilityOfLab } from './training';

export const businessHandlers: Handlers<'launchProduct' | 'setPrice' | 'setMarketing' | 'raiseRound' | 'partnerDeal' | 'buildVertical'> = {
  setMarketing: {
    validate(state, _lab, action) {
      if (!segmentIds(state.scenario).includes(action.segment)) return reject('unknownSegment', { segment: String(action.segment) });
      if (rulesOf(state.scenario, action.segment).acquisitionCost === undefined) return reject('notMarketable', { segment: action.segment });
      if (!isAmount(action.amount, 0, 1e11)) return reject('badNumber', { field: 'amount' });
      return undefined;
    },
    apply(_state, lab, action) {
      setBudget(lab, action.segment, action.amount);
    },
  },
  partnerDeal: {
    validate(state, lab, action) {
      const partner = partnersFor(state, lab).find((p) => p.id === action.partner);
      if (!partner) return reject('notAPartner', { lab: String(action.partner) });
      if (lab.partner && lab.partner.credit > 0 && lab.partner.lab !== partner.id) return reject('partnerTaken', { lab: lab.partner.lab });
      if (!isAmount(action.amount, 1e6, 1e12)) return reject('badNumber', { field: 'amount' });
      const quote = partnerQuote(state, lab, partner, action.amount);
      if (action.amount > quote.maxAmount) return reject('partnerTooLarge', { lab: partner.id, maxAmount: quote.maxAmount });
      return undefined;
    },
    apply(state, lab, action) {
      const partner = state.labs.find((p) => p.id === action.partner)!;
      const quote = partnerQuote(state, lab, partner, action.amount);
      lab.equity = quote.equityAfter;
      lab.valuation = quote.preMoney + action.amount;
      lab.partner = { lab: partner.id, credit: (lab.partner?.lab === partner.id ? lab.partner.credit : 0) + action.amount };
    },
  },
  buildVertical: {
    validate(state, lab, action) {
      const vertical = state.scenario.verticals.find((v) => v.id === action.vertical);
      if (!vertical) return reject('unknownVertical', { vertical: String(action.vertical) });
      if (lab.verticals[vertical.id]) return reject('verticalStarted', { vertical: vertical.id });
      const capability = capabilityOfLab(state, lab);
      if (capability < vertical.minCapability) return reject('modelTooWeak', { vertical: vertical.id, needed: vertical.minCapability, capability });
      if (lab.engineers === 0) return reject('noEngineers');
      return undefined;
    },
    apply(_state, lab, action) {
      lab.verticals[action.vertical] = { progress: 0, live: false };
    },
  },
  launchProduct: {
    validate(state, lab, action) {
      if (!productIds(state.scenario).includes(action.segment)) return reject('unknownSegment', { segment: String(action.segment) });
      if (lab.products[action.segment]) return reject('productLive', { segment: action.segment });
      if (action.segment === 'cloud') return undefined;
      if (!lab.productModel) return reject('noModel');
      return undefined;
    },
    apply(_state, lab, action) {
      lab.products[action.segment] = true;
    },
  },
  setPrice: {
    validate(state, _lab, action) {
      if (!segmentIds(state.scenario).includes(action.segment)) return reject('unknownSegment', { segment: String(action.segment) });
      if (!isAmount(action.price, 0.01, 10_000)) return reject('badNumber', { field: 'price' });
      return undefined;
    },
    apply(_state, lab, action) {
      lab.prices[action.segment] = action.price;
    },
  },
  raiseRound: {
    validate(state, lab, action) {
      if (lab.pendingRound) return reject('roundPending', { amount: lab.pendingRound.amount });
      if (!isAmount(action.amount, 1e6, 1e12)) return reject('badNumber', { field: 'amount' });
      const limit = roundLimit(state, lab);
      if (action.amount > limit.amount) return roundRefusal(limit);
      if (roundChancePercent(state, lab, action.amount) <= 5) return reject('noInvestors');
      return undefined;
    },
    apply(state, lab, action) {
      const quote = roundQuote(state, lab, action.amount);
      lab.pendingRound = { amount: action.amount, preMoney: quote.preMoney, chancePercent: quote.chancePercent };
    },
  },
};
