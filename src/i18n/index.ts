// The lookup every view uses: t('hq.cash'), t('hq.buyCost', { cost }). Missing keys show the key itself.
import { en, type MessageKey } from './en';

export type { MessageKey };
export type MessageParams = Record<string, string | number>;

// zh-CN starts empty here (English shows where it has no entry); its catalogue fills it.
const catalogues: Record<string, Partial<Record<MessageKey, string>>> = { en, 'zh-CN': {} };
let active = 'en';

export function setLanguage(language: string): void {
  if (catalogues[language]) active = language;
}

/** The language every lookup uses now: 'en' or 'zh-CN'. */
export function currentLanguage(): string {
  return active;
}

export function t(key: MessageKey, params: MessageParams = {}): string {
  const template = catalogues[active]?.[key] ?? en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    return value === undefined ? match : String(value);
  });
}

const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/** Dollars in short form: $80M, $1.2B, −$3.4M. */
export function money(amount: number): string {
  const sign = amount < 0 ? '−' : '';
  return `${sign}$${compact.format(Math.abs(amount))}`;
}

/** A unit price to two significant figures, cents kept: $0.042, $0.35, $2.2, $15. */
export function unitPrice(amount: number): string {
  if (!Number.isFinite(amount) || amount <= 0) return '$0';
  const digits = Math.max(0, 1 - Math.floor(Math.log10(amount)));
  return `$${amount.toFixed(Math.min(digits, 4)).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '')}`;
}

export function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

/** Counts in short form: 4,000 -> 4K, 1,250,000 -> 1.3M. */
export function shortCount(value: number): string {
  return compact.format(value);
}

export function count(value: number): string {
  return value.toLocaleString('en-US');
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Large quantities such as FLOP as 3.3 × 10²⁴. */
export function scientific(value: number): string {
  if (!(value > 0) || !Number.isFinite(value)) return String(value);
  const exponent = Math.floor(Math.log10(value));
  const mantissa = value / 10 ** exponent;
  const digits = String(exponent).split('').map((d) => (d === '-' ? '⁻' : SUPERSCRIPT[Number(d)])).join('');
  return `${mantissa.toFixed(1)} × 10${digits}`;
}

/** "1 quarter", "3 quarters". */
export function quarters(n: number | string): string {
  return n === 1 ? t('unit.quarter') : t('unit.quarters', { count: n });
}
