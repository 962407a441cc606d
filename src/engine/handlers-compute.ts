// Actions on compute: buying, selling and renting chips, and splitting compute between uses.
import { findChip, orderCost } from './compute';
import { chipSaleQuote, removeChips } from './compute';
import { chipAvailable, greyMarketOf, rentalLimit, rentalOffer } from './world-rules';
import { badCount, isCount, type Handlers } from './handler';
import { record } from './ledger';
import { partnerRegion } from './partners';
import { reject } from './reasons';


export const computeHandlers: Handlers<'buyChips' | 'sellChips' | 'setRental' | 'setSplit'> = {
  buyChips: {
    validate(state, lab, action) {
      const chip = findChip(state.scenario, action.chip);
      if (!chip) return reject('unknownChip', { chip: String(action.chip) });
      if (!isCount(action.units)) return badCount(action.units);
      const legal = chipAvailable(state, chip.id, lab.region);
      if (action.grey) {
        if (legal) return reject('greyNotNeeded', { chip: chip.id });
        if (!greyMarketOf(state, chip.id)) return reject('noGreyMarket', { chip: chip.id });
      } else if (!legal) {
        return reject('chipNotAvailable', { chip: chip.id, region: lab.region });
      }
      const cost = orderCost(state, chip, lab.region, action.grey === true, action.units).total;
      if (cost > lab.cash) return reject('notEnoughCash', { cost, cash: lab.cash });
      return undefined;
    },
    apply(state, lab, action) {
      const chip = findChip(state.scenario, action.chip)!;
      const grey = action.grey === true;
      const { list, markup, tariff } = orderCost(state, chip, lab.region, grey, action.units);
      // Paid now; the quarter's supply is shared out when it resolves (a shortfall is refunded) and the chips arrive after the lead time.
      lab.chipOrders.push({
        chip: chip.id, units: action.units, grey, ordered: state.quarter, arrives: state.quarter + (chip.leadQuarters ?? 0),
        listPerUnit: list / action.units, markupPerUnit: markup / action.units, allotted: false,
        ...(tariff > 0 ? { tariffPerUnit: tariff / action.units } : {}),
      });
      record(lab, 'chipPurchase', -list, chip.id);
      record(lab, grey ? 'greyPremium' : 'licenceFee', -markup, chip.id);
      if (tariff > 0) record(lab, 'tariff', -tariff, chip.id);
    },
  },
  sellChips: {
    validate(state, lab, action) {
      const chip = findChip(state.scenario, action.chip);
      if (!chip) return reject('unknownChip', { chip: String(action.chip) });
      if (!isCount(action.units)) return badCount(action.units);
      const owned = lab.chips[chip.id] ?? 0;
      if (action.units > owned) return reject('notEnoughChips', { chip: chip.id, owned });
      return undefined;
    },
    apply(state, lab, action) {
      const proceeds = chipSaleQuote(state, lab, action.chip, action.units);
      removeChips(lab, action.chip, action.units);
      record(lab, 'chipSale', proceeds, action.chip);
    },
  },
  setRental: {
    validate(state, lab, action) {
      const chip = findChip(state.scenario, action.chip);
      if (!chip) return reject('unknownChip', { chip: String(action.chip) });
      if (!state.scenario.regions.some((r) => r.id === action.region)) return reject('unknownRegion', { region: String(action.region) });
      if (!isCount(action.units, 0)) return badCount(action.units);
      const offer = rentalOffer(state, chip.id, action.region);
      if (action.units > 0 && !offer) return reject('notForRent', { chip: chip.id, region: action.region });
      const limit = offer ? rentalLimit(offer, lab.region) : Infinity;
      if (action.units > limit) return reject('rentalCapacity', { chip: chip.id, region: action.region, maxUnits: limit });
      const bound = partnerRegion(state, lab);
      const current = lab.rentals.find((r) => r.chip === chip.id && r.region === action.region)?.units ?? 0;
      if (bound !== undefined && action.region !== bound && action.units > current) return reject('partnerExclusive', { region: bound });
      return undefined;
    },
    apply(_state, lab, action) {
      const rest = lab.rentals.filter((r) => !(r.chip === action.chip && r.region === action.region));
      lab.rentals = action.units > 0 ? [...rest, { chip: action.chip, region: action.region, units: action.units }] : rest;
    },
  },
  setSplit: {
    validate(_state, _lab, action) {
      const parts = [action.training, action.inference, action.research];
      if (!parts.every((p) => isCount(p, 0) && p <= 100) || parts[0]! + parts[1]! + parts[2]! !== 100) {
        return reject('badSplit', { training: String(action.training), inference: String(action.inference), research: String(action.research) });
      }
      return undefined;
    },
    apply(_state, lab, action) {
      lab.split = { training: action.training, inference: action.inference, research: action.research };
    },
  },
};
