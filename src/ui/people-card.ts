import { fire, hire, hiringCap, payroll, type Role } from '../engine';
import { count, money, t } from '../i18n';
import type { AppStore } from '../store/game-store';
import { createActionCard, field, numberInput } from './action-card';
import { rejectionText } from './note-text';
import { h, type Panel } from './dom';
import { playerView } from './lab-view';

/** Hire or let go researchers and engineers, with payroll and this quarter's hiring room shown. */
export function createPeopleCard(store: AppStore): Panel {
  const role = h('select', {},
    h('option', { value: 'researchers' }, t('people.researchers')),
    h('option', { value: 'engineers' }, t('people.engineers')));
  const amount = numberInput(5, 1, 1);
  const fireButton = h('button', { type: 'button', class: 'secondary' }, t('people.fire'));
  const fireMessage = h('p', { class: 'message', role: 'status' });
  fireButton.addEventListener('click', () => {
    const lab = playerView(store.getState())?.lab;
    if (!lab) return;
    const rejected = store.getState().dispatch(fire(lab.id, role.value as Role, Number(amount.value)));
    fireMessage.className = rejected ? 'message error' : 'message ok';
    fireMessage.textContent = rejected ? rejectionText(store.getState().game, rejected) : t('people.fired', { count: amount.value });
  });
  return createActionCard(store, {
    id: 'people',
    heading: t('people.heading'),
    help: t('people.help'),
    fields: [field('people-role', t('people.role'), role), field('people-count', t('people.count'), amount)],
    extra: [fireButton, fireMessage],
    submitLabel: t('people.hire'),
    preview: () => {
      const view = playerView(store.getState());
      if (!view) return '';
      return t('people.preview', {
        researchers: count(view.lab.researchers),
        engineers: count(view.lab.engineers),
        payroll: money(payroll(view.game, view.lab)),
        room: Math.max(0, hiringCap(view.lab) - view.lab.hiredThisQuarter),
      });
    },
    action: () => hire(playerView(store.getState())?.lab.id ?? '', role.value as Role, Number(amount.value)),
    success: () => t('people.hired', { count: amount.value }),
  });
}
