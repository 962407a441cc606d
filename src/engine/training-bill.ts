// The training bill in the quarter report: what a lab's rented compute cost for training, against what it sold.
import { sumOf } from './accounting';
import type { Lab, LabQuarterReport } from './state-types';

/**
 * Rent that went to training this quarter: rented chips are split between training, serving and research as the
 * lab's own are, so the training share of the quarter's rent line.
 */
export function trainingRent(lab: Lab): number {
  const rent = -sumOf(lab.ledger, 'rent');
  return rent > 0 ? (rent * lab.split.training) / 100 : 0;
}

/**
 * Notes the training bill when a lab trained on rented compute this quarter and sold something: the rent that
 * trained and that rent as a multiple of the quarter's revenue (the real tigers' ran at several times theirs).
 */
export function explainTrainingRent(lab: Lab, report: LabQuarterReport): void {
  const amount = trainingRent(lab);
  const revenue = sumOf(lab.ledger, 'revenue');
  if (amount <= 0 || revenue <= 0 || report.trainingFlop <= 0) return;
  report.notes.push({ code: 'trainingRent', params: { amount, revenue, multiple: amount / revenue } });
}
