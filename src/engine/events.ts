// Evaluating event conditions and applying event effects. Both are plain data looked up by kind.
import { idRecord } from './id-record';
import { deepCopy } from './copy';
import { usableFleet, findChip } from './compute';
import type { Condition, Effect, EventDef } from './event-types';
import { dilute, layerOf } from './funding';
import { appetiteAt, chipRules, regionRules, rentalPrice } from './world-rules';
import { record } from './ledger';
import { segmentsBuying } from './segments';
import { bestOpenModel } from './market';
import type { GameState, Lab } from './state-types';
import { bestOwnModel } from './training';

/** Owner id of models released by labs outside the game. */
export const OUTSIDE_LAB = 'outside';

/** Whether a condition holds; lab conditions are false when no lab is given. */
export function holds(state: GameState, condition: Condition, lab?: Lab): boolean {
  switch (condition.kind) {
    case 'quarterAtLeast':
      return state.quarter >= condition.quarter;
    case 'openModelWithin': {
      const open = bestOpenModel(state.models);
      const closed = state.models.filter((m) => !m.open).reduce((best, m) => Math.max(best, m.capability), 0);
      return open !== undefined && open.capability >= closed - condition.points;
    }
    case 'labsAliveAtMost':
      return state.labs.filter((l) => l.alive && l.region === condition.region).length <= condition.count;
    case 'appetiteBelow': {
      const entry = appetiteAt(state, condition.region);
      return entry !== undefined && entry[condition.layer] < condition.value;
    }
    case 'labRegion':
      return lab?.region === condition.region;
    case 'labCashBelow':
      return lab !== undefined && lab.cash < condition.amount;
    case 'labCapabilityAtLeast':
      return lab !== undefined && (state.models.find((m) => m.id === lab.productModel)?.capability ?? 0) >= condition.points;
    case 'labUsesGreyChips':
      return lab !== undefined && Object.values(lab.greyChips).some((units) => units > 0);
    case 'labUsesDomesticChips': {
      if (!lab) return false;
      const fleet = usableFleet(lab);
      const chips = Object.keys(fleet).filter((id) => (fleet[id] ?? 0) > 0);
      return chips.length > 0 && chips.every((id) => findChip(state.scenario, id)?.madeIn === lab.region);
    }
    case 'labTrainsOwnModels':
      return lab !== undefined && layerOf(state, lab) === 'foundation' && bestOwnModel(state.models, lab) !== undefined;
    case 'labIs':
      return lab?.id === condition.lab;
    case 'choseEarlier':
      // In an event aimed at labs, the lab considered made that choice; in a world event, any lab did.
      return state.firedEvents.some((f) => f.event === condition.event && f.choice === condition.choice && (lab === undefined || f.lab === lab.id));
    case 'any':
      return condition.conditions.some((c) => holds(state, c, lab));
    case 'all':
      return condition.conditions.every((c) => holds(state, c, lab));
    case 'not':
      return !holds(state, condition.condition, lab);
  }
}

/** Applies one effect. World effects change the live rules from the next quarter; lab effects need a lab. */
export function applyEffect(state: GameState, effect: Effect, lab: Lab | undefined, event: EventDef): void {
  const next = state.quarter + 1;
  const region = 'region' in effect ? regionRules(state, effect.region) : undefined;
  switch (effect.kind) {
    case 'chipSales': {
      if (!Object.hasOwn(state.rules.chips, effect.chip)) return;
      const chip = chipRules(state, effect.chip);
      for (const w of chip.sales) if (w.region === effect.region && (w.until === undefined || w.until > next)) w.until = next;
      if (effect.allowed) chip.sales.push(effect.licenceFee === undefined ? { region: effect.region, from: next } : { region: effect.region, from: next, licenceFee: effect.licenceFee });
      return;
    }
    case 'chipRental': {
      if (!Object.hasOwn(state.rules.chips, effect.chip)) return;
      const chip = chipRules(state, effect.chip);
      const previous = chip.rentals.find((o) => o.region === effect.region);
      const chipDef = findChip(state.scenario, effect.chip);
      // Left out, the price is the old offer's as it stands now (its fall so far included).
      const price = effect.pricePerHour ?? (previous && chipDef ? rentalPrice({ rules: state.rules, quarter: next }, chipDef, previous) : previous?.pricePerHour);
      const maxUnits = effect.maxUnits ?? previous?.maxUnits;
      for (const o of chip.rentals) if (o.region === effect.region && (o.until === undefined || o.until > next)) o.until = next;
      // The new offer keeps the old one's capacity and terms for renters abroad.
      const kept = previous ? { ...(previous.capacity === undefined ? {} : { capacity: previous.capacity }), ...(previous.renters ? { renters: deepCopy(previous.renters) } : {}), ...(previous.cutOffPercent === undefined ? {} : { cutOffPercent: previous.cutOffPercent }) } : {};
      if (effect.allowed && price !== undefined) chip.rentals.push({ region: effect.region, pricePerHour: price, from: next, ...(maxUnits === undefined ? {} : { maxUnits }), ...kept });
      return;
    }
    case 'greyMarket':
      if (Object.hasOwn(state.rules.chips, effect.chip)) chipRules(state, effect.chip).greyMarket = { premium: effect.premium, seizurePercent: effect.seizurePercent };
      return;
    case 'marketSize':
      if (region) region.marketFactor[effect.segment] = (region.marketFactor[effect.segment] ?? 1) * effect.factor;
      return;
    case 'appetite': {
      const current = appetiteAt(state, effect.region);
      state.rules.appetite.push({
        from: next,
        region: effect.region,
        foundation: effect.foundation ?? current?.foundation ?? 1,
        applications: effect.applications ?? current?.applications ?? 1,
      });
      return;
    }
    case 'voucher':
      if (region) region.computeVoucherShare = effect.share;
      return;
    case 'powerPrice':
      if (region) region.powerPricePerKwh *= effect.factor;
      return;
    case 'priceWar':
      for (const l of state.labs) if (l.alive && l.region === effect.region) for (const s of segmentsBuying(state.scenario, 'tokens')) l.prices[s]! *= effect.factor;
      return;
    case 'openModelRelease':
      // A model from a lab outside the game: it joins the open models any host can serve.
      state.models.push({
        id: `${OUTSIDE_LAB}-${event.id}`,
        lab: OUTSIDE_LAB,
        name: effect.name,
        totalParams: effect.activeParams,
        activeParams: effect.activeParams,
        effectiveCompute: 0,
        capability: effect.capability,
        open: true,
        releasedQuarter: state.quarter,
      });
      return;
    case 'grant':
      if (lab) record(lab, 'grant', effect.amount, event.id);
      return;
    case 'expense':
      if (lab) record(lab, 'expense', -effect.amount, event.id);
      return;
    case 'investment':
      if (!lab) return;
      record(lab, 'funding', effect.amount, event.id);
      // The partner's stake: equityShare of the lab after the deal.
      lab.equity = dilute(lab.equity, (effect.amount * (1 - effect.equityShare)) / effect.equityShare, effect.amount);
      return;
    case 'poach': {
      if (!lab) return;
      const lost = Math.floor(lab.researchers * effect.share);
      const rival = state.labs
        .filter((l) => l.alive && l.id !== lab.id)
        .sort((a, b) => b.cash - a.cash || (a.id < b.id ? -1 : 1))[0];
      lab.researchers -= lost;
      if (rival) rival.researchers += lost;
      return;
    }
    case 'seizeGreyChips':
      if (!lab) return;
      lab.greyChips = idRecord();
      lab.chipVintages = lab.chipVintages.filter((v) => !v.grey);
      return;
    case 'cutRentalsAbroad':
      if (lab) lab.rentals = lab.rentals.filter((r) => r.region === lab.region);
      return;
    case 'reputation':
      if (lab) lab.reputation = Math.max(0, Math.min(100, lab.reputation + effect.delta));
      return;
    case 'tariff': {
      if (!region) return;
      // Ends the duties on those chips that this one replaces (same origin, overlapping scope) and starts it next quarter.
      const scope = effect.on ?? 'both';
      const tariffs = (region.tariffs ??= []);
      for (const t of tariffs) {
        const overlaps = scope === 'both' || (t.on ?? 'both') === 'both' || t.on === scope;
        if (t.madeIn === effect.madeIn && overlaps && (t.until === undefined || t.until > next)) t.until = Math.max(next, t.from ?? 0);
      }
      if (effect.share > 0) tariffs.push({ madeIn: effect.madeIn, share: effect.share, ...(effect.on ? { on: effect.on } : {}), from: next });
      return;
    }
  }
}
