import { computeFor, launchProduct, priceQuote, segmentIds, segmentRules, setPrice, type GameState, type ProductId, type SegmentId } from '../engine';
import { money, percent, price as priceText, shortCount, t, unitPrice } from '../i18n';
import type { AppStore } from '../store/game-store';
import { createActionCard, field, numberInput } from './action-card';
import { rejectionText } from './note-text';
import { h, type Panel } from './dom';
import { playerView } from './lab-view';
import { segmentName } from './scenario-text';

/** A segment as the product list shows it: its name and what its price is per. */
function segmentOption(game: GameState, id: SegmentId): HTMLOptionElement {
  const unit = t(segmentRules(game.scenario, id)?.buys === 'tokens' ? 'product.unitTokens' : 'product.unitSeats');
  return h('option', { value: id }, t('product.option', { name: segmentName(game.scenario, id), unit }));
}

/** Prices in each of the scenario's buyer segments, and launching a product where the lab does not sell yet. */
export function createProductCard(store: AppStore): Panel {
  const segment = h('select', {});
  const price = numberInput(3, 'any', 0.01);
  const serving = h('p', { class: 'muted' });
  const launchMessage = h('p', { class: 'message', role: 'status' });
  const launcher = (label: string, product: ProductId, done: string) => {
    const button = h('button', { type: 'button', class: 'secondary' }, label);
    button.addEventListener('click', () => {
      const lab = playerView(store.getState())?.lab;
      if (!lab) return;
      const rejected = store.getState().dispatch(launchProduct(lab.id, product));
      launchMessage.className = rejected ? 'message error' : 'message ok';
      launchMessage.textContent = rejected ? rejectionText(store.getState().game, rejected) : done;
    });
    return button;
  };
  const buttons = h('div', { class: 'button-row' });
  const cloud = launcher(t('product.launchCloud'), 'cloud', t('product.cloudLive'));
  // The segment list and launch buttons follow the scenario: rebuilt when a game with other segments is shown.
  let shownSegments = '';
  let launchButtons: { id: SegmentId; button: HTMLButtonElement }[] = [];
  const showSegments = (game: GameState) => {
    const key = `${game.scenario.id}|${segmentIds(game.scenario).join('|')}`;
    if (key === shownSegments) return;
    shownSegments = key;
    segment.replaceChildren(...segmentIds(game.scenario).map((id) => segmentOption(game, id)));
    launchButtons = segmentIds(game.scenario).map((id) => {
      const product = segmentName(game.scenario, id);
      return { id, button: launcher(t('product.launch', { product }), id, t('product.launched', { product })) };
    });
    buttons.replaceChildren(...launchButtons.map((b) => b.button), cloud);
  };
  const cloudNote = h('p', { class: 'muted' }, t('product.cloudLive'));
  let shownSegment = '';
  return createActionCard(store, {
    id: 'product',
    term: 'openFloor',
    heading: t('product.heading'),
    help: t('product.help'),
    fields: [field('product-segment', t('product.segment'), segment), field('product-price', t('product.price'), price), serving],
    extra: [buttons, cloudNote, launchMessage],
    submitLabel: t('product.submit'),
    refresh: () => {
      const view = playerView(store.getState());
      if (!view) return;
      showSegments(view.game);
      if (segment.value !== shownSegment) {
        shownSegment = segment.value;
        price.value = String(view.lab.prices[segment.value] ?? '');
      }
      const model = view.game.models.find((m) => m.id === view.lab.productModel);
      serving.textContent = model ? t('product.serving', { model: model.name, capability: model.capability.toFixed(1) }) : '';
      for (const { id, button } of launchButtons) button.hidden = view.lab.products[id] === true;
      cloud.hidden = view.lab.products['cloud'] === true;
      cloudNote.hidden = view.lab.products['cloud'] !== true;
    },
    preview: () => {
      const view = playerView(store.getState());
      if (!view || view.lab.productModel === null) return '';
      const id = segment.value as SegmentId;
      const asked = Number(price.value);
      if (!(asked > 0)) return '';
      const quote = priceQuote(view.game, view.lab, id, asked);
      const tokens = segmentRules(view.game.scenario, id)?.buys === 'tokens';
      // Token units are millions of tokens: shown as tokens (18T), not as millions of millions.
      const sold = (q: typeof quote) => ({ share: percent(q.buyers), units: shortCount(tokens ? q.units * 1e6 : q.units), revenue: money(q.revenue) });
      const lines = [t(tokens ? 'product.previewApi' : 'product.previewConsumer', { price: unitPrice(asked), ...sold(quote), serving: money(quote.servingCost) })];
      const current = view.lab.prices[id];
      if (current !== undefined && asked !== current) lines.push(t('product.previewNow', { price: unitPrice(current), ...sold(priceQuote(view.game, view.lab, id, current)) }));
      const capacity = computeFor(view.game, view.lab).inferenceFlop;
      // Paying customers are served first; an app's free users get what is left.
      if (quote.paidFlop > capacity) lines.push(t('product.previewCapacity', { served: percent(capacity / quote.paidFlop) }));
      else if (quote.servedFlop > capacity) lines.push(t('product.previewFreeCapacity', { served: percent((capacity - quote.paidFlop) / (quote.servedFlop - quote.paidFlop)) }));
      if (!view.lab.products[id]) lines.push(t('product.previewNotLaunched'));
      lines.push(t('product.previewRivals'));
      return lines;
    },
    action: () => setPrice(playerView(store.getState())?.lab.id ?? '', segment.value as SegmentId, Number(price.value)),
    success: () => t('product.set', { price: priceText(Number(price.value), 4) }),
  });
}
