// Loans secured on a cloud's chips and the rent they earn (CoreWeave's delayed-draw term loans): a lab that rents
// GPU-hours may borrow against its fleet, pays interest and repays over the chips' life, and when it cannot pay the
// lender takes chips and sells them. The same rules for every lab.
import { chipBookValue, chipSaleQuote, removeChips } from './compute';
import { cloudRentalTerms, GPU_HOURS } from './cloud-market';
import { record } from './ledger';
import type { GameState, Lab, LabQuarterReport } from './state-types';

/**
 * Interest a quarter on a fleet loan: 11% a year, the effective rate of CoreWeave's DDTL 2.0 facility ($7.6B, signed
 * May 2024; SOFR + 6% for investment-grade contracts), as its 10-Q for June 2025 lists it (DDTL 1.0 of 2023: 15%).
 */
export const LOAN_RATE_PER_QUARTER = 0.11 / 4;

/**
 * Share of the chips' value a lender advances: 80%. A game-design figure: CoreWeave's delayed-draw loans were sized on
 * its customers' contracts and secured on the GPUs as the second line of recourse (9fin, "Excess Spread", March 2025,
 * on DDTL 1.0 and 2.0), and funded most of each fleet's purchase; the rest came from equity. At 70% the cloud
 * strategy's fleets grew too slowly to matter in the tutorial (test/bench/balance-tried.md).
 */
export const LOAN_TO_VALUE = 0.8;

/**
 * Rent must cover the loan's payments (interest and repayment) this many times: 1.25, the usual floor of a
 * debt-service coverage covenant in project finance (a convention, not a figure from CoreWeave's filings).
 */
export const RENT_COVERAGE = 1.25;

/** One draw on a fleet loan: what is still owed and the quarters left to repay it (the chips' depreciation life). */
export interface FleetLoan {
  principal: number;
  quartersLeft: number;
}

/** What a lab owes on all its fleet loans. */
export function debtOf(lab: Pick<Lab, 'loans'>): number {
  return (lab.loans ?? []).reduce((a, loan) => a + loan.principal, 0);
}

/** This quarter's payment on one draw: interest on what is owed plus an equal share of it for each quarter left. */
export function loanPayment(loan: FleetLoan): { interest: number; repayment: number } {
  return { interest: loan.principal * LOAN_RATE_PER_QUARTER, repayment: loan.principal / Math.max(1, loan.quartersLeft) };
}

/** What the lab's legal chips are worth to a lender: their book value and what is paid for chips still on order. */
export function collateralOf(state: GameState, lab: Lab): number {
  let onOrder = 0;
  for (const order of lab.chipOrders) if (!order.grey) onOrder += order.units * order.listPerUnit;
  return chipBookValue(lab, state.scenario.world.depreciationQuarters, (v) => !v.grey) + onOrder;
}

/** The lender's limit, its two tests, and what the lab owes now. */
export interface LoanLimit {
  /** More the lender would lend now: the smaller of the two tests, less what is owed (never below 0). */
  amount: number;
  /** LOAN_TO_VALUE of the legal chips' book value and of chips paid for and on order. */
  byCollateral: number;
  /** The debt whose quarterly payments the rent the fleet earned last quarter (contractedRent) covers RENT_COVERAGE times. */
  byRent: number;
  owed: number;
  /** Why the lender lends nothing: no cloud, no rental market in the region, or none of the tests leave room. */
  reason?: 'noCloud' | 'noRentalMarket' | 'noRoom';
}

/**
 * How much more a lab may borrow against its fleet: only a lab selling cloud in a region where buyers rent GPU-hours;
 * in all at most LOAN_TO_VALUE of its legal chips (book value, and orders at what was paid), and no more than the
 * payments the rent its fleet earned last quarter covers RENT_COVERAGE times (a draw pays interest plus 1/life of itself a
 * quarter). Chips bought on credit raise the limit only once they earn: a fleet its engineers cannot let out, or the
 * market does not take, carries no more debt. When rents fall, the limit falls with them.
 */
export function loanLimit(state: GameState, lab: Lab): LoanLimit {
  const owed = debtOf(lab);
  const none = (reason: LoanLimit['reason']): LoanLimit => ({ amount: 0, byCollateral: 0, byRent: 0, owed, reason });
  if (!lab.products.cloud) return none('noCloud');
  const region = state.scenario.regions.find((r) => r.id === lab.region);
  if (!region || !cloudRentalTerms(state, region)) return none('noRentalMarket');
  const life = state.scenario.world.depreciationQuarters;
  const byCollateral = LOAN_TO_VALUE * collateralOf(state, lab);
  const byRent = debtRentCovers(contractedRent(state, lab), life);
  const amount = Math.max(0, Math.min(byCollateral, byRent) - owed);
  return { amount, byCollateral, byRent, owed, ...(amount > 0 ? {} : { reason: 'noRoom' as const }) };
}

/** The debt whose quarterly payments (interest plus 1/life of itself) `rentPerQuarter` covers RENT_COVERAGE times. */
export function debtRentCovers(rentPerQuarter: number, life: number): number {
  return rentPerQuarter / RENT_COVERAGE / (LOAN_RATE_PER_QUARTER + 1 / life);
}

/** A new draw: the cash arrives now, repaid over the chips' depreciation life. */
export function borrow(state: GameState, lab: Lab, amount: number): void {
  record(lab, 'loan', amount, 'fleet');
  (lab.loans ??= []).push({ principal: amount, quartersLeft: state.scenario.world.depreciationQuarters });
}

/**
 * The quarter's payments on every draw, from cash. A lab whose cash cannot meet them defaults: the lender takes chips
 * (sold at the resale price, most valuable first) until what is owed is repaid, and writes off what the chips do not
 * cover (the loans are secured on the fleet alone). The report says what was paid, or what was seized.
 */
export function serviceDebt(state: GameState, lab: Lab, report: LabQuarterReport): void {
  const loans = lab.loans ?? [];
  if (loans.length === 0) return;
  let interest = 0;
  let repayment = 0;
  for (const loan of loans) {
    const due = loanPayment(loan);
    interest += due.interest;
    repayment += due.repayment;
  }
  const owed = debtOf(lab);
  if (lab.cash - interest - repayment < 0) {
    foreclose(state, lab, report, owed);
    return;
  }
  record(lab, 'interest', -interest, 'fleet');
  record(lab, 'loanRepayment', -repayment, 'fleet');
  for (const loan of loans) {
    loan.principal -= loan.principal / Math.max(1, loan.quartersLeft);
    loan.quartersLeft -= 1;
  }
  lab.loans = loans.filter((loan) => loan.quartersLeft > 0 && loan.principal > 0.5);
  report.notes.push({ code: 'loanPaid', params: { interest, repayment, owed: debtOf(lab), rent: rentOf(report) } });
}

/** A report's lines that are rent for the fleet: GPU-hours to outside buyers, open models hosted, chips rented to the game's labs. */
const RENT_LINES: ReadonlySet<string> = new Set([GPU_HOURS, 'cloud', 'rentals']);

/**
 * Rent the lab's fleet earned last quarter (GPU-hours, hosting, chips let to the game's labs): what the lender sizes its
 * loans on. CoreWeave's delayed-draw loans were sized on customers' signed contracts (9fin, March 2025), not on what idle
 * chips might be let for, so chips that earn nothing yet carry no debt beyond their collateral.
 */
export function contractedRent(state: GameState, lab: Lab): number {
  const report = state.reports.at(-1)?.labs.find((r) => r.lab === lab.id);
  return report ? rentOf(report) : 0;
}

/** Rent a quarter's report records (GPU-hours, hosting, chips let to labs): the lender's test and the notes. */
function rentOf(report: LabQuarterReport): number {
  return report.products.reduce((a, p) => (RENT_LINES.has(p.product) ? a + p.revenue : a), 0);
}

/** The lender sells the lab's chips until the debt is repaid or no chip is left; the rest is written off. */
function foreclose(state: GameState, lab: Lab, report: LabQuarterReport, owed: number): void {
  let recovered = 0;
  let seized = 0;
  const chips = Object.keys(lab.chips)
    .filter((id) => (lab.chips[id] ?? 0) > 0)
    .map((id) => ({ id, unit: chipSaleQuote(state, lab, id, 1) }))
    .sort((a, b) => b.unit - a.unit || (a.id < b.id ? -1 : 1));
  for (const { id, unit } of chips) {
    if (recovered >= owed || unit <= 0) break;
    const owned = lab.chips[id] ?? 0;
    const units = Math.min(owned, Math.ceil((owed - recovered) / unit));
    const proceeds = chipSaleQuote(state, lab, id, units);
    removeChips(lab, id, units);
    recovered += proceeds;
    seized += units;
  }
  // The sale goes to the lender; what it fetches beyond the debt comes back to the lab.
  if (recovered > owed) record(lab, 'chipSale', recovered - owed, 'foreclosure');
  lab.loans = [];
  report.notes.push({ code: 'loanDefault', params: { owed, recovered: Math.min(owed, recovered), seized, writtenOff: Math.max(0, owed - recovered), rent: rentOf(report) } });
}
