// Cloud GPU-hours for buyers outside the game (CoreWeave's business): the region's clouds, in the game and outside it,
// share the hours asked for in proportion to the chips each has free, at the going rent for a FLOP in the region.
import { HOURS_PER_QUARTER } from './calendar';
import { buyableChips, findChip, unitPrice } from './compute';
import { pow } from './math';
import type { Chip, Region } from './scenario-types';
import type { GameState, Lab, LabQuarterReport } from './state-types';
import { hiringCap, salaryPerQuarter } from './talent';
import { chipRules, rentalPrice } from './world-rules';

/** The report's product line for GPU-hours rented to buyers outside the game. */
export const GPU_HOURS = 'gpuHours';

/** The market for a region's cloud GPU-hours this quarter, in hours of its reference chip. */
export interface CloudRentalTerms {
  chip: string;
  /** Chip-hours buyers outside the game ask for this quarter. */
  hours: number;
  /** Chip-hours the clouds outside the game can offer this quarter. */
  outsideHours: number;
  /** Rent per reference chip-hour: the cheapest rental offer in the region per inference FLOP this quarter, for a reference chip's FLOP. */
  pricePerHour: number;
  /** Inference FLOP one chip-hour delivers (peak × inference utilisation × 3,600 s). */
  flopPerHour: number;
}

/** Inference FLOP one chip delivers in an hour: peak × inference utilisation × 3,600 s. */
function inferenceFlopPerHour(chip: Chip): number {
  return chip.peakFlops * chip.inferenceUtilisation * 3600;
}

/**
 * The going rent for an inference FLOP in a region this quarter: the cheapest of its clouds' offers (a newer chip's
 * offer sets it, as Blackwell rents pulled down Hopper's), 0 when the region rents none.
 */
export function rentPerInferenceFlop(state: GameState, region: string): number {
  let best = Infinity;
  for (const chip of state.scenario.chips) {
    for (const offer of chipRules(state, chip.id).rentals) {
      if (offer.region !== region || offer.from > state.quarter || (offer.until !== undefined && state.quarter >= offer.until)) continue;
      best = Math.min(best, rentalPrice(state, chip, offer) / inferenceFlopPerHour(chip));
    }
  }
  return Number.isFinite(best) ? best : 0;
}

/** The region's market this quarter, or undefined when it has none or its clouds rent no chip there. */
export function cloudRentalTerms(state: GameState, region: Region): CloudRentalTerms | undefined {
  const market = region.cloudRentals;
  const chip = market ? findChip(state.scenario, market.chip) : undefined;
  const perFlop = rentPerInferenceFlop(state, region.id);
  if (!market || !chip || perFlop <= 0) return undefined;
  const q = state.quarter;
  const flopPerHour = inferenceFlopPerHour(chip);
  return {
    chip: chip.id,
    hours: market.hoursPerQuarter * pow(1 + market.growthPerQuarter, q),
    outsideHours: market.outsideChips * pow(1 + market.outsideGrowthPerQuarter, q) * HOURS_PER_QUARTER,
    pricePerHour: perFlop * flopPerHour,
    flopPerHour,
  };
}

/** Share of every cloud's free capacity that is rented: hours asked for over all hours offered, at most all of them. */
export function rentalUtilisation(hours: number, outsideHours: number, inGameHours: number): number {
  const capacity = outsideHours + inGameHours;
  return capacity > 0 && hours > 0 ? Math.min(1, hours / capacity) : 0;
}

/** One cloud's quarter in the market: the hours it rents out, their rent, and the inference FLOP they take. */
export interface CloudRental {
  lab: Lab;
  hours: number;
  revenue: number;
  flop: number;
  utilisation: number;
  /** The reference chip and its rent per hour. */
  chip: string;
  pricePerHour: number;
  /** Rent the chips left free would have earned had the lab's engineers been enough to let them all out. */
  lostToStaff: number;
  /** Inference FLOP those hours would have taken: chip time that stood idle for want of engineers, not of buyers. */
  idleForStaffFlop: number;
}

/** What a cloud's paying customers leave free this quarter (its app's free users come after renters): inference FLOP, and the revenue its spare engineers could run. */
export interface FreeCapacity {
  flop: number;
  revenue: number;
}

/**
 * Each cloud in the game (a lab selling cloud) offers the inference compute its paying customers leave free, as many hours
 * as its spare engineers could run if all were rented; every cloud, in the game or outside it, rents the same share of
 * what it offers. A lab with a bigger fleet rents more hours, until the game's clouds are so many that the share falls.
 */
export function rentOutFreeCompute(state: GameState, free: (lab: Lab) => FreeCapacity): CloudRental[] {
  const rentals: CloudRental[] = [];
  for (const region of state.scenario.regions) {
    const terms = cloudRentalTerms(state, region);
    if (!terms) continue;
    const clouds = state.labs.filter((lab) => lab.alive && lab.products.cloud && lab.region === region.id);
    const spares = clouds.map((lab) => free(lab));
    const byChips = spares.map((spare) => Math.max(0, spare.flop / terms.flopPerHour));
    const offered = spares.map((spare, i) => Math.max(0, Math.min(byChips[i]!, spare.revenue / terms.pricePerHour)));
    const utilisation = rentalUtilisation(terms.hours, terms.outsideHours, offered.reduce((a, h) => a + h, 0));
    clouds.forEach((lab, i) => {
      const hours = offered[i]! * utilisation;
      const unstaffed = (byChips[i]! - offered[i]!) * utilisation;
      const lostToStaff = unstaffed * terms.pricePerHour;
      if (hours > 0 || lostToStaff > 0) rentals.push({ lab, hours, revenue: hours * terms.pricePerHour, flop: hours * terms.flopPerHour, utilisation, chip: terms.chip, pricePerHour: terms.pricePerHour, lostToStaff, idleForStaffFlop: unstaffed * terms.flopPerHour });
    });
  }
  return rentals;
}

/**
 * The report's notes on a cloud's rented hours: how many, at what rent, and how busy the region's clouds were; and,
 * when its engineers were too few to let out every free chip, the rent those idle chips would have earned.
 */
export function noteRental(report: LabQuarterReport | undefined, rental: CloudRental, engineers: number): void {
  if (rental.hours > 0) {
    report?.notes.push({
      code: 'gpuHoursRented',
      params: { chipHours: Math.round(rental.hours), chip: rental.chip, price: rental.pricePerHour, utilisation: rental.utilisation, revenue: rental.revenue },
    });
  }
  // Below $1,000 of rent a quarter the shortfall is rounding, not a reason to hire.
  if (rental.lostToStaff >= 1000) report?.notes.push({ code: 'gpuHoursShortOfStaff', params: { engineers, lost: rental.lostToStaff } });
}

/** What one more chip would earn renting to buyers outside the game, and how many the lab's region has room for. */
export interface FleetPlan {
  /** The legal chip with the most inference FLOP per dollar for the lab to buy. */
  chip: string;
  unitCost: number;
  /** Rent one such chip earns over its depreciation life at the market's utilisation now and this quarter's rent. */
  lifetimeRent: number;
  /** Rent it would earn in a quarter with every hour let out: the hours engineers must run (they run the hours offered, rentOutFreeCompute). */
  fullRent: number;
  /** Chips the region's clouds could add before utilisation fell to where a chip earns only `payback` times its price. */
  room: number;
}

/**
 * A cloud's case for more chips: the best chip to buy, what it would earn renting out, and how many more the market
 * would keep busy enough to pay `payback` times their price. Undefined for a lab that sells no cloud, where no one
 * rents GPU-hours, or whose free chips stood idle last quarter for want of engineers to let them out. The market's utilisation is the hours asked for against the outside clouds and what the game's
 * clouds offered last quarter.
 */
export function fleetPlan(state: GameState, lab: Lab, payback: number): FleetPlan | undefined {
  return chipsIdleForStaff(state, lab) ? undefined : marketPlan(state, lab, payback);
}

/** fleetPlan whatever the lab's engineers did last quarter: what the market would pay for more chips. */
function marketPlan(state: GameState, lab: Lab, payback: number): FleetPlan | undefined {
  if (!lab.products.cloud) return undefined;
  const region = state.scenario.regions.find((r) => r.id === lab.region);
  const terms = region ? cloudRentalTerms(state, region) : undefined;
  if (!terms) return undefined;
  let best: { chip: string; unitCost: number; chipHours: number } | undefined;
  for (const chip of buyableChips(state, lab.region)) {
    const unitCost = unitPrice(state, chip, lab.region, false);
    const chipHours = inferenceFlopPerHour(chip) / terms.flopPerHour;
    if (unitCost > 0 && (!best || chipHours / unitCost > best.chipHours / best.unitCost)) best = { chip: chip.id, unitCost, chipHours };
  }
  if (!best) return undefined;
  const offered = offeredLastQuarter(state);
  const utilisation = rentalUtilisation(terms.hours, terms.outsideHours, offered);
  const perQuarter = terms.pricePerHour * best.chipHours * HOURS_PER_QUARTER;
  const life = state.scenario.world.depreciationQuarters;
  // The utilisation at which a chip just pays back `payback` times its price, and the hours the market fills at it.
  const breakEven = (payback * best.unitCost) / (perQuarter * life);
  const fillable = breakEven > 0 && breakEven <= 1 ? terms.hours / breakEven - terms.outsideHours - offered : 0;
  return {
    chip: best.chip,
    unitCost: best.unitCost,
    lifetimeRent: perQuarter * utilisation * life,
    fullRent: perQuarter,
    room: Math.max(0, Math.floor(fillable / HOURS_PER_QUARTER / best.chipHours)),
  };
}

/** Whether last quarter some of the lab's free chips stood idle because its engineers could let out no more hours: more chips would stand idle too. */
function chipsIdleForStaff(state: GameState, lab: Lab): boolean {
  return state.reports.at(-1)?.labs.find((r) => r.lab === lab.id)?.notes.some((n) => n.code === 'gpuHoursShortOfStaff') ?? false;
}

/** Hours the game's clouds offered last quarter: each one's rented hours over the utilisation they all had. */
function offeredLastQuarter(state: GameState): number {
  let offered = 0;
  for (const report of state.reports.at(-1)?.labs ?? []) {
    for (const n of report.notes) if (n.code === 'gpuHoursRented' && Number(n.params.utilisation) > 0) offered += Number(n.params.chipHours) / Number(n.params.utilisation);
  }
  return offered;
}

/**
 * Rent a quarter the lab's legal chips (owned and on order) would earn rented to buyers outside the game, at this
 * quarter's rent and the utilisation the market had with last quarter's offers: what a lender counts on (0 where no
 * one rents GPU-hours).
 */
export function fleetMarketRent(state: GameState, lab: Lab): number {
  const region = state.scenario.regions.find((r) => r.id === lab.region);
  const terms = region ? cloudRentalTerms(state, region) : undefined;
  if (!terms) return 0;
  const utilisation = rentalUtilisation(terms.hours, terms.outsideHours, offeredLastQuarter(state));
  const units: Record<string, number> = {};
  for (const [chip, n] of Object.entries(lab.chips)) units[chip] = (units[chip] ?? 0) + n;
  for (const order of lab.chipOrders) if (!order.grey) units[order.chip] = (units[order.chip] ?? 0) + order.units;
  let rent = 0;
  for (const [id, n] of Object.entries(units)) {
    const chip = findChip(state.scenario, id);
    if (chip && n > 0) rent += n * (inferenceFlopPerHour(chip) / terms.flopPerHour) * terms.pricePerHour * HOURS_PER_QUARTER * utilisation;
  }
  return rent;
}

/** Rent over a chip's life that investors and the bots ask of a cloud's next chip, as a multiple of its price (power, falling rents, a return). */
export const FLEET_PAYBACK = 2;

/**
 * The money a cloud can show investors its fleet needs: chips that would pay back FLEET_PAYBACK times their price, as
 * many as the market has room for and its engineers could let out (staffedChips).
 */
export function fleetNeed(state: GameState, lab: Lab): number {
  return fleetCase(state, lab).need;
}

/** fleetNeed, and whether the engineers held it below what the market has room for (the funding card says so). */
export function fleetCase(state: GameState, lab: Lab): { need: number; heldByStaff: boolean } {
  const plan = marketPlan(state, lab, FLEET_PAYBACK);
  if (!plan || plan.lifetimeRent < FLEET_PAYBACK * plan.unitCost || plan.room <= 0) return { need: 0, heldByStaff: false };
  // Chips stood idle last quarter for want of engineers: more would too.
  if (chipsIdleForStaff(state, lab)) return { need: 0, heldByStaff: true };
  const staffed = staffedChips(state, lab, plan.fullRent);
  return { need: Math.min(plan.room, staffed) * plan.unitCost, heldByStaff: staffed < plan.room };
}

/**
 * Chips that a lab's engineers could let out on top of the sales they ran last quarter, each offering `fullRent` of
 * hours a quarter (engineers run the hours offered, rented or not: rentOutFreeCompute): its engineers and a quarter's
 * hires, less those its products took (engineersBusy). Chips bought beyond that would stand idle for want of people,
 * so investors do not fund them: without it, a tutorial cloud raised a fifth of its value for a fleet whose rent its
 * team could not collect, and ended worth less than without the round (balance-tried.md, engine 0.18.0).
 */
export function staffedChips(state: GameState, lab: Lab, fullRent: number): number {
  const perEngineer = state.scenario.world.productRevenuePerEngineer;
  if (perEngineer === undefined || fullRent <= 0) return Infinity;
  // A world whose engineers run no sales at all lets out no hours either.
  if (perEngineer <= 0) return 0;
  const spare = lab.engineers + Math.max(0, hiringCap(lab) - lab.hiredThisQuarter) - engineersBusy(state, lab, perEngineer);
  return Math.max(0, Math.floor((spare * perEngineer) / fullRent));
}

/**
 * Engineers the lab's sales took last quarter, counted as the market counts them (phase-markets.ts engineersFor) from
 * its report: the sales it won before compute ran short (lostToCapacity), at the world's rate; industry contracts at
 * their engineers' pay that quarter; GPU-hours by the hours offered (rented over the clouds' utilisation). When it won
 * more than its engineers could run, the engineers those sales needed.
 */
function engineersBusy(state: GameState, lab: Lab, perEngineer: number): number {
  const last = state.reports.at(-1);
  const report = last?.labs.find((r) => r.lab === lab.id);
  if (!last || !report) return 0;
  const short = report.notes.find((n) => n.code === 'deliveryShort');
  if (short) {
    const served = Number(short.params.served);
    return served > 0 ? Number(short.params.engineers) / served : Number(short.params.won) / perEngineer;
  }
  const region = state.scenario.regions.find((r) => r.id === lab.region);
  const pay = region ? salaryPerQuarter({ ...state, quarter: last.quarter }, region, 'engineers') : 0;
  const rented = report.notes.find((n) => n.code === 'gpuHoursRented');
  const utilisation = rented ? Number(rented.params.utilisation) : 1;
  let busy = 0;
  let sold = 0;
  for (const product of report.products) {
    if (product.revenue <= 0) continue;
    sold += product.revenue;
    if (product.product.startsWith('vertical:')) busy += product.deliveryCost !== undefined && pay > 0 ? product.deliveryCost / pay : 0;
    else if (product.product === GPU_HOURS) busy += utilisation > 0 ? product.revenue / (utilisation * perEngineer) : 0;
    else busy += product.revenue / perEngineer;
  }
  return sold > 0 ? (busy * (sold + report.lostToCapacity)) / sold : busy;
}
