// When something failed: what failed, in the player's words and the error's own, with the way to keep the game.
// Over every screen, so a failure is never silent; in the page only while there is one, as every dialog.
import { t, type MessageKey } from '../i18n';
import type { AppStore } from '../store/game-store';
import { h, type Panel } from './dom';
import { downloadSave } from './save-card';

export function createFailureDialog(store: AppStore, container: HTMLElement): Panel {
  const root = h('div', { class: 'report-backdrop failure-backdrop' });
  const render = () => {
    const { failure, game } = store.getState();
    root.replaceChildren();
    if (!failure) {
      root.remove();
      return;
    }
    // Last in the page, so it stacks over the screen and any dialog open on it.
    container.appendChild(root);
    const buttons: HTMLButtonElement[] = [];
    const button = (label: string, primary: boolean, act: () => void) => {
      const made = h('button', { type: 'button', class: primary ? 'primary' : 'secondary' }, label);
      made.addEventListener('click', act);
      buttons.push(made);
    };
    if (game) {
      button(t('failure.save'), true, () => downloadSave(store));
      button(t('failure.toTitle'), false, () => {
        store.getState().dismissFailure();
        store.getState().backToTitle();
      });
    } else {
      button(t('failure.reload'), false, () => window.location.reload());
    }
    button(t('failure.close'), false, () => store.getState().dismissFailure());
    root.append(h('div', { class: 'report-dialog failure-dialog', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'failure-heading', 'aria-describedby': 'failure-what' },
      h('h2', { id: 'failure-heading' }, t('failure.heading')),
      h('p', { id: 'failure-what' }, t(`failure.during.${failure.during}` as MessageKey)),
      h('p', {}, game ? t('failure.kept') : t('failure.noGame')),
      h('details', {}, h('summary', {}, t('failure.details')), h('pre', { class: 'failure-message' }, failure.message)),
      h('div', { class: 'button-row' }, ...buttons)));
    buttons[0]?.focus();
  };
  render();
  const unsubscribe = store.subscribe((s) => s.failure, render);
  return { root, destroy: () => { unsubscribe(); root.remove(); } };
}

/** Errors nothing else caught (a view's bug, a failed promise) reach the player through the same dialog. */
export function reportUncaughtErrors(store: AppStore, target: Window = window): () => void {
  const onError = (event: ErrorEvent) => {
    // Chromium reports a benign ResizeObserver notice as an error event; it breaks nothing.
    if (/ResizeObserver loop/.test(event.message)) return;
    store.getState().reportFailure('page', event.error ?? event.message);
  };
  const onRejection = (event: PromiseRejectionEvent) => store.getState().reportFailure('page', event.reason);
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onError);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
