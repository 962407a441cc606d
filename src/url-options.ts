// What a link may set: ?seed=, ?scenario= (a shipped id or a same-origin file), ?length= (a classroom cut in quarters),
// ?class= (a class code), ?lang= (en or zh-CN), ?renderer=canvas|webgl|auto, ?watch=1. The address bar is kept to the world played (worldSearch).
import type { RendererChoice } from './game/start-phaser';
import { supportedLanguage, type Language } from './i18n';

export interface UrlOptions {
  seed: string | null;
  scenario: string | null;
  renderer: RendererChoice;
  /** ?watch=1: every lab, the player's included, is played by its strategy: the world the simulator sees. */
  watch: boolean;
  /** ?length=: a classroom cut, the game's length in quarters (whole numbers from 1 to 40). */
  quarters: number | null;
  /** ?class=: a class code, as typed in the link. */
  classCode: string | null;
  /** ?lang=: the language the link asks for (zh, zh-CN, en-GB… are read as the nearest shipped one), or null. */
  language: Language | null;
}

/** The world a page shows, as the address bar carries it. */
export interface WorldInLink {
  /** A shipped id or a same-site file path; null when the scenario came from a file a link cannot name. */
  scenario: string | null;
  seed: string;
  quarters: number | null;
  classCode: string | null;
}

export function readUrlOptions(search: string): UrlOptions {
  const params = new URLSearchParams(search);
  const renderer = params.get('renderer');
  const seed = params.get('seed')?.trim().slice(0, 64) || null;
  return {
    seed,
    scenario: params.get('scenario')?.trim() || null,
    renderer: renderer === 'canvas' || renderer === 'webgl' ? renderer : 'auto',
    watch: params.get('watch') === '1',
    quarters: /^\d{1,2}$/.test(params.get('length') ?? '') && Number(params.get('length')) >= 1 && Number(params.get('length')) <= 40 ? Number(params.get('length')) : null,
    classCode: params.get('class')?.trim().slice(0, 40) || null,
    language: supportedLanguage(params.get('lang')),
  };
}

/** The page's query with the world's scenario, seed, length and class written in, every other setting kept (a reload plays the same world). */
export function worldSearch(search: string, world: WorldInLink): string {
  const params = new URLSearchParams(search);
  const put = (name: string, value: string | null) => (value === null ? params.delete(name) : params.set(name, value));
  put('class', world.classCode);
  put('scenario', world.scenario);
  put('seed', world.seed);
  put('length', world.quarters === null ? null : String(world.quarters));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A fresh seed for a game nobody asked to replay: short enough to read out to a class. */
export function freshSeed(): string {
  return Math.floor(Math.random() * 36 ** 6).toString(36).padStart(6, '0');
}

/** A link to a class: the code, and the language the teacher set it up in so students open the page in it too. */
export function classLink(base: string, code: string, language: Language): string {
  const params = new URLSearchParams({ class: code, lang: language });
  return `${base}?${params.toString()}`;
}
