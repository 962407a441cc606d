import { setSplit } from '../engine';
import { money, t } from '../i18n';
import type { AppStore } from '../store/game-store';
import { createActionCard, field, numberInput } from './action-card';
import { h, type Panel } from './dom';
import { playerView } from './lab-view';

/** How the lab's compute is shared between training, serving customers and research. */
export function createSplitCard(store: AppStore): Panel {
  const split = playerView(store.getState())?.lab.split ?? { training: 60, inference: 35, research: 5 };
  const training = numberInput(split.training, 5);
  const inference = numberInput(split.inference, 5);
  const research = numberInput(split.research, 5);
  const values = () => ({ training: Number(training.value), inference: Number(inference.value), research: Number(research.value) });
  return createActionCard(store, {
    id: 'split',
    term: 'inference',
    heading: t('split.heading'),
    help: t('split.help'),
    fields: [h('div', { class: 'row3' },
      field('split-training', t('split.training'), training),
      field('split-inference', t('split.inference'), inference),
      field('split-research', t('split.research'), research))],
    submitLabel: t('split.submit'),
    preview: () => {
      const lost = playerView(store.getState())?.report?.lostToCapacity ?? 0;
      return lost > 0 ? t('split.preview', { lost: money(lost) }) : t('split.previewNone');
    },
    action: () => setSplit(playerView(store.getState())?.lab.id ?? '', values()),
    success: () => t('split.done', values()),
  });
}
