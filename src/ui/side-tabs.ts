// The side panel's tabs: one group of cards shown at a time, switched by buttons or arrow keys.
import { t, type MessageKey } from '../i18n';
import { h, TAB_SHOWN, type Panel } from './dom';

export interface Tab {
  id: string;
  label: MessageKey;
  panels: Panel[];
}

/** The tabs, plus what the guided tutorial needs: bring a tab to the front, and show only some tabs. */
export interface SideTabs extends Panel {
  select(id: string): void;
  /** Hides the tabs `visible` says no to (all shown when it is null); a hidden tab in front gives way to the first shown. */
  showTabs(visible: ((id: string) => boolean) | null): void;
}

export function createSideTabs(tabs: Tab[]): SideTabs {
  const list = h('div', { role: 'tablist', 'aria-label': t('tabs.label'), class: 'tabs' });
  const pages: HTMLElement[] = [];
  const buttons = tabs.map((tab, i) => {
    const button = h('button', { type: 'button', role: 'tab', id: `tab-${tab.id}`, 'aria-controls': `page-${tab.id}` }, t(tab.label));
    const page = h('div', { role: 'tabpanel', id: `page-${tab.id}`, 'aria-labelledby': `tab-${tab.id}`, class: 'tab-page' }, ...tab.panels.map((p) => p.root));
    pages.push(page);
    button.addEventListener('click', () => select(i));
    button.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (step === 0) return;
      event.preventDefault();
      let next = (i + step + tabs.length) % tabs.length;
      while (buttons[next]?.hidden && next !== i) next = (next + step + tabs.length) % tabs.length;
      select(next);
      buttons[next]?.focus();
    });
    list.appendChild(button);
    return button;
  });
  const select = (index: number) => {
    buttons.forEach((b, i) => {
      b.setAttribute('aria-selected', String(i === index));
      b.tabIndex = i === index ? 0 : -1;
    });
    pages.forEach((p, i) => {
      const shown = p.hidden && i === index;
      p.hidden = i !== index;
      // Its cards skipped the new states while hidden (dom.ts whileShown): they catch up now.
      if (shown) for (const card of p.children) card.dispatchEvent(new Event(TAB_SHOWN));
    });
  };
  select(0);
  const root = h('div', { class: 'side-tabs' }, list, h('div', { class: 'side-scroll' }, ...pages));
  const indexOf = (id: string) => tabs.findIndex((tab) => tab.id === id);
  return {
    root,
    destroy: () => { tabs.forEach((tab) => tab.panels.forEach((p) => p.destroy())); root.remove(); },
    select: (id) => {
      if (indexOf(id) >= 0) select(indexOf(id));
    },
    showTabs: (visible) => {
      tabs.forEach((tab, i) => {
        buttons[i]!.hidden = visible !== null && !visible(tab.id);
      });
      const front = buttons.findIndex((b) => b.getAttribute('aria-selected') === 'true');
      if (buttons[front]?.hidden) select(Math.max(0, buttons.findIndex((b) => !b.hidden)));
    },
  };
}
