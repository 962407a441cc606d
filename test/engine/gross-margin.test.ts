import { describe, expect, it } from 'vitest';
import { computeFor, createGame, endQuarter } from '../../src/engine';
import { tutorial } from './fixtures';

describe('gross margin per product in the quarter report', () => {
  it('charges the products the serving share of the compute bill, each in proportion to the FLOP it served', () => {
    const start = createGame(tutorial, { seed: 'margin' });
    const lab = start.labs.find((l) => l.id === 'lantern')!;
    const compute = computeFor(start, lab);
    const next = endQuarter(start);
    const report = next.reports[0]!.labs.find((r) => r.lab === 'lantern')!;
    const api = report.products.find((p) => p.product === 'api')!;
    // Hand computation: rent less vouchers, power and depreciation; the split's inference share of it (less any serving
    // compute that had no engineers to run it), shared among the products by the FLOP each served.
    const cost = -report.lineItems.filter((i) => ['rent', 'voucher', 'power'].includes(i.kind)).reduce((a, i) => a + i.amount, 0) + report.depreciation;
    const inService = 1 - (report.idleForStaffFlop ?? 0) / compute.inferenceFlop;
    const served = report.products.reduce((a, p) => a + p.servedFlop, 0);
    const perFlop = ((cost * lab.split.inference) / 100) * inService / served;
    expect(api.revenue).toBeCloseTo(report.lineItems.filter((i) => i.kind === 'revenue' && i.detail === 'api').reduce((a, i) => a + i.amount, 0), 2);
    expect(api.servingCost).toBeCloseTo(api.servedFlop * perFlop, 2);
    expect(api.servingCost).toBeGreaterThan(0);
    expect(api.servedFlop).toBeLessThanOrEqual(compute.inferenceFlop * 1.0000001);
  });

  it('charges a served FLOP more than the fleet average when chips serve at a lower share of peak than they train', () => {
    const slowServing = { ...tutorial, chips: tutorial.chips.map((c) => ({ ...c, inferenceUtilisation: c.trainingUtilisation / 4 })) };
    const start = createGame(slowServing, { seed: 'margin' });
    const lab = start.labs.find((l) => l.id === 'lantern')!;
    const compute = computeFor(start, lab);
    const report = endQuarter(start).reports[0]!.labs.find((r) => r.lab === 'lantern')!;
    const api = report.products.find((p) => p.product === 'api')!;
    const cost = -report.lineItems.filter((i) => ['rent', 'voucher', 'power'].includes(i.kind)).reduce((a, i) => a + i.amount, 0) + report.depreciation;
    const average = cost / (compute.trainingFlop + compute.inferenceFlop + compute.researchFlop);
    expect(api.servedFlop).toBeGreaterThan(0);
    // A quarter of training's utilisation: each served FLOP takes four times the chip time of a trained one.
    expect(api.servingCost).toBeGreaterThan(api.servedFlop * average * 2);
  });
});

describe('idle serving capacity in the gross margin', () => {
  /** lantern's first quarter with twenty times its chips and the given engineers: what its products served and were charged, and its compute bill. */
  function idleQuarter(engineers: number) {
    const start = createGame(tutorial, { seed: 'idle' });
    const lab = start.labs.find((l) => l.id === 'lantern')!;
    lab.chips = Object.fromEntries(Object.entries(lab.chips).map(([chip, n]) => [chip, n * 20]));
    lab.engineers = engineers;
    const compute = computeFor(start, lab);
    const report = endQuarter(start).reports[0]!.labs.find((r) => r.lab === 'lantern')!;
    const served = report.products.reduce((a, p) => a + p.servedFlop, 0);
    const charged = report.products.reduce((a, p) => a + p.servingCost, 0);
    const cost = -report.lineItems.filter((i) => ['rent', 'voucher', 'power'].includes(i.kind)).reduce((a, i) => a + i.amount, 0) + report.depreciation;
    return { lab, compute, report, served, charged, cost };
  }

  it('charges the products the whole serving share of the bill, idle chips included, when the engineers run every sale', () => {
    const { lab, compute, report, served, charged, cost } = idleQuarter(400);
    // Most of twenty times the chips stand idle, and the products carry their cost: a reserved serving fleet is a cost of sales.
    expect(served).toBeLessThan(compute.inferenceFlop / 2);
    expect(report.idleForStaffFlop).toBeUndefined();
    expect(charged).toBeCloseTo((cost * lab.split.inference) / 100, 0);
  });

  it('leaves out of the products chips that stood idle because the engineers could run no more sales', () => {
    const { lab, compute, report, served, charged, cost } = idleQuarter(3);
    expect(report.notes.some((n) => n.code === 'deliveryShort')).toBe(true);
    const idle = report.idleForStaffFlop ?? 0;
    expect(idle).toBeGreaterThan(0);
    expect(idle).toBeLessThanOrEqual(compute.inferenceFlop - served + 1);
    // Hand computation: the serving share of the bill, less the share of serving compute that had no one to run it.
    expect(charged).toBeCloseTo(((cost * lab.split.inference) / 100) * (1 - idle / compute.inferenceFlop), 0);
    expect(charged).toBeLessThan((cost * lab.split.inference) / 100);
  });
});
