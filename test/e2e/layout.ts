// Layout checks shared by the screen-size tests in each language.
import type { Page } from 'playwright-core';

/** What is wrong with the layout now: an overflowing top bar or one whose figures overlap or wrap inside, a control outside the window or cut off. */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const shown = (e: Element) => {
      const r = e.getBoundingClientRect();
      return r.width > 1 && r.height > 1 && getComputedStyle(e).visibility === 'visible';
    };
    const name = (e: Element) => (e.textContent ?? '').trim().slice(0, 40) || e.getAttribute('aria-label') || e.tagName;
    const bar = document.querySelector('.top-bar');
    if (bar && shown(bar)) {
      const box = bar.getBoundingClientRect();
      if (bar.scrollWidth > bar.clientWidth + 1) problems.push(`top bar is ${bar.scrollWidth}px wide in ${bar.clientWidth}px`);
      // The figures may wrap onto a second row; no two items may overlap, whatever their rows.
      const placed: DOMRect[] = [];
      for (const item of bar.querySelectorAll('.date, .figure, .glossary-button')) {
        const r = item.getBoundingClientRect();
        if (r.top < box.top - 1 || r.bottom > box.bottom + 1) problems.push(`top bar: "${name(item)}" is not within the bar`);
        if (r.left < box.left - 1 || r.right > box.right + 1) problems.push(`top bar: "${name(item)}" is not within the bar`);
        if (placed.some((p) => r.left < p.right - 1 && p.left < r.right - 1 && r.top < p.bottom - 1 && p.top < r.bottom - 1)) problems.push(`top bar: "${name(item)}" overlaps another figure`);
        placed.push(r);
      }
      // Each label and value is one line: text that wraps has more than one line box.
      for (const text of bar.querySelectorAll('.figure .label > *, .figure .value > *, .date > strong, .date > .muted')) {
        if (shown(text) && text.getClientRects().length > 1) problems.push(`top bar: "${name(text)}" wraps`);
      }
      const side = document.querySelector('.side-panel');
      if (side && shown(side) && side.getBoundingClientRect().top < box.bottom - 1) problems.push('the side panel runs under the top bar');
    }
    const controls = document.querySelectorAll('button, input, select, textarea, a[href], [role="button"], [role="tab"], [tabindex="0"]');
    for (const control of controls) {
      if (!shown(control) || control.closest('[hidden]')) continue;
      const r = control.getBoundingClientRect();
      if (r.left < -1 || r.right > window.innerWidth + 1) problems.push(`"${name(control)}" leaves the window: ${Math.round(r.left)} to ${Math.round(r.right)} of ${window.innerWidth}`);
      if (control.tagName === 'BUTTON' && control.scrollWidth > control.clientWidth + 1) problems.push(`"${name(control)}" is cut off`);
    }
    const end = document.querySelector('.end-quarter');
    if (end && shown(end) && end.getBoundingClientRect().bottom > window.innerHeight + 1) problems.push('End quarter is below the window');
    return problems;
  });
}
