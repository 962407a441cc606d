import { describe, expect, it } from 'vitest';
import { computeFor, createGame, endQuarter } from '../../src/engine';
import { tutorial } from './fixtures';

describe('gross margin per product in the quarter report', () => {
  it('charges each product its served FLOP at the lab\'s cost of a FLOP this quarter', () => {
    const start = createGame(tutorial, { seed: 'margin' });
    const lab = start.labs.find((l) => l.id === 'lantern')!;
    const compute = computeFor(start, lab);
    const next = endQuarter(start);
    const report = next.reports[0]!.labs.find((r) => r.lab === 'lantern')!;
    const api = report.products.find((p) => p.product === 'api')!;
    // Hand computation: rent less vouchers, power and depreciation, over every FLOP the fleet delivered.
    const cost = -report.lineItems.filter((i) => ['rent', 'voucher', 'power'].includes(i.kind)).reduce((a, i) => a + i.amount, 0) + report.depreciation;
    const perFlop = cost / (compute.trainingFlop + compute.inferenceFlop + compute.researchFlop);
    expect(api.revenue).toBeCloseTo(report.lineItems.filter((i) => i.kind === 'revenue' && i.detail === 'api').reduce((a, i) => a + i.amount, 0), 2);
    expect(api.servingCost).toBeCloseTo(api.servedFlop * perFlop, 2);
    expect(api.servingCost).toBeGreaterThan(0);
    expect(api.servedFlop).toBeLessThanOrEqual(compute.inferenceFlop * 1.0000001);
  });
});
