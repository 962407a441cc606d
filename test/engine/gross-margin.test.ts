import { describe, expect, it } from 'vitest';
import { computeFor, createGame, endQuarter } from '../../src/engine';
import { tutorial } from './fixtures';

const computeBill = (report: { lineItems: { kind: string; amount: number }[]; depreciation: number }) =>
  -report.lineItems.filter((i) => ['rent', 'voucher', 'power'].includes(i.kind)).reduce((a, i) => a + i.amount, 0) + report.depreciation;

describe('gross margin per product in the quarter report', () => {
  it('charges the products the whole serving share of the compute bill, each by the FLOP it served', () => {
    const start = createGame(tutorial, { seed: 'margin' });
    const lab = start.labs.find((l) => l.id === 'lantern')!;
    const compute = computeFor(start, lab);
    const report = endQuarter(start).reports[0]!.labs.find((r) => r.lab === 'lantern')!;
    const api = report.products.find((p) => p.product === 'api')!;
    // Hand computation: rent less vouchers, power and depreciation; the split's serving share of it, shared by FLOP served.
    const bill = (computeBill(report) * lab.split.inference) / 100;
    const served = report.products.reduce((a, p) => a + p.servedFlop, 0);
    expect(api.revenue).toBeCloseTo(report.lineItems.filter((i) => i.kind === 'revenue' && i.detail === 'api').reduce((a, i) => a + i.amount, 0), 2);
    expect(api.servingCost).toBeCloseTo((bill * api.servedFlop) / served, 2);
    expect(report.products.reduce((a, p) => a + p.servingCost, 0)).toBeCloseTo(bill, 2);
    expect(api.servingCost).toBeGreaterThan(0);
    expect(api.servedFlop).toBeLessThanOrEqual(compute.inferenceFlop * 1.0000001);
  });

  it('charges idle serving capacity too: twice the serving share of compute for the same sales doubles the serving cost', () => {
    const run = (inference: number) => {
      const start = createGame(tutorial, { seed: 'margin' });
      const lab = start.labs.find((l) => l.id === 'lantern')!;
      lab.split = { training: 95 - inference, inference, research: 5 };
      return endQuarter(start).reports[0]!.labs.find((r) => r.lab === 'lantern')!;
    };
    const narrow = run(35);
    const wide = run(70);
    const sales = (r: typeof narrow) => r.products.reduce((a, p) => a + p.revenue, 0);
    const cost = (r: typeof narrow) => r.products.reduce((a, p) => a + p.servingCost, 0);
    expect(narrow.lostToCapacity).toBe(0);
    expect(sales(wide)).toBeCloseTo(sales(narrow), -3);
    expect(cost(wide) / cost(narrow)).toBeCloseTo((computeBill(wide) * 70) / (computeBill(narrow) * 35), 6);
    expect(cost(wide)).toBeGreaterThan(cost(narrow) * 1.9);
  });
});
