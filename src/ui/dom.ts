// Tiny helpers to build DOM panels without string HTML (no innerHTML: text is always text).

type Attrs = Record<string, string | number | boolean | undefined>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name === 'class') element.className = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces all children of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** A mounted piece of UI: its element and how to take it down (unsubscribing from the store). */
export interface Panel {
  root: HTMLElement;
  destroy(): void;
}

/** Sent (not bubbling) to each card of a side tab's page when the page comes to the front (side-tabs.ts). */
export const TAB_SHOWN = 'tab-shown';

/**
 * `render` to call on every new state, for a card that may sit on a side tab's page: while the page is hidden it is
 * only marked stale, and it runs once when the page is shown again. A move redraws the cards on screen, not all of them.
 */
export function whileShown(root: HTMLElement, render: () => void): () => void {
  let stale = false;
  root.addEventListener(TAB_SHOWN, () => {
    if (!stale) return;
    stale = false;
    render();
  });
  return () => {
    const page = root.parentElement?.closest<HTMLElement>('.tab-page');
    stale = page?.hidden === true;
    if (!stale) render();
  };
}
