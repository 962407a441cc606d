// The debrief chart's labs: a checkbox for each, in its line's colour and marker, yours marked, with two quick choices.
import { standings, type GameState, type LabId } from '../engine';
import { t } from '../i18n';
import type { AppStore } from '../store/game-store';
import { cssColour, defaultShownLabs, MARKER_GLYPH, seriesStyles, shownLabs } from './chart-series';
import { h, replaceChildren, type Panel } from './dom';

export function createLabPicker(store: AppStore, game: GameState): Panel {
  const styles = seriesStyles(game.labs, game.scenario.playerLab);
  const leaders = defaultShownLabs(standings(game), game.scenario.playerLab);
  const boxes = new Map<LabId, HTMLInputElement>();
  const count = h('p', { class: 'muted small', 'aria-live': 'polite' });
  const list = h('div', { class: 'lab-picker-list' });
  const show = (labs: LabId[]) => store.getState().showDebriefLabs(labs);
  for (const lab of game.labs) {
    const style = styles[lab.id]!;
    const box = h('input', { type: 'checkbox', id: `chart-lab-${lab.id}` });
    const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' }, MARKER_GLYPH[style.marker]);
    // Set through the style object: the page's CSP refuses inline style attributes.
    swatch.style.color = cssColour(style.colour);
    box.addEventListener('change', () => show(game.labs.map((l) => l.id).filter((id) => boxes.get(id)?.checked)));
    boxes.set(lab.id, box);
    list.append(h('div', { class: style.player ? 'check lab-pick you' : 'check lab-pick' },
      box,
      h('label', { for: box.id },
        swatch,
        style.player ? t('debrief.labYou', { name: lab.name }) : lab.name)));
  }
  const quick = (label: string, labs: () => LabId[]) => {
    const button = h('button', { type: 'button', class: 'secondary' }, label);
    button.addEventListener('click', () => show(labs()));
    return button;
  };
  const root = h('fieldset', { class: 'lab-picker' },
    h('legend', {}, t('debrief.labChoice')),
    h('div', { class: 'button-row' }, quick(t('debrief.labsLeaders'), () => leaders), quick(t('debrief.labsAll'), () => game.labs.map((l) => l.id))),
    list,
    count);
  const render = () => {
    const shown = new Set(shownLabs(game, store.getState().debriefLabs));
    for (const [id, box] of boxes) box.checked = shown.has(id);
    replaceChildren(count, t('debrief.labsShown', { shown: shown.size, count: game.labs.length }));
  };
  render();
  const unsubscribe = store.subscribe((s) => s.debriefLabs, render);
  return { root, destroy: () => { unsubscribe(); root.remove(); } };
}
