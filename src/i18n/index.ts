// The lookup every view uses: t('hq.cash'), t('hq.buyCost', { cost }). Missing keys show the key itself.
// Numbers, money and plurals go through the platform's Intl for the active language; the engine never sees it.
import { en, type MessageKey } from './en';

export type { MessageKey };
export type MessageParams = Record<string, string | number>;

/** The languages the game ships, by BCP 47 tag (also the value of ?lang= and of <html lang>). */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

type Catalogue = Partial<Record<MessageKey, string>>;
// English is in every bundle; another language's catalogue is fetched when it is first chosen (loadCatalogue), so an
// English player never downloads it.
const catalogues: Partial<Record<Language, Catalogue>> = { en };
const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<Catalogue>> = {
  'zh-CN': () => import('./zh-cn').then((m) => m.zhCN),
};
let active: Language = 'en';

/** Fetches a language's catalogue once; afterwards setLanguage() can make it active. */
export async function loadCatalogue(language: Language): Promise<void> {
  if (language === 'en' || catalogues[language]) return;
  catalogues[language] = await LOADERS[language]();
}

/** The supported language a BCP 47 tag asks for: zh, zh-Hans, zh-SG → zh-CN; en-GB → en; anything else null. */
export function supportedLanguage(tag: string | null | undefined): Language | null {
  const lower = (tag ?? '').trim().toLowerCase();
  if (!lower) return null;
  // Traditional-script tags (zh-TW, zh-HK, zh-Hant) still read Simplified better than English, so they take zh-CN too.
  if (lower === 'zh' || lower.startsWith('zh-') || lower.startsWith('zh_')) return 'zh-CN';
  if (lower === 'en' || lower.startsWith('en-') || lower.startsWith('en_')) return 'en';
  return null;
}

/**
 * Makes `language` active for every later t() and formatter; an unsupported tag, or a language whose catalogue has not
 * been loaded (loadCatalogue), changes nothing. Returns whether it took.
 */
export function setLanguage(language: string): boolean {
  const chosen = supportedLanguage(language);
  if (!chosen || !catalogues[chosen]) return false;
  active = chosen;
  if (typeof document !== 'undefined') document.documentElement.lang = chosen;
  return true;
}

/** The active language: the one getter other modules (scenario text, guides) read it through. */
export function getLanguage(): Language {
  return active;
}

const pluralRules = new Map<string, Intl.PluralRules>();
/** The plural category of a count; `fractionDigits` as shown, since "1.0 quarters" is plural where "1 quarter" is not. */
function plural(value: number, fractionDigits = 0): Intl.LDMLPluralRule {
  const id = `${active}|${fractionDigits}`;
  let rules = pluralRules.get(id);
  if (!rules) pluralRules.set(id, (rules = new Intl.PluralRules(active, { minimumFractionDigits: fractionDigits })));
  return rules.select(value);
}

/**
 * `{name}` inserts a parameter; `{name:one|other}` picks a word by the language's plural rule for that parameter
 * ("{count} {count:warning|warnings}"). Chinese has no plural forms and writes neither.
 */
export function t(key: MessageKey, params: MessageParams = {}): string {
  const template = catalogues[active]?.[key] ?? en[key] ?? key;
  const text = fill(template, params);
  return lengthened ? lengthen(text) : text;
}

/** A layout check for languages wordier than English (`?pseudo=long`): every message 40% longer, in wrappable words. */
let lengthened = false;
export function setPseudoLengthening(on: boolean): void {
  lengthened = on;
}

function lengthen(text: string): string {
  const extra = Math.ceil(text.length * 0.4);
  if (extra < 2) return text;
  const filler = 'ẋẋẋẋ ẋẋẋ ẋẋẋẋẋ ẋẋ '.repeat(Math.ceil(extra / 20) + 1).slice(0, extra - 1).trimEnd();
  return `${text} ${filler}`;
}

function fill(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)(?::([^{}|]*)\|([^{}]*))?\}/g, (match, name: string, one: string | undefined, other: string | undefined) => {
    const value = params[name];
    if (value === undefined) return match;
    if (one === undefined || other === undefined) return String(value);
    const digits = String(value).replace(/[^\d.-]/g, '');
    return plural(Number(digits), /\.(\d+)$/.exec(digits)?.[1]?.length ?? 0) === 'one' ? one : other;
  });
}

const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(name: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${active}|${name}`;
  let format = formats.get(id);
  if (!format) formats.set(id, (format = new Intl.NumberFormat(active, options)));
  return format;
}

// English keeps one decimal of its M and B ($25.7M). Chinese counts in 万 (10⁴), where one decimal would show
// 2573.2万: it keeps one decimal or three significant digits, whichever is less precise (2570万, 6.1亿, 125亿).
const compactOptions = (): Intl.NumberFormatOptions =>
  (active === 'zh-CN'
    ? { notation: 'compact', maximumFractionDigits: 1, maximumSignificantDigits: 3, roundingPriority: 'lessPrecision' } as Intl.NumberFormatOptions
    : { notation: 'compact', maximumFractionDigits: 1 });

/** A dollar figure as the language writes one: "$1.2B" in English; "12亿美元" in Chinese, as the mainland financial press writes US dollars. */
function dollars(amountText: string, negative: boolean): string {
  const sign = negative ? '−' : '';
  return active === 'zh-CN' ? `${sign}${amountText}美元` : `${sign}$${amountText}`;
}

/** Dollars in short form: $80M, $1.2B, −$3.4M; 8000万美元, 12亿美元. */
export function money(amount: number): string {
  return dollars(numberFormat('compact', compactOptions()).format(Math.abs(amount)), amount < 0);
}

/** A price with the cents it needs, at most `fractionDigits` of them: $2.35, 2.35美元. */
export function price(amount: number, fractionDigits = 2): string {
  const text = numberFormat(`price${fractionDigits}`, { maximumFractionDigits: fractionDigits, minimumFractionDigits: 0 }).format(Math.abs(amount));
  return dollars(text, amount < 0);
}

/** A unit price to two significant figures, cents kept: $0.042, $0.35, $2.2, $15. */
export function unitPrice(amount: number): string {
  if (!Number.isFinite(amount) || amount <= 0) return dollars('0', false);
  const digits = Math.max(0, 1 - Math.floor(Math.log10(amount)));
  const rounded = Number(amount.toFixed(Math.min(digits, 4)));
  return dollars(numberFormat(`unit${digits}`, { maximumFractionDigits: Math.min(digits, 4), useGrouping: false }).format(rounded), false);
}

/** A share as a percentage with one decimal: 12.5%. */
export function percent(fraction: number): string {
  return numberFormat('percent', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(fraction);
}

/** A share as a whole percentage: 12%. */
export function wholePercent(fraction: number): string {
  return numberFormat('wholePercent', { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/** Counts in short form: 4,000 -> 4K, 1,250,000 -> 1.3M; 4000, 125万 in Chinese. */
export function shortCount(value: number): string {
  return numberFormat('compact', compactOptions()).format(value);
}

export function count(value: number): string {
  return numberFormat('count', {}).format(value);
}

/** A number with at most `digits` decimals, in the language's digits and separators. */
export function decimal(value: number, digits: number): string {
  return numberFormat(`decimal${digits}`, { maximumFractionDigits: digits }).format(value);
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Large quantities such as FLOP as 3.3 × 10²⁴. */
export function scientific(value: number): string {
  if (!(value > 0) || !Number.isFinite(value)) return String(value);
  let exponent = Math.floor(Math.log10(value));
  let shown = Number((value / 10 ** exponent).toFixed(1));
  // Rounding (9.96 -> 10.0) or log10 falling just short of a power of ten leaves a mantissa of 10 or more: one digit on.
  if (shown >= 10) {
    exponent += 1;
    shown = Number((value / 10 ** exponent).toFixed(1));
  }
  const digits = String(exponent).split('').map((d) => (d === '-' ? '⁻' : SUPERSCRIPT[Number(d)])).join('');
  return `${shown.toFixed(1)} × 10${digits}`;
}

/** "1 quarter", "3 quarters"; "3个季度". */
export function quarters(n: number | string): string {
  const digits = String(n);
  return plural(Number(digits), /\.(\d+)$/.exec(digits)?.[1]?.length ?? 0) === 'one' ? t('unit.quarter') : t('unit.quarters', { count: n });
}

/** A moment (a save's time) in the language's usual date and time form. */
export function dateTime(when: number | Date): string {
  return new Intl.DateTimeFormat(active, { dateStyle: 'medium', timeStyle: 'short' }).format(when);
}

/** Names in a row as the language lists them: "H100, H200, A100"; "H100、H200、A100" (the enumeration comma).
 * Not Intl.ListFormat: its English adds "and", and its Chinese unit lists drop the separator altogether. */
export function list(items: readonly string[]): string {
  return items.join(active === 'zh-CN' ? '、' : ', ');
}

/** Sentences side by side: a space between them in English, none in Chinese (its full stop already parts them). Empty parts are left out. */
export function sentences(...parts: readonly string[]): string {
  return parts.filter((p) => p !== '').join(active === 'zh-CN' ? '' : ' ');
}

/** A figure to `digits` significant digits in the language's separators: 12,350; 0.04215. */
export function significant(value: number, digits: number): string {
  return numberFormat(`significant${digits}`, { maximumSignificantDigits: digits }).format(value);
}
