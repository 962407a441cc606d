import { money } from '../i18n';
import type { RejectionParams } from '../engine';

const MONEY_KEYS = new Set(['cost', 'cash', 'amount', 'maxAmount', 'preMoney', 'burn', 'revenue']);

/** Reason and note parameters as the player reads them: dollars as money, the rest as they are. */
export function formatParams(params: RejectionParams): RejectionParams {
  const out: RejectionParams = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] = typeof value === 'number' && MONEY_KEYS.has(key) && Math.abs(value) >= 1000 ? money(value) : value;
  }
  return out;
}
