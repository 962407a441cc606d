// A card that issues one kind of action: fields, a preview of cost and consequence, a button, and the answer.
import type { Action } from '../engine';
import type { Term } from '../i18n/glossary';
import type { AppStore, Rejected } from '../store/game-store';
import { h, replaceChildren, whileShown, type Panel } from './dom';
import { rejectionText } from './note-text';

export interface ActionCardSpec {
  id: string;
  heading: string;
  /** Glossary entry explained by a tooltip on the heading. */
  term?: Term;
  help?: string;
  fields: HTMLElement[];
  submitLabel: string;
  /** What the action would cost or change, recomputed on every edit and every new state: a sentence, or lines of them. */
  preview?: () => string | string[];
  /** The action to send, or a reason it cannot be built from the fields. */
  action: () => Action | Rejected;
  /** Sentence shown after the engine accepts it (worded from the fields, before the state changes). */
  success: () => string;
  /** Called on every new state, before the preview (rebuild options, show progress). */
  refresh?: () => void;
  extra?: HTMLElement[];
}

export function createActionCard(store: AppStore, spec: ActionCardSpec): Panel {
  // Not live (it is recomputed on every new state, so it would speak on every redraw): the submit button is described by it.
  const preview = h('p', { class: 'preview', id: `${spec.id}-preview` });
  const message = h('p', { class: 'message', role: 'status', id: `${spec.id}-message` });
  const submit = h('button', { type: 'submit', 'aria-describedby': spec.preview ? `${spec.id}-preview` : undefined }, spec.submitLabel);
  const form = h(
    'form',
    { class: 'card', 'aria-labelledby': `${spec.id}-heading`, 'data-card': spec.id },
    h('h2', { id: `${spec.id}-heading` }, spec.term ? h('span', { 'data-term': spec.term, tabindex: 0, class: 'term' }, spec.heading) : spec.heading),
    spec.help ? h('p', { class: 'muted' }, spec.help) : null,
    ...spec.fields,
    preview,
    submit,
    ...(spec.extra ?? []),
    message,
  );
  const refresh = () => {
    spec.refresh?.();
    const text = spec.preview?.() ?? '';
    if (typeof text === 'string') preview.textContent = text;
    else replaceChildren(preview, ...text.map((line) => h('span', { class: 'preview-line' }, line)));
    preview.hidden = !spec.preview;
  };
  form.addEventListener('input', refresh);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const action = spec.action();
    // Worded before dispatching: the new state rebuilds the fields the sentence is made from.
    const success = spec.success();
    const rejected = 'type' in action ? store.getState().dispatch(action) : action;
    message.className = rejected ? 'message error' : 'message ok';
    message.textContent = rejected ? rejectionText(store.getState().game, rejected) : success;
  });
  let quarter = store.getState().game?.quarter;
  const refreshShown = whileShown(form, refresh);
  const unsubscribe = store.subscribe(
    (s) => s.game,
    (game) => {
      if (game?.quarter !== quarter) {
        quarter = game?.quarter;
        message.textContent = '';
      }
      refreshShown();
    },
  );
  refresh();
  return { root: form, destroy: () => { unsubscribe(); form.remove(); } };
}

/** A labelled input. */
export function field(id: string, label: string, input: HTMLInputElement | HTMLSelectElement): HTMLElement {
  input.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, label), input);
}

export function numberInput(value: number, step: number | 'any' = 1, min = 0): HTMLInputElement {
  return h('input', { type: 'number', value, step, min, inputmode: 'decimal' });
}
