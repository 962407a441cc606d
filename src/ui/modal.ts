// A modal dialog over the game: opened by a button, shut by Close or Escape, focus returned to the opener.
import { t } from '../i18n';
import { h } from './dom';

export interface Modal {
  open(opener: HTMLElement): void;
  /** Takes the dialog out of the page (when the screen that made it goes). */
  destroy(): void;
}

/** `fill` builds the dialog's content each time it opens (so it shows the current state). */
export function createModal(headingId: string, fill: () => HTMLElement[], wide = false): Modal {
  const content = h('div', { class: 'report-content' });
  const close = h('button', { type: 'button', class: 'primary' }, t('glossary.close'));
  const backdrop = h('div', { class: 'report-backdrop', hidden: true },
    h('div', { class: wide ? 'report-dialog wide' : 'report-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': headingId }, content, close));
  let opener: HTMLElement | null = null;
  // In the page only while open, so dialogs made by screens that come and go never pile up (nor their ids).
  const shut = () => {
    backdrop.hidden = true;
    backdrop.remove();
    opener?.focus();
  };
  close.addEventListener('click', shut);
  backdrop.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') shut();
  });
  return {
    open(from) {
      opener = from;
      content.replaceChildren(...fill());
      if (!backdrop.isConnected) document.getElementById('ui')?.appendChild(backdrop);
      backdrop.hidden = false;
      close.focus();
    },
    destroy() {
      backdrop.remove();
    },
  };
}
