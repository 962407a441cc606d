// What a first-time player does at each step of the tutorial's guide, in either language: the English and the Chinese
// guided-tutorial tests follow the same steps with the same numbers.
import type { Locator } from 'playwright-core';
import type { en } from '../../src/i18n/en';

type Catalogue = Record<keyof typeof en, string>;

/** The player's hands: each click and each typed value (the English test counts them for its reading-time estimate). */
export interface Hands {
  click(locator: Locator): Promise<void>;
  type(locator: Locator, value: string): Promise<void>;
}

/** The id of the guide step whose title, in the page's language (`text`), is `heading` (undefined when none is). */
export function guideStepOf(heading: string, text: Catalogue): string | undefined {
  return Object.keys(text).find((key) => key.startsWith('guide.') && key.endsWith('.title') && text[key as keyof Catalogue] === heading)?.split('.')[1];
}

/**
 * Does what guide step `step` points to, in the page's language (`text`, its catalogue), on the step's `target`; false
 * for the steps that point at End quarter, which the caller clicks itself.
 */
export async function followStep(target: Locator, step: string, text: Catalogue, hands: Hands): Promise<boolean> {
  switch (step) {
    case 'compute':
    case 'serve': {
      const [training, inference] = step === 'compute' ? ['70', '25'] : ['0', '95'];
      await hands.type(target.getByLabel(text['split.training']), training);
      await hands.type(target.getByLabel(text['split.inference']), inference);
      await hands.click(target.getByRole('button', { name: text['split.submit'] }));
      return true;
    }
    case 'model':
      await hands.type(target.getByLabel(text['train.total']), '250');
      await hands.type(target.getByLabel(text['train.active']), '250');
      await hands.type(target.getByLabel(text['train.tokens']), '5');
      await hands.click(target.getByRole('button', { name: text['train.submit'] }));
      return true;
    case 'customers':
      // 'Launch {product}': the card's one launch button, the consumer app's.
      await hands.click(target.getByRole('button', { name: new RegExp(`^${text['product.launch'].split('{product}')[0]}`) }));
      return true;
    case 'investors':
      // The offer's question: either answer is fine, the guide says; a first-timer takes the first.
      await hands.click(target.getByRole('group').getByRole('button').first());
      return true;
    default:
      // Cash, waiting for the model, and the rest of the game: the step points at End quarter.
      return false;
  }
}
