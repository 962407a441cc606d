import { openWeights, servingQuote, useModel, type GameState, type Model } from '../engine';
import { decimal, t, unitPrice } from '../i18n';
import type { AppStore } from '../store/game-store';
import { rejectionText } from './note-text';
import { h, replaceChildren, whileShown, type Panel } from './dom';
import { playerView } from './lab-view';

/** Parameters in billions, or trillions from a thousand billion: 37B, 1.2T. */
const params = (n: number) => (n >= 1e12 ? t('models.trillions', { count: decimal(n / 1e12, 1) }) : t('models.billions', { count: decimal(n / 1e9, n < 1e10 ? 1 : 0) }));

/** Every model the lab may serve — its own and the world's open ones — with its size, what serving it costs, and serve and publish buttons. */
export function createModelsCard(store: AppStore): Panel {
  const list = h('ul', { class: 'model-list' });
  const message = h('p', { class: 'message', role: 'status', id: 'models-message' });
  const root = h('section', { class: 'card', 'aria-labelledby': 'models-heading', 'data-card': 'models' },
    h('h2', { id: 'models-heading' }, t('models.heading')),
    h('p', { class: 'muted' }, t('models.help')),
    list,
    message);
  const act = (rejected: ReturnType<ReturnType<AppStore['getState']>['dispatch']>, ok: string) => {
    message.className = rejected ? 'message error' : 'message ok';
    message.textContent = rejected ? rejectionText(store.getState().game, rejected) : ok;
  };
  const owner = (game: GameState, model: Model) => game.labs.find((l) => l.id === model.lab)?.name ?? t('models.outside');
  const render = () => {
    const view = playerView(store.getState());
    if (!view) return;
    const { game, lab } = view;
    const usable = game.models.filter((m) => m.lab === lab.id || m.open).sort((a, b) => b.capability - a.capability);
    replaceChildren(list, ...usable.map((model) => {
      const buttons: HTMLElement[] = [];
      if (model.id !== lab.productModel) {
        const serve = h('button', { type: 'button', class: 'secondary' }, t('models.serve', { name: model.name }));
        serve.addEventListener('click', () => act(store.getState().dispatch(useModel(lab.id, model.id)), t('models.served', { name: model.name })));
        buttons.push(serve);
      }
      if (model.lab === lab.id && !model.open) {
        const publish = h('button', { type: 'button', class: 'secondary' }, t('models.publish', { name: model.name }));
        publish.addEventListener('click', () => act(store.getState().dispatch(openWeights(lab.id, model.id)), t('models.published', { name: model.name })));
        buttons.push(publish);
      }
      const line = t('models.line', { name: model.name, owner: owner(game, model), capability: model.capability.toFixed(1), open: model.open ? t('models.openTag') : '' })
        + (model.id === lab.productModel ? t('models.serving') : ''); // a tag on the line, worded in the catalogue
      const serving = servingQuote(game, lab, model);
      const cost = t('models.servingCost', { active: params(serving.activeParams), cost: unitPrice(serving.perMillion) })
        + (serving.hostPrice === null ? '' : t('models.hostPrice', { price: unitPrice(serving.hostPrice) }));
      return h('li', {}, h('span', {}, line), h('span', { class: 'muted model-cost' }, cost), buttons.length > 0 ? h('div', { class: 'button-row' }, ...buttons) : null);
    }));
  };
  render();
  const unsubscribe = store.subscribe((s) => s.game, whileShown(root, render));
  return { root, destroy: () => { unsubscribe(); root.remove(); } };
}
