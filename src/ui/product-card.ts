import { computeFor, launchProduct, priceQuote, setPrice, type SegmentId } from '../engine';
import { money, percent, price as priceText, shortCount, t, unitPrice } from '../i18n';
import type { AppStore } from '../store/game-store';
import { createActionCard, field, numberInput } from './action-card';
import { rejectionText } from './note-text';
import { h, type Panel } from './dom';
import { playerView } from './lab-view';

/** Prices of the API and the consumer app, and launching the app. */
export function createProductCard(store: AppStore): Panel {
  const segment = h('select', {},
    h('option', { value: 'api' }, t('product.api')),
    h('option', { value: 'consumer' }, t('product.consumer')));
  const price = numberInput(3, 'any', 0.01);
  const serving = h('p', { class: 'muted' });
  const launchMessage = h('p', { class: 'message', role: 'status' });
  const launcher = (label: string, product: 'consumer' | 'cloud', done: string) => {
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
  const launch = launcher(t('product.launch'), 'consumer', t('product.launched'));
  const cloud = launcher(t('product.launchCloud'), 'cloud', t('product.cloudLive'));
  const cloudNote = h('p', { class: 'muted' }, t('product.cloudLive'));
  let shownSegment = '';
  return createActionCard(store, {
    id: 'product',
    term: 'openFloor',
    heading: t('product.heading'),
    help: t('product.help'),
    fields: [field('product-segment', t('product.segment'), segment), field('product-price', t('product.price'), price), serving],
    extra: [h('div', { class: 'button-row' }, launch, cloud), cloudNote, launchMessage],
    submitLabel: t('product.submit'),
    refresh: () => {
      const view = playerView(store.getState());
      if (!view) return;
      if (segment.value !== shownSegment) {
        shownSegment = segment.value;
        price.value = String(view.lab.prices[segment.value as SegmentId]);
      }
      const model = view.game.models.find((m) => m.id === view.lab.productModel);
      serving.textContent = model ? t('product.serving', { model: model.name, capability: model.capability.toFixed(1) }) : '';
      launch.hidden = view.lab.products.consumer;
      cloud.hidden = view.lab.products.cloud;
      cloudNote.hidden = !view.lab.products.cloud;
    },
    preview: () => {
      const view = playerView(store.getState());
      if (!view || view.lab.productModel === null) return '';
      const id = segment.value as SegmentId;
      const asked = Number(price.value);
      if (!(asked > 0)) return '';
      const quote = priceQuote(view.game, view.lab, id, asked);
      // API units are millions of tokens: shown as tokens (18T), not as millions of millions.
      const sold = (q: typeof quote) => ({ share: percent(q.buyers), units: shortCount(id === 'api' ? q.units * 1e6 : q.units), revenue: money(q.revenue) });
      const lines = [t(id === 'api' ? 'product.previewApi' : 'product.previewConsumer', { price: unitPrice(asked), ...sold(quote), serving: money(quote.servingCost) })];
      if (asked !== view.lab.prices[id]) lines.push(t('product.previewNow', { price: unitPrice(view.lab.prices[id]), ...sold(priceQuote(view.game, view.lab, id, view.lab.prices[id])) }));
      const capacity = computeFor(view.game, view.lab).inferenceFlop;
      if (quote.servedFlop > capacity) lines.push(t('product.previewCapacity', { served: percent(capacity / quote.servedFlop) }));
      if (!view.lab.products[id]) lines.push(t('product.previewNotLaunched'));
      lines.push(t('product.previewRivals'));
      return lines;
    },
    action: () => setPrice(playerView(store.getState())?.lab.id ?? '', segment.value as SegmentId, Number(price.value)),
    success: () => t('product.set', { price: priceText(Number(price.value), 4) }),
  });
}
