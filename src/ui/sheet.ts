// A page over the game for reading and printing (class results, the teacher guide): it fills the window, prints on
// white paper without the game behind it or its buttons, and gives focus back to the button that opened it.
import { t } from '../i18n';
import { h } from './dom';
import './classroom.css';

export interface Sheet {
  root: HTMLElement;
  /** The sheet's own buttons (Print is there already); more may be added. */
  bar: HTMLElement;
  body: HTMLElement;
  open(opener: HTMLElement): void;
  close(): void;
}

export function createSheet(headingId: string, heading: string, onClose: () => void = () => {}): Sheet {
  const print = h('button', { type: 'button', class: 'secondary' }, t('classResults.print'));
  const close = h('button', { type: 'button', class: 'primary' }, t('classResults.close'));
  const bar = h('div', { class: 'sheet-bar no-print' }, print, close);
  const body = h('div', { class: 'sheet-body' });
  const root = h('div', { class: 'sheet', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': headingId },
    bar, h('h1', { id: headingId }, heading), body);
  let opener: HTMLElement | null = null;
  const shut = () => {
    root.remove();
    document.body.classList.remove('sheet-open');
    onClose();
    opener?.focus();
  };
  print.addEventListener('click', () => window.print());
  close.addEventListener('click', shut);
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') shut();
  });
  return {
    root,
    bar,
    body,
    open(from) {
      opener = from;
      document.getElementById('ui')?.appendChild(root);
      document.body.classList.add('sheet-open');
      close.focus();
    },
    close: shut,
  };
}
