// Report notes, news and rejections as sentences: the engine gives codes with ids and raw numbers, this names and rounds them.
import type { GameState, NoteParams, RejectionReason, ReportNote } from '../engine';
import { count, money, price, t, wholePercent, type MessageKey } from '../i18n';
import { eventHeadline, named, regionName, segmentName } from './scenario-text';

const MONEY = new Set(['cost', 'cash', 'amount', 'maxAmount', 'preMoney', 'estimate', 'burn', 'revenue', 'won', 'asked', 'supply', 'demand', 'previous', 'spending', 'raised', 'interest', 'repayment', 'owed', 'rent', 'recovered', 'writtenOff', 'byCollateral', 'byRent', 'claimed', 'paid', 'budget', 'regionClaimed', 'lost']);
const COUNTS = new Set(['chipHours', 'maxUnits', 'ordered', 'units', 'engineers', 'owned', 'cap', 'count', 'max', 'needGb', 'haveGb', 'seized']);
const CAPABILITY = new Set(['capability', 'own', 'gap', 'needed']);
/** Shares (0..1) shown as whole percentages; `served` rounds down, so 99.6% is never shown as all of it. */
const SHARES = new Set(['change', 'share', 'known', 'appetite', 'payFactor', 'royalty', 'utilisation']);
/** Dollars per million tokens: small amounts, shown to the tenth of a cent. */
const PER_MILLION = new Set(['perMillion', 'rivalPerMillion', 'price', 'yours']);

/** Names for ids, rounding for numbers. */
export function formatParams(game: GameState | null | undefined, params: NoteParams): NoteParams {
  const out: NoteParams = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'number') out[key] = formatNumber(key, value);
    else out[key] = game ? nameOf(game, key, value) : value;
  }
  return out;
}

function formatNumber(key: string, value: number): string | number {
  if (MONEY.has(key)) return money(value);
  if (COUNTS.has(key)) return count(value);
  if (CAPABILITY.has(key)) return (Math.round(value * 10) / 10).toString();
  if (SHARES.has(key)) return wholePercent(Math.abs(value));
  if (key === 'served') return wholePercent(Math.floor(value * 100) / 100);
  // A multiple such as revenue growth: one decimal and a times sign.
  if (key === 'growth' || key === 'multiple') return `${(Math.round(value * 10) / 10).toString()}×`;
  if (key === 'perKwh') return price(Number(value.toFixed(3)), 3);
  if (PER_MILLION.has(key)) return price(Number(value.toFixed(value < 1 ? 3 : 2)), value < 1 ? 3 : 2);
  return value;
}

function nameOf(game: GameState, key: string, id: string): string {
  const { scenario } = game;
  switch (key) {
    case 'lab':
    case 'buyer':
      return game.labs.find((l) => l.id === id)?.name ?? (id === 'outside' ? t('lab.outside') : id);
    case 'chip':
      return named(scenario, 'chips', id);
    case 'region':
      return regionName(scenario, id);
    case 'segment':
      return segmentName(scenario, id);
    case 'model':
    case 'kept':
      return game.models.find((m) => m.id === id)?.name ?? id;
    case 'technique':
      return named(scenario, 'techniques', id);
    case 'vertical':
      return named(scenario, 'verticals', id);
    case 'event':
      return eventHeadline(scenario, id);
    default:
      return id;
  }
}

/** A lab's report note as a sentence. */
export function noteText(game: GameState | null | undefined, note: ReportNote): string {
  return t(`note.${note.code}` as MessageKey, formatParams(game, note.params));
}

/** A line of world news as a sentence (events are shown whole by the news card). */
export function newsText(game: GameState | null | undefined, note: ReportNote): string {
  return t(`news.${note.code}` as MessageKey, formatParams(game, note.params));
}

export function rejectionText(game: GameState | null | undefined, rejected: { reason: RejectionReason; params: NoteParams }): string {
  return t(`reason.${rejected.reason}` as MessageKey, formatParams(game, rejected.params));
}
