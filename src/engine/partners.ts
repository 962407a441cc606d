// Strategic partners: a cloud giant in the game pays for a lab's equity in compute credit instead of cash, and the lab
// rents only from that partner's region while the credit lasts (Microsoft's Azure credits to OpenAI, Amazon's and
// Google's to Anthropic, Alibaba Cloud's to the Chinese tigers).
import { rentCost } from './compute';
import { roundCeiling } from './funding';
import { rentalOffer, voucherShare } from './world-rules';
import { record } from './ledger';
import type { GameState, Lab } from './state-types';

/** Share of its cash a partner puts into one deal at most. Game design: a giant spreads its bets. */
export const PARTNER_CASH_SHARE = 0.25;

export interface PartnerQuote {
  /** The lab's value before the credit: investors' estimate, what a partner pays for it. */
  preMoney: number;
  /** The lab's share of itself after the deal. */
  equityAfter: number;
  /** The most this partner would put in now. */
  maxAmount: number;
}

/** Labs that could partner with `lab`: live clouds with cash, other than itself, whose region rents chips to it. */
export function partnersFor(state: GameState, lab: Lab): Lab[] {
  return state.labs.filter((p) => p.alive && p.id !== lab.id && p.products.cloud && p.cash > 0
    && state.scenario.chips.some((chip) => rentalOffer(state, chip.id, p.region) !== undefined));
}

/** What a deal of `amount` with `partner` would do: priced at investors' estimate, paid in credit. */
export function partnerQuote(state: GameState, lab: Lab, partner: Lab, amount: number): PartnerQuote {
  const preMoney = Math.max(lab.estimate, 1);
  return {
    preMoney,
    equityAfter: (lab.equity * preMoney) / (preMoney + amount),
    maxAmount: Math.max(0, Math.min(roundCeiling(state, lab), PARTNER_CASH_SHARE * partner.cash)),
  };
}

/** The region a lab's partner credit binds it to while it lasts (undefined without one). */
export function partnerRegion(state: GameState, lab: Lab): string | undefined {
  if (!lab.partner || lab.partner.credit <= 0) return undefined;
  return state.labs.find((p) => p.id === lab.partner!.lab)?.region;
}

/**
 * A partner's credit pays this quarter's rent in its region, less what a voucher already paid there (vouchers pay
 * only for compute rented at home; `homeVoucherShare` is the share of home rent they paid this quarter, after any
 * rationing), out of the partner's own cash; both books show it as financing.
 */
export function payRentFromCredit(state: GameState, lab: Lab, homeVoucherShare = voucherShare(state, lab.region)): void {
  const region = partnerRegion(state, lab);
  const partner = lab.partner ? state.labs.find((p) => p.id === lab.partner!.lab) : undefined;
  if (!lab.partner || !partner || region === undefined) return;
  const covered = Math.min(rentCost(state, lab.rentals.filter((r) => r.region === region)), lab.partner.credit);
  const amount = Math.min(covered * (1 - (region === lab.region ? homeVoucherShare : 0)), Math.max(0, partner.cash));
  if (amount <= 0) return;
  record(lab, 'partnerCredit', amount, partner.id);
  record(partner, 'partnerInvestment', -amount, lab.id);
  lab.partner = { lab: partner.id, credit: lab.partner.credit - amount };
}
