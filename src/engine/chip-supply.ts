// Compute supply: chips ordered in a quarter share that quarter's supply pro rata and arrive after their lead time;
// clouds' capacity is shared pro rata by every lab renting from it.
import { idRecord } from './id-record';
import { findChip } from './compute';
import { record } from './ledger';
import type { LabId } from './scenario-types';
import type { NoteCode } from './notes';
import type { ChipOrder, GameState, Lab, ReportNote } from './state-types';
import { greyMarketOf, rentalOffer, saleWindow } from './world-rules';

/** Units a channel may deliver this quarter: the sale window's cap for the lab's region, or the smugglers'. */
function supplyCap(state: GameState, lab: Lab, order: ChipOrder): number | undefined {
  return order.grey ? greyMarketOf(state, order.chip)?.unitsPerQuarter : saleWindow(state, order.chip, lab.region)?.unitsPerQuarter;
}

/** Orders compete within a channel: one chip, bought legally by labs of one region, or on the grey market by anyone. */
const channelOf = (lab: Lab, order: ChipOrder) => (order.grey ? `grey/${order.chip}` : `${lab.region}/${order.chip}`);

/**
 * Shares out this quarter's supply among this quarter's orders (refunding what cannot be had), delivers the orders
 * whose lead time is up, and rations rentals to the clouds' capacity. Returns each lab's report notes.
 */
export function settleChipSupply(state: GameState): Record<LabId, ReportNote<NoteCode>[]> {
  const notes = idRecord<ReportNote<NoteCode>[]>();
  const note = (lab: Lab, entry: ReportNote<NoteCode>) => (notes[lab.id] ??= []).push(entry);
  const alive = state.labs.filter((lab) => lab.alive);
  allotOrders(state, alive, note);
  for (const lab of alive) deliverOrders(state, lab, note);
  rationRentals(state, alive, note);
  return notes;
}

function allotOrders(state: GameState, labs: readonly Lab[], note: (lab: Lab, entry: ReportNote<NoteCode>) => void): void {
  const asked = new Map<string, number>();
  const waiting = labs.flatMap((lab) => lab.chipOrders.filter((o) => !o.allotted).map((order) => ({ lab, order })));
  for (const { lab, order } of waiting) asked.set(channelOf(lab, order), (asked.get(channelOf(lab, order)) ?? 0) + order.units);
  for (const { lab, order } of waiting) {
    order.allotted = true;
    const cap = supplyCap(state, lab, order);
    const total = asked.get(channelOf(lab, order)) ?? 0;
    if (cap === undefined || total <= cap) continue;
    const units = Math.floor((order.units * cap) / total);
    const short = order.units - units;
    record(lab, 'chipPurchase', short * order.listPerUnit, order.chip);
    record(lab, order.grey ? 'greyPremium' : 'licenceFee', short * order.markupPerUnit, order.chip);
    if (order.tariffPerUnit) record(lab, 'tariff', short * order.tariffPerUnit, order.chip);
    note(lab, { code: 'ordersRationed', params: { chip: order.chip, ordered: order.units, units, share: cap / total } });
    order.units = units;
  }
  for (const lab of labs) lab.chipOrders = lab.chipOrders.filter((o) => o.units > 0);
}

function deliverOrders(state: GameState, lab: Lab, note: (lab: Lab, entry: ReportNote<NoteCode>) => void): void {
  const due = lab.chipOrders.filter((o) => o.arrives <= state.quarter);
  if (due.length === 0) return;
  lab.chipOrders = lab.chipOrders.filter((o) => o.arrives > state.quarter);
  for (const order of due) {
    const holding = order.grey ? lab.greyChips : lab.chips;
    holding[order.chip] = (holding[order.chip] ?? 0) + order.units;
    if (!order.grey && order.markupPerUnit > 0) lab.chipsUnderLicence[order.chip] = (lab.chipsUnderLicence[order.chip] ?? 0) + order.units;
    const cost = order.units * (order.listPerUnit + order.markupPerUnit + (order.tariffPerUnit ?? 0));
    lab.chipVintages.push({ chip: order.chip, grey: order.grey, cost, quartersLeft: state.scenario.world.depreciationQuarters });
    note(lab, { code: order.grey ? 'greyChipsArrived' : 'chipsArrived', params: { chip: order.chip, units: order.units, quarters: state.quarter - order.ordered } });
  }
}

/** When labs rent more of a chip from one region's clouds than they have, each keeps a pro-rata share. */
function rationRentals(state: GameState, labs: readonly Lab[], note: (lab: Lab, entry: ReportNote<NoteCode>) => void): void {
  for (const chip of state.scenario.chips) {
    for (const region of state.scenario.regions) {
      const capacity = rentalOffer(state, chip.id, region.id)?.capacity;
      if (capacity === undefined) continue;
      const renting = labs.flatMap((lab) => lab.rentals.filter((r) => r.chip === chip.id && r.region === region.id).map((rental) => ({ lab, rental })));
      const total = renting.reduce((sum, r) => sum + r.rental.units, 0);
      if (total <= capacity) continue;
      for (const { lab, rental } of renting) {
        const units = Math.floor((rental.units * capacity) / total);
        note(lab, { code: 'rentalRationed', params: { chip: chip.id, region: region.id, asked: rental.units, units } });
        rental.units = units;
      }
      for (const { lab } of renting) lab.rentals = lab.rentals.filter((r) => r.units > 0);
    }
  }
}

/** Chips on order for a lab, by chip (for views and bots). */
export function chipsOnOrder(lab: Lab): Record<string, number> {
  const onOrder = idRecord<number>();
  for (const order of lab.chipOrders) onOrder[order.chip] = (onOrder[order.chip] ?? 0) + order.units;
  return onOrder;
}

/** Quarters an order of the chip takes to arrive. */
export function leadQuarters(state: GameState, chipId: string): number {
  return findChip(state.scenario, chipId)?.leadQuarters ?? 0;
}
