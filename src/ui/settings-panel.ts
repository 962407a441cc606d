import { t, type MessageKey } from '../i18n';
import { h } from './dom';
import { changeSettings, settings, type Settings } from './settings';

/** The settings on the title screen: drawing mode, animation, text size. */
export function createSettingsPanel(): HTMLElement {
  const note = h('p', { class: 'muted small', hidden: true }, t('settings.rendererNote'));
  const reload = h('button', { type: 'button', class: 'secondary', hidden: true }, t('settings.reload'));
  reload.addEventListener('click', () => window.location.reload());
  const choice = <K extends keyof Settings>(key: K, options: readonly Settings[K][]) => {
    const select = h('select', { id: `setting-${key}` }, ...options.map((o) => h('option', { value: o }, t(`settings.${key}.${o}` as MessageKey))));
    select.value = settings()[key];
    select.addEventListener('change', () => {
      changeSettings({ [key]: select.value } as Partial<Settings>);
      if (key === 'renderer') {
        note.hidden = false;
        reload.hidden = false;
      }
    });
    return h('div', { class: 'field' }, h('label', { for: `setting-${key}` }, t(`settings.${key}` as MessageKey)), select);
  };
  return h('details', { class: 'settings' },
    h('summary', {}, t('settings.heading')),
    choice('renderer', ['auto', 'canvas', 'webgl']),
    note,
    reload,
    choice('animation', ['normal', 'slow', 'off']),
    choice('textSize', ['normal', 'large', 'larger']));
}
