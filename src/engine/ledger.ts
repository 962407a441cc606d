import type { Lab, LineItem } from './state-types';

/** The only way cash changes: a recorded line item. */
export function record(lab: Lab, kind: LineItem['kind'], amount: number, detail?: string): void {
  if (amount === 0) return;
  lab.ledger.push(detail === undefined ? { kind, amount } : { kind, amount, detail });
  lab.cash += amount;
}
