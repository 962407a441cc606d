import { describe, expect, it } from 'vitest';
import { computeFor, createGame, endQuarter } from '../../src/engine';
import { tutorial } from './fixtures';

describe('gross margin per product in the quarter report', () => {
  it('charges each product the chip time its served FLOP took: the serving share of the compute bill per serving FLOP', () => {
    const start = createGame(tutorial, { seed: 'margin' });
    const lab = start.labs.find((l) => l.id === 'lantern')!;
    const compute = computeFor(start, lab);
    const next = endQuarter(start);
    const report = next.reports[0]!.labs.find((r) => r.lab === 'lantern')!;
    const api = report.products.find((p) => p.product === 'api')!;
    // Hand computation: rent less vouchers, power and depreciation; the split's inference share of it, over the FLOP
    // that share delivered at serving utilisation.
    const cost = -report.lineItems.filter((i) => ['rent', 'voucher', 'power'].includes(i.kind)).reduce((a, i) => a + i.amount, 0) + report.depreciation;
    const perFlop = (cost * lab.split.inference) / 100 / compute.inferenceFlop;
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
