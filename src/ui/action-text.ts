import type { Action, GameState } from '../engine';
import { count, decimal, money, price, t, type MessageKey } from '../i18n';
import { eventText, named, regionName, segmentName } from './scenario-text';

/** A move in a sentence, for the replay viewer. */
export function actionText(action: Action, state: GameState): string {
  const lab = state.labs.find((l) => l.id === action.lab)?.name ?? action.lab;
  const chip = (id: string) => named(state.scenario, 'chips', id);
  const model = (id: string) => state.models.find((m) => m.id === id)?.name ?? id;
  const technique = (id: string) => named(state.scenario, 'techniques', id);
  const region = (id: string) => regionName(state.scenario, id);
  const role = (id: string) => (id === 'researchers' || id === 'engineers' ? t(`role.${id}`) : id);
  const product = (segment: string) => (['cloud', 'rentals'].includes(segment) ? t(`report.segment.${segment}` as MessageKey) : segmentName(state.scenario, segment));
  switch (action.type) {
    case 'buyChips':
      return t('action.buyChips', { lab, units: count(action.units), chip: chip(action.chip), grey: action.grey ? t('action.greySuffix') : '' });
    case 'sellChips':
      return t('action.sellChips', { lab, units: count(action.units), chip: chip(action.chip) });
    case 'setRental':
      return t('action.setRental', { lab, chip: chip(action.chip), region: region(action.region), units: count(action.units) });
    case 'setSplit':
      return t('action.setSplit', { lab, training: action.training, inference: action.inference, research: action.research });
    case 'hire':
      return t('action.hire', { lab, count: count(action.count), role: role(action.role) });
    case 'fire':
      return t('action.fire', { lab, count: count(action.count), role: role(action.role) });
    case 'startRun':
      return t('action.startRun', { lab, name: action.name, total: Math.round(action.totalParams / 1e9), active: Math.round(action.activeParams / 1e9), tokens: decimal(action.tokens / 1e12, 1), open: action.open ? t('action.openSuffix') : '' });
    case 'cancelRun':
      return t('action.cancelRun', { lab });
    case 'openWeights':
      return t('action.openWeights', { lab, model: model(action.model) });
    case 'useModel':
      return t('action.useModel', { lab, model: model(action.model) });
    case 'launchProduct':
      return t('action.launchProduct', { lab, product: product(action.segment) });
    case 'setPrice':
      return t('action.setPrice', { lab, product: product(action.segment), price: price(action.price, 4) });
    case 'setMarketing':
      return t('action.setMarketing', { lab, product: product(action.segment), amount: money(action.amount) });
    case 'raiseRound':
      return t('action.raiseRound', { lab, amount: money(action.amount) });
    case 'partnerDeal':
      return t('action.partnerDeal', { lab, partner: state.labs.find((l) => l.id === action.partner)?.name ?? action.partner, amount: money(action.amount) });
    case 'borrow':
      return t('action.borrow', { lab, amount: money(action.amount) });
    case 'research':
      return t('action.research', { lab, technique: technique(action.technique) });
    case 'publish':
      return t('action.publish', { lab, technique: technique(action.technique) });
    case 'answerEvent': {
      const event = state.scenario.events.find((e) => e.id === action.event);
      return t('action.answerEvent', { lab, event: event ? eventText(state.scenario, event).headline : action.event, choice: event ? eventText(state.scenario, event).choice(action.choice) : action.choice });
    }
    case 'buildVertical':
      return t('action.buildVertical', { lab, vertical: named(state.scenario, 'verticals', action.vertical) });
    case 'setAutopilot':
      return action.strategy === null ? t('action.autopilotOff', { lab }) : t('action.autopilotOn', { lab, strategy: t(`strategy.${action.strategy}` as MessageKey) });
  }
}
