// Tooltips for every figure marked data-term: shown on hover and on keyboard focus, read by screen readers.
import { glossaryEntry, TERMS, type Term } from '../i18n/glossary';
import { h } from './dom';

export function installTooltips(root: HTMLElement): () => void {
  const tip = h('div', { id: 'tooltip', role: 'tooltip', class: 'tooltip', hidden: true });
  document.body.appendChild(tip);
  let current: HTMLElement | null = null;
  const show = (target: HTMLElement) => {
    const term = target.dataset['term'] as Term | undefined;
    const entry = term && TERMS.includes(term) ? glossaryEntry(term) : undefined;
    if (!entry) return;
    current = target;
    tip.replaceChildren(h('strong', {}, entry[0]), ' ', h('span', {}, entry[1]));
    tip.hidden = false;
    target.setAttribute('aria-describedby', 'tooltip');
    const box = target.getBoundingClientRect();
    const width = Math.min(340, window.innerWidth - 16);
    tip.style.width = `${width}px`;
    tip.style.left = `${Math.max(8, Math.min(window.innerWidth - width - 8, box.left))}px`;
    const below = box.bottom + 8;
    tip.style.top = `${below + 140 > window.innerHeight ? Math.max(8, box.top - 8 - tip.offsetHeight) : below}px`;
  };
  const hide = () => {
    current?.removeAttribute('aria-describedby');
    current = null;
    tip.hidden = true;
  };
  const find = (event: Event) => (event.target as HTMLElement | null)?.closest?.('[data-term]') as HTMLElement | null;
  const over = (event: Event) => {
    const target = find(event);
    if (target && target !== current) show(target);
  };
  const out = (event: Event) => {
    if (find(event) === current) hide();
  };
  const escape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') hide();
  };
  root.addEventListener('mouseover', over);
  root.addEventListener('mouseout', out);
  root.addEventListener('focusin', over);
  root.addEventListener('focusout', out);
  document.addEventListener('keydown', escape);
  return () => {
    root.removeEventListener('mouseover', over);
    root.removeEventListener('mouseout', out);
    root.removeEventListener('focusin', over);
    root.removeEventListener('focusout', out);
    document.removeEventListener('keydown', escape);
    tip.remove();
  };
}
