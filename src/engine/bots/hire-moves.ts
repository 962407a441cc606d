// Money for people: a lab whose won sales went undelivered for want of engineers raises the pay of the team it lacks.
import * as act from '../actions';
import type { Action } from '../actions';
import { maxRound, roundChancePercent } from '../funding';
import type { GameState, Lab } from '../state-types';
import { payroll, salaryPerQuarter } from '../talent';
import { regionOf } from './compute-moves';

/** Quarters of the bigger payroll a lab keeps in cash before it hires for sales (as hireForSales does). */
export const HIRING_RESERVE_QUARTERS = 4;

/**
 * Engineers a lab lacked last quarter: its report's `deliveryShort` note says it ran `served` of the sales it won with
 * `engineers`, so all of them would have taken engineers / served. Zero when nothing was left undelivered.
 */
export function engineersLacking(state: GameState, lab: Lab): number {
  const note = state.reports.at(-1)?.labs.find((r) => r.lab === lab.id)?.notes.find((n) => n.code === 'deliveryShort');
  const served = Number(note?.params?.['served'] ?? 1);
  const engineers = Number(note?.params?.['engineers'] ?? lab.engineers);
  if (!note || !(served > 0) || served >= 1) return 0;
  return Math.max(0, Math.ceil(engineers / served - engineers));
}

/**
 * What a lab selling work it cannot staff asks investors for: enough that, with the engineers it lacked on the payroll,
 * its cash still covers HIRING_RESERVE_QUARTERS of pay (the reserve hireForSales keeps), at most `share` of the largest
 * round investors allow. Zero when its cash already covers them (it hires from its own money) or it lacked nobody.
 */
export function roundToHire(state: GameState, lab: Lab, share: number): number {
  const lacking = engineersLacking(state, lab);
  if (lacking === 0) return 0;
  const pay = salaryPerQuarter(state, regionOf(state, lab), 'engineers');
  const needed = HIRING_RESERVE_QUARTERS * (payroll(state, lab) + lacking * pay) - lab.cash;
  if (needed <= 0) return 0;
  return Math.floor(Math.min(needed, maxRound(state, lab) * share));
}

/**
 * Raises the round of roundToHire: contracts and users already won that the team cannot serve are the cheapest growth a
 * lab has, and a seller of industry solutions grows by hiring delivery engineers (Zhipu's ~1,000 staff, most of them
 * engineers for on-premise deployments, were paid for by its rounds: its 2024 revenue was ~$43M). Waits while a round is on the way or no investor would meet it.
 */
export function raiseToHire(state: GameState, lab: Lab, share: number): Action[] {
  if (lab.pendingRound) return [];
  const amount = roundToHire(state, lab, share);
  return amount >= 1e6 && roundChancePercent(state, lab, amount) > 5 ? [act.raiseRound(lab.id, amount)] : [];
}
