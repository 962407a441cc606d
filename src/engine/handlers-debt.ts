// Borrowing against the lab's fleet (fleet-debt.ts): the lender's limit is checked, the cash arrives at once.
import { borrow, loanLimit } from './fleet-debt';
import { isAmount, type Handlers } from './handler';
import { reject } from './reasons';

export const debtHandlers: Handlers<'borrow'> = {
  borrow: {
    validate(state, lab, action) {
      if (!isAmount(action.amount, 1e6, 1e12)) return reject('badNumber', { field: 'amount' });
      const limit = loanLimit(state, lab);
      if (limit.reason === 'noCloud' || limit.reason === 'noRentalMarket') return reject('noLender', { why: limit.reason });
      if (action.amount > limit.amount) return reject('loanTooLarge', { maxAmount: limit.amount, byCollateral: limit.byCollateral, byRent: limit.byRent, owed: limit.owed });
      return undefined;
    },
    apply(state, lab, action) {
      borrow(state, lab, action.amount);
    },
  },
};
