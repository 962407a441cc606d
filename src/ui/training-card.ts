import { cancelRun, labMemory, labEffects, optimalRun, startRun, trainingMemoryNeed, trainingQuote } from '../engine';
import { count, money, quarters as quartersText, scientific, t } from '../i18n';
import type { AppStore } from '../store/game-store';
import { createActionCard, field, numberInput } from './action-card';
import { h, type Panel } from './dom';
import { playerView } from './lab-view';
import { nextModelName } from './model-name';

/** Start a training run sized by parameters and tokens, see what it needs, follow its progress. */
export function createTrainingCard(store: AppStore): Panel {
  const name = h('input', { type: 'text', maxlength: 40, value: 'Lantern 2' });
  const total = numberInput(200, 'any', 1);
  const active = numberInput(200, 'any', 1);
  const tokens = numberInput(4, 'any', 0.01);
  const open = h('input', { type: 'checkbox', id: 'train-open' });
  const progress = h('p', { class: 'progress' });
  const cancel = h('button', { type: 'button', class: 'secondary' }, t('train.cancel'));
  cancel.addEventListener('click', () => {
    const lab = playerView(store.getState())?.lab;
    if (lab) store.getState().dispatch(cancelRun(lab.id));
  });
  const run = () => ({
    name: name.value.trim(),
    totalParams: Number(total.value) * 1e9,
    activeParams: Number(active.value) * 1e9,
    tokens: Number(tokens.value) * 1e12,
    open: open.checked,
  });
  let namedForModels = -1;
  return createActionCard(store, {
    id: 'train',
    term: 'training',
    heading: t('train.heading'),
    help: t('train.help'),
    fields: [
      field('train-name', t('train.name'), name),
      field('train-total', t('train.total'), total),
      field('train-active', t('train.active'), active),
      field('train-tokens', t('train.tokens'), tokens),
      h('div', { class: 'check' }, open, h('label', { for: 'train-open' }, t('train.open'))),
    ],
    extra: [progress, cancel],
    submitLabel: t('train.submit'),
    refresh: () => {
      const view = playerView(store.getState());
      if (!view) return;
      // Suggest the next name in the lab's series whenever a new model of its own appears.
      const own = view.game.models.filter((m) => m.lab === view.lab.id).length;
      if (own !== namedForModels) {
        name.value = nextModelName(view.lab.name, own, view.game.models.map((m) => m.name));
        namedForModels = own;
      }
      const current = view.lab.run;
      progress.hidden = !current;
      cancel.hidden = !current;
      if (current) progress.textContent = t('train.progress', { name: current.name, percent: Math.floor((100 * current.doneFlop) / current.requiredFlop) });
    },
    preview: () => {
      const view = playerView(store.getState());
      if (!view) return '';
      const shape = run();
      const quote = trainingQuote(view.game, view.lab, shape);
      if (quote.quarters === Infinity) return t('train.previewNever', { flop: scientific(quote.flop) });
      const lines = [t('train.preview', { flop: scientific(quote.flop), quarters: quartersText(quote.quarters) })];
      if (quote.endsAfterGame) lines.push(t('train.previewTooLate'));
      lines.push(t('train.previewCost', { share: view.lab.split.training, bill: money(quote.computeBill), cost: money(quote.trainingCost) }));
      if (!(shape.activeParams > 0 && shape.tokens > 0 && shape.totalParams >= shape.activeParams)) return lines;
      const experts = labEffects(view.game, view.lab).mixtureOfExperts ? shape.totalParams / shape.activeParams : 1;
      const optimal = trainingQuote(view.game, view.lab, optimalRun(quote.flop, experts));
      const points = (v: number) => v.toFixed(1);
      lines.push(t('train.previewCapability', {
        worst: points(quote.worst), best: points(quote.best), low: points(quote.likelyLow), high: points(quote.likelyHigh), median: points(quote.median),
      }));
      lines.push(t('train.previewRisk', { underperform: quote.underperformPercent, fail: quote.failPercent }));
      lines.push(t('train.previewShape', {
        optimal: points(optimal.median),
        needGb: count(trainingMemoryNeed(view.game, view.lab, shape) / 1e9),
        haveGb: count(labMemory(view.game, view.lab) / 1e9),
      }));
      return lines;
    },
    action: () => startRun(playerView(store.getState())?.lab.id ?? '', run()),
    success: () => t('train.started', { name: run().name }),
  });
}
