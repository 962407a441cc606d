import { count, money } from '../i18n';
import type { RejectionParams } from '../engine';

const MONEY_KEYS = new Set(['cost', 'cash', 'amount', 'maxAmount', 'preMoney', 'burn', 'revenue', 'won']);
const COUNT_KEYS = new Set(['maxUnits', 'units', 'engineers']);

/** Reason and note parameters as the player reads them: dollars as money, chip counts grouped, the rest as they are. */
export function formatParams(params: RejectionParams): RejectionParams {
  const out: RejectionParams = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'number' && MONEY_KEYS.has(key) && Math.abs(value) >= 1000) out[key] = money(value);
    else if (typeof value === 'number' && COUNT_KEYS.has(key)) out[key] = count(value);
    else out[key] = value;
  }
  return out;
}
