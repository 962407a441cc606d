import { describe, expect, it } from 'vitest';
import { createGame, type GameState } from '../../src/engine';
import { engineersLacking, roundToHire, HIRING_RESERVE_QUARTERS } from '../../src/engine/bots/hire-moves';
import { maxRound } from '../../src/engine/funding';
import { staffingShares } from '../../src/engine/staffing';
import { payroll } from '../../src/engine/talent';
import { shippedScenario } from '../helpers';

describe('a lab short of engineers staffs the work that earns most per engineer first', () => {
  it('serves API sales whole and contracts with the engineers left, by hand', () => {
    // 1,050 engineers; $50M of API sales at $1M an engineer take 50 of them; $70M of contracts at $35k would take
    // 2,000, and the 1,000 left run half; a product that takes no engineers is served whole.
    const shares = staffingShares([
      { revenue: 70e6, perEngineer: 35_000 },
      { revenue: 50e6, perEngineer: 1e6 },
      { revenue: 10e6, perEngineer: undefined },
    ], 1050);
    expect(shares[0]).toBeCloseTo(0.5, 10);
    expect(shares[1]).toBe(1);
    expect(shares[2]).toBe(1);
  });

  it('gives products at the same rate the same share and leaves lower-paying work unserved', () => {
    // $3M and $5M of sales at $1M an engineer take 8 engineers; 4 run half of each; none are left for the contracts.
    const shares = staffingShares([
      { revenue: 3e6, perEngineer: 1e6 },
      { revenue: 5e6, perEngineer: 1e6 },
      { revenue: 1e6, perEngineer: 35_000 },
    ], 4);
    expect(shares).toEqual([0.5, 0.5, 0]);
  });

  it('serves nothing that takes engineers when the lab has none', () => {
    expect(staffingShares([{ revenue: 1e6, perEngineer: 35_000 }, { revenue: 2e6, perEngineer: undefined }], 0)).toEqual([0, 1]);
  });
});

describe('a seller of industry solutions raises money to hire the engineers it lacked', () => {
  const pivot = shippedScenario('pivot');
  function shortBy(served: number): GameState {
    const state = createGame(pivot, { seed: 'staffing' });
    const lab = state.labs.find((l) => l.id === 'waypoint')!;
    state.reports.push({
      quarter: 0, labs: [{ lab: 'waypoint', cashStart: lab.cash, cashEnd: lab.cash, lineItems: [], depreciation: 0, capabilityBefore: 0, capabilityAfter: 0,
        trainingFlop: 0, inferenceFlop: 0, products: [], lostToCapacity: 0, notes: [{ code: 'deliveryShort', params: { served, engineers: 170, won: 1e7 } }] }],
      markets: [], news: [], survivors: {}, capital: [], botRejections: 0,
    });
    return state;
  }

  it('counts the engineers it would have needed from the share it served', () => {
    // 170 engineers ran a quarter of what was won: all of it would have taken 680, so 510 were lacking.
    expect(engineersLacking(shortBy(0.25), shortBy(0.25).labs[0]!)).toBe(510);
    const whole = createGame(pivot, { seed: 'staffing' });
    expect(engineersLacking(whole, whole.labs.find((l) => l.id === 'waypoint')!)).toBe(0);
  });

  it('asks for the reserve of the bigger payroll less its cash, at most the share of the largest round, by hand', () => {
    const state = shortBy(0.25);
    const lab = state.labs.find((l) => l.id === 'waypoint')!;
    // A Chinese engineer costs $70k a year, $17,500 a quarter; four quarters of today's payroll plus 510 more of them.
    const needed = HIRING_RESERVE_QUARTERS * (payroll(state, lab) + 510 * 17_500) - lab.cash;
    expect(needed).toBeGreaterThan(0);
    expect(roundToHire(state, lab, 0.5)).toBe(Math.floor(Math.min(needed, maxRound(state, lab) * 0.5)));
    expect(roundToHire(state, { ...lab, cash: 1e12 }, 0.5)).toBe(0);
  });
});
