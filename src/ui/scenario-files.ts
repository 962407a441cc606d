// Loading a scenario the player brings: a file picked or dropped, or a same-origin link.
import { t } from '../i18n';
import { loadScenario } from '../scenario/load';
import { shippedOptions } from '../scenario/shipped';
import type { AppStore } from '../store/game-store';

/** Checks a scenario's text and either makes it the choice or shows its problems. */
export function offerScenarioText(store: AppStore, text: string, name: string): boolean {
  const result = loadScenario(text, name, shippedOptions);
  if (!result.ok) {
    store.getState().showNotice({ message: t('title.scenarioProblems', { file: name }), problems: result.problems });
    return false;
  }
  store.getState().chooseScenario(result.scenario, name, result.sources);
  return true;
}

export async function offerScenarioFile(store: AppStore, file: File): Promise<boolean> {
  if (file.size > 1_000_000) {
    store.getState().showNotice({ message: t('title.fileTooBig', { file: file.name }), problems: [] });
    return false;
  }
  return offerScenarioText(store, await file.text(), file.name);
}

/** ?scenario=<url>: only files from this same site are fetched, and never through a redirect (which could lead elsewhere). */
export async function offerScenarioUrl(store: AppStore, ref: string): Promise<boolean> {
  let url: URL;
  try {
    url = new URL(ref, window.location.href);
  } catch {
    store.getState().showNotice({ message: t('title.badLink', { link: ref }), problems: [] });
    return false;
  }
  if (url.origin !== window.location.origin) {
    store.getState().showNotice({ message: t('title.otherSite', { link: ref }), problems: [] });
    return false;
  }
  try {
    const response = await fetch(url.href, { redirect: 'error', credentials: 'omit' });
    if (!response.ok || new URL(response.url).origin !== window.location.origin) throw new Error(String(response.status));
    return offerScenarioText(store, await response.text(), url.pathname.split('/').pop() ?? ref);
  } catch {
    store.getState().showNotice({ message: t('title.fetchFailed', { link: ref }), problems: [] });
    return false;
  }
}

/** Dropping a file anywhere on the title screen loads it. Returns the function that stops listening. */
export function acceptDroppedScenarios(store: AppStore, target: HTMLElement, onHover: (active: boolean) => void): () => void {
  const over = (event: DragEvent) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    onHover(true);
  };
  const leave = () => onHover(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    onHover(false);
    const file = event.dataTransfer?.files[0];
    if (file) void offerScenarioFile(store, file);
  };
  target.addEventListener('dragover', over);
  target.addEventListener('dragleave', leave);
  target.addEventListener('drop', drop);
  return () => {
    target.removeEventListener('dragover', over);
    target.removeEventListener('dragleave', leave);
    target.removeEventListener('drop', drop);
  };
}
