import { t } from '../i18n';
import type { AppStore } from '../store/game-store';
import { h, type Panel } from './dom';

/** Offers the current game as a file to download. */
export function downloadSave(store: AppStore): void {
  const text = store.getState().saveText();
  if (!text) return;
  const link = h('a', { href: URL.createObjectURL(new Blob([text], { type: 'application/json' })), download: store.getState().saveFileName() });
  document.body.appendChild(link);
  link.click();
  link.remove();
}

/** Export the game as a file or as text. */
export function createSaveCard(store: AppStore): Panel {
  const message = h('p', { class: 'message', role: 'status', id: 'save-message' });
  const textBox = h('textarea', { class: 'save-text', readonly: true, rows: 3, hidden: true, 'aria-label': t('save.copy') });
  const file = h('button', { type: 'button', class: 'secondary' }, t('save.export'));
  const copy = h('button', { type: 'button', class: 'secondary' }, t('save.copy'));
  file.addEventListener('click', () => downloadSave(store));
  copy.addEventListener('click', async () => {
    const text = store.getState().saveText() ?? '';
    try {
      await navigator.clipboard.writeText(text);
      message.textContent = t('save.copied');
    } catch {
      textBox.hidden = false;
      textBox.value = text;
      textBox.select();
      message.textContent = t('save.copyFailed');
    }
  });
  const classGame = store.getState().classGame;
  const root = h('section', { class: 'card', 'aria-labelledby': 'save-heading', 'data-card': 'save' },
    h('h2', { id: 'save-heading' }, t('save.heading')),
    // In a class, every save is the student's hand-in so far.
    classGame ? h('p', { class: 'class-line' }, t('class.playing', { code: classGame.code, student: classGame.student })) : null,
    h('p', { class: 'muted' }, t('save.help')),
    h('div', { class: 'button-row' }, file, copy),
    textBox,
    message);
  return { root, destroy: () => root.remove() };
}

/** The one-time warning that saves are not being kept, with the way out. */
export function createStorageWarning(store: AppStore): Panel {
  const root = h('div', { class: 'storage-warning', role: 'alert' });
  const render = () => {
    const warning = store.getState().storageWarning;
    root.hidden = !warning;
    root.replaceChildren();
    if (!warning) return;
    const save = h('button', { type: 'button' }, t('save.export'));
    save.addEventListener('click', () => downloadSave(store));
    const dismiss = h('button', { type: 'button', class: 'secondary' }, t('save.dismiss'));
    dismiss.addEventListener('click', () => store.getState().dismissStorageWarning());
    root.append(h('p', {}, warning === 'full' ? t('save.warningFull') : t('save.warningUnavailable')), h('div', { class: 'button-row' }, save, dismiss));
  };
  render();
  const unsubscribe = store.subscribe((s) => s.storageWarning, render);
  return { root, destroy: () => { unsubscribe(); root.remove(); } };
}
