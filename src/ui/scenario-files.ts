// Loading a scenario the player brings: files picked or dropped (a scenario and the sibling files it extends), or a
// same-origin link (whose relative "extends" are fetched beside it).
import { list, t } from '../i18n';
import { fetchedOptions, fetchWithParents, pickedOptions, topFile, type Fetched, type NamedText } from '../scenario/file-set';
import { loadScenario, type LoadOptions } from '../scenario/load';
import { shippedOptions } from '../scenario/shipped';
import type { AppStore } from '../store/game-store';

/** Checks a scenario's text and either makes it the choice (showing any warnings) or shows its problems. */
export function offerScenarioText(store: AppStore, text: string, name: string, options: LoadOptions = shippedOptions): boolean {
  const result = loadScenario(text, name, options);
  if (!result.ok) {
    store.getState().showNotice({ message: t('title.scenarioProblems', { file: name }), problems: result.problems });
    return false;
  }
  store.getState().chooseScenario(result.scenario, name, result.sources);
  if (result.warnings.length > 0) {
    store.getState().showNotice({ message: t('title.scenarioWarnings', { file: name, count: result.warnings.length }), problems: result.warnings, tone: 'warning' });
  }
  return true;
}

/** Files picked or dropped together: one scenario and the files it extends. */
export async function offerScenarioFiles(store: AppStore, picked: readonly File[]): Promise<boolean> {
  const tooBig = picked.find((file) => file.size > 1_000_000);
  if (tooBig) {
    store.getState().showNotice({ message: t('title.fileTooBig', { file: tooBig.name }), problems: [] });
    return false;
  }
  const files: NamedText[] = await Promise.all(picked.map(async (file) => ({ name: file.name, text: await file.text() })));
  const found = topFile(files);
  if ('several' in found) {
    store.getState().showNotice({ message: t('title.severalScenarios', { files: list(found.several) }), problems: [] });
    return false;
  }
  return offerScenarioText(store, found.top.text, found.top.name, pickedOptions(files));
}

export const offerScenarioFile = (store: AppStore, file: File): Promise<boolean> => offerScenarioFiles(store, [file]);

/** A file on this same site, never through a redirect (which could lead elsewhere). */
async function fetchSameSite(url: URL): Promise<Fetched> {
  if (url.origin !== window.location.origin) return { ok: false, notFound: false };
  try {
    const response = await fetch(url.href, { redirect: 'error', credentials: 'omit' });
    if (new URL(response.url).origin !== window.location.origin) return { ok: false, notFound: false };
    // Static hosts often answer a missing file with the game's own page: that is "not found" too.
    const page = (response.headers.get('content-type') ?? '').includes('text/html');
    if (response.status === 404 || response.status === 410 || (response.ok && page)) return { ok: false, notFound: true };
    if (!response.ok) return { ok: false, notFound: false };
    return { ok: true, text: await response.text() };
  } catch {
    return { ok: false, notFound: false };
  }
}

/** ?scenario=<url>: a same-site file, with any sibling files it extends fetched beside it. */
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
  const fetched = await fetchWithParents(url, fetchSameSite);
  if ('notFound' in fetched) {
    store.getState().showNotice({ message: t('title.notFound', { link: ref }), problems: [] });
    return false;
  }
  if ('failed' in fetched) {
    store.getState().showNotice({ message: t('title.fetchFailed', { link: ref }), problems: [] });
    return false;
  }
  const [first] = fetched.files;
  if (!first) return false;
  // The player's file goes by its name, as a picked file does; files it extends by their address.
  const name = url.pathname.split('/').pop() || ref;
  return offerScenarioText(store, first.text, name, fetchedOptions(fetched.files, name));
}

/** Dropping files anywhere on the title screen loads them (several: one scenario and the files it extends). */
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
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) void offerScenarioFiles(store, files);
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
