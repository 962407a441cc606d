import { borrow, debtOf, LOAN_TO_VALUE, loanLimit, loanPayment, RENT_COVERAGE } from '../engine';
import { money, t, wholePercent } from '../i18n';
import type { AppStore } from '../store/game-store';
import { createActionCard, field, numberInput } from './action-card';
import { h, type Panel } from './dom';
import { playerView } from './lab-view';

/** Borrow against the lab's chips and the rent they earn: the lender's two limits, what is owed and what it costs a quarter. */
export function createLoanCard(store: AppStore): Panel {
  const amount = numberInput(50, 'any', 1);
  const owed = h('p', { class: 'progress' });
  return createActionCard(store, {
    id: 'loan',
    heading: t('loan.heading'),
    help: t('loan.help'),
    fields: [field('loan-amount', t('loan.amount'), amount)],
    extra: [owed],
    submitLabel: t('loan.submit'),
    refresh: () => {
      const view = playerView(store.getState());
      if (!view) return;
      const debt = debtOf(view.lab);
      owed.hidden = debt <= 0;
      if (debt > 0) {
        const due = (view.lab.loans ?? []).reduce((a, loan) => {
          const p = loanPayment(loan);
          return a + p.interest + p.repayment;
        }, 0);
        owed.textContent = t('loan.owed', { owed: money(debt), due: money(due) });
      }
    },
    preview: () => {
      const view = playerView(store.getState());
      if (!view) return '';
      const limit = loanLimit(view.game, view.lab);
      if (limit.reason === 'noCloud' || limit.reason === 'noRentalMarket') return t('loan.none');
      const asked = Number(amount.value) * 1e6;
      const life = view.game.scenario.world.depreciationQuarters;
      const due = asked > 0 ? loanPayment({ principal: asked, quartersLeft: life }) : { interest: 0, repayment: 0 };
      return [
        t('loan.limit', { share: wholePercent(LOAN_TO_VALUE), coverage: RENT_COVERAGE, max: money(limit.amount), byCollateral: money(limit.byCollateral), byRent: money(limit.byRent) }),
        t('loan.cost', { interest: money(due.interest), repayment: money(due.repayment), quarters: life }),
      ];
    },
    action: () => borrow(playerView(store.getState())?.lab.id ?? '', Number(amount.value) * 1e6),
    success: () => t('loan.done', { amount: money(Number(amount.value) * 1e6) }),
  });
}
