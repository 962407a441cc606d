// The engine's side of the policy expressions: joined conditions, earlier choices, tariffs set and lifted by events,
// and a power-price timeline under an event's multiplier.
import { describe, expect, it } from 'vitest';
import { buyChips, endQuarter, orderCost, type EventDef, type Scenario } from '../../src/engine';
import { holds } from '../../src/engine/events';
import { powerPrice, tariffShare } from '../../src/engine/world-rules';
import { accepted, labOf, newGame, tutorial } from './fixtures';

const base = { body: 'Body.', teachingNote: 'Note.', conditions: [], chancePercent: 100, repeat: false, choices: [], effects: [] };

function world(events: EventDef[], regions = tutorial.regions): Scenario {
  return { ...tutorial, regions, events };
}

describe('joined conditions', () => {
  it('any holds when one part does, all when every part does, not when its part does not', () => {
    const state = newGame();
    const lantern = labOf(state);
    const yes = { kind: 'labIs', lab: 'lantern' } as const;
    const no = { kind: 'labIs', lab: 'meridian' } as const;
    expect(holds(state, { kind: 'any', conditions: [no, yes] }, lantern)).toBe(true);
    expect(holds(state, { kind: 'any', conditions: [no, no] }, lantern)).toBe(false);
    expect(holds(state, { kind: 'all', conditions: [yes, no] }, lantern)).toBe(false);
    expect(holds(state, { kind: 'all', conditions: [yes, { kind: 'not', condition: no }] }, lantern)).toBe(true);
    expect(holds(state, yes)).toBe(false);
  });

  it('choseEarlier holds for the lab that took the choice, and in a world event for any lab', () => {
    const state = newGame();
    state.firedEvents.push({ event: 'cloud-partner', quarter: 2, lab: 'lantern', choice: 'accept' });
    const took = { kind: 'choseEarlier', event: 'cloud-partner', choice: 'accept' } as const;
    expect(holds(state, took, labOf(state))).toBe(true);
    expect(holds(state, took, labOf(state, 'meridian'))).toBe(false);
    expect(holds(state, took)).toBe(true);
    expect(holds(state, { ...took, choice: 'decline' })).toBe(false);
  });
});

describe('tariffs', () => {
  const tariff = (quarter: number, share: number, on?: 'purchases' | 'rentals'): EventDef => ({
    ...base, id: `duty-${quarter}`, headline: 'Duty', target: 'world', quarter,
    effects: [{ kind: 'tariff', region: 'row', madeIn: 'us', share, ...(on ? { on } : {}) }],
  });

  it('an event sets a duty from the next quarter, a later one replaces it, and a share of 0 lifts it', () => {
    let state = newGame('duty', world([tariff(0, 0.3), tariff(2, 0.1, 'rentals'), tariff(4, 0)]));
    const shares = () => [tariffShare(state, 'row', 'us', 'purchases'), tariffShare(state, 'row', 'us', 'rentals')];
    expect(shares()).toEqual([0, 0]);
    state = endQuarter(state);
    expect(shares()).toEqual([0.3, 0.3]);
    state = endQuarter(endQuarter(state));
    // The rentals duty replaced the one on both: purchases are free of duty from then on.
    expect(shares()).toEqual([0, 0.1]);
    state = endQuarter(endQuarter(state));
    expect(shares()).toEqual([0, 0]);
    expect(tariffShare(state, 'us', 'us', 'purchases')).toBe(0);
  });

  it('a purchase pays the duty on top, it is a line of its own, and it is part of the chips\' cost', () => {
    const regions = tutorial.regions.map((r) => (r.id === 'us' ? { ...r, tariffs: [{ madeIn: 'row', share: 0.5 }] } : r));
    const chips = tutorial.chips.map((c) => (c.id === 'a100' ? { ...c, madeIn: 'row' } : c));
    const state = newGame('buy', { ...world([], regions), chips });
    const a100 = chips.find((c) => c.id === 'a100')!;
    const cost = orderCost(state, a100, 'us', false, 10);
    expect(cost.tariff).toBeCloseTo(cost.list * 0.5, 6);
    expect(cost.total).toBeCloseTo(cost.list + cost.markup + cost.tariff, 6);
    const bought = accepted(state, buyChips('lantern', 'a100', 10));
    expect(labOf(bought).ledger).toContainEqual({ kind: 'tariff', amount: -cost.tariff, detail: 'a100' });
    expect(labOf(bought).cash).toBeCloseTo(labOf(state).cash - cost.total, 3);
  });
});

describe('the power-price timeline', () => {
  it('moves the price in its quarter, and an event\'s multiplier applies on top of it', () => {
    const regions = tutorial.regions.map((r) => (r.id === 'us' ? { ...r, costTimeline: [{ from: 2, powerPricePerKwh: 0.16 }] } : r));
    const doubling: EventDef = { ...base, id: 'double', headline: 'Power doubles', target: 'world', quarter: 0, effects: [{ kind: 'powerPrice', region: 'us', factor: 2 }] };
    let state = newGame('power', world([doubling], regions));
    expect(powerPrice(state, 'us')).toBeCloseTo(0.08, 12);
    state = endQuarter(state);
    expect(powerPrice(state, 'us')).toBeCloseTo(0.16, 12);
    state = endQuarter(state);
    expect(powerPrice(state, 'us')).toBeCloseTo(0.32, 12);
    expect(state.reports.flatMap((r) => r.news).filter((n) => n.code === 'powerPriceChanged')).toEqual([]);
    state = endQuarter(state);
    expect(state.reports.at(-1)!.news).toContainEqual({ code: 'powerPriceChanged', params: { region: 'us', perKwh: 0.32 } });
  });
});
