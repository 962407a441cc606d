import { describe, expect, it } from 'vitest';
import { answerEvent, applyAction, buyChips, endQuarter, type EventDef, type Scenario } from '../../src/engine';
import { holds } from '../../src/engine/events';
import { accepted, labOf, newGame, tutorial } from './fixtures';

const q = (state: ReturnType<typeof newGame>, n: number) => {
  let s = state;
  for (let i = 0; i < n; i += 1) s = endQuarter(s);
  return s;
};

function withEvents(events: EventDef[]): Scenario {
  return { ...tutorial, events };
}

const base = { body: 'Body.', teachingNote: 'Note.', conditions: [], chancePercent: 100, repeat: false, choices: [] };

describe('events', () => {
  it('a scheduled world event fires in its quarter, makes the news, and its open model floors the API market', () => {
    const state = q(newGame('shock'), 2);
    expect(state.reports[0]!.news.some((n) => n.code === 'event')).toBe(false);
    expect(state.reports[1]!.news).toContainEqual({ code: 'event', params: { event: 'open-shock' } });
    expect(state.models.find((m) => m.name === 'Open V3')?.open).toBe(true);
    const next = endQuarter(state);
    expect(next.reports.at(-1)!.markets.find((m) => m.region === 'us' && m.segment === 'api')!.shares['open']).toBeGreaterThan(0);
  });

  it('an event that asks a lab to choose waits for its answer, and the answer applies its effects', () => {
    const asked = q(newGame('partner'), 3);
    expect(labOf(asked).pendingChoices).toContain('cloud-partner');
    const cash = labOf(asked).cash;
    const answered = accepted(asked, answerEvent('lantern', 'cloud-partner', 'accept'));
    expect(labOf(answered).cash).toBe(cash + 60e6);
    expect(labOf(answered).equity).toBeCloseTo(0.7 * 0.85, 12);
    expect(labOf(answered).pendingChoices).toEqual([]);
    expect(answered.firedEvents.find((f) => f.event === 'cloud-partner' && f.lab === 'lantern')?.choice).toBe('accept');
    expect(applyAction(answered, answerEvent('lantern', 'cloud-partner', 'accept'))).toMatchObject({ ok: false, reason: 'noSuchQuestion' });
    expect(applyAction(asked, answerEvent('lantern', 'cloud-partner', 'maybe'))).toMatchObject({ ok: false, reason: 'unknownChoice' });
  });

  it('an unanswered question takes its first choice when the quarter ends', () => {
    const asked = q(newGame('partner'), 3);
    const after = endQuarter(asked);
    expect(labOf(after).pendingChoices).toEqual([]);
    expect(after.firedEvents.find((f) => f.event === 'cloud-partner' && f.lab === 'lantern')?.choice).toBe('decline');
    expect(labOf(after).equity).toBe(0.7);
  });

  it('a chip ban closes legal sales from the next quarter on', () => {
    const ban: EventDef = { ...base, id: 'ban', headline: 'Ban', target: 'world', quarter: 0, effects: [{ kind: 'chipSales', chip: 'h100', region: 'us', allowed: false }] };
    const state = endQuarter(newGame('ban', withEvents([ban])));
    expect(applyAction(state, buyChips('lantern', 'h100', 10))).toMatchObject({ ok: false, reason: 'chipNotAvailable' });
  });

  it('a licence with a fee reopens sales, and the fee is charged', () => {
    const events: EventDef[] = [
      { ...base, id: 'ban', headline: 'Ban', target: 'world', quarter: 0, effects: [{ kind: 'chipSales', chip: 'h100', region: 'us', allowed: false }] },
      { ...base, id: 'licence', headline: 'Licence', target: 'world', quarter: 1, effects: [{ kind: 'chipSales', chip: 'h100', region: 'us', allowed: true, licenceFee: 0.15 }] },
    ];
    const state = accepted(q(newGame('licence', withEvents(events)), 2), buyChips('lantern', 'h100', 100));
    // The tutorial's H100 list price falls 7% a quarter: two quarters in, 100 units cost 2.75M x 0.93^2.
    expect(labOf(state).ledger.find((i) => i.kind === 'licenceFee')?.amount).toBeCloseTo(-0.15 * 2_750_000 * 0.93 * 0.93, 6);
  });

  it('a triggered event with a chance fires on the same quarters for the same seed, and only once unless it repeats', () => {
    const flaky: EventDef = { ...base, id: 'grant', headline: 'Grant', target: 'labs', chancePercent: 30, conditions: [{ kind: 'labRegion', region: 'us' }], effects: [{ kind: 'grant', amount: 1e6 }] };
    const run = (seed: string) => q(newGame(seed, withEvents([flaky])), 8).firedEvents.map((f) => `${f.quarter}:${f.lab}`);
    expect(run('same')).toEqual(run('same'));
    expect(run('same').filter((f) => f.endsWith(':lantern')).length).toBeLessThanOrEqual(1);
    const repeating = q(newGame('many', withEvents([{ ...flaky, repeat: true, chancePercent: 100 }])), 3);
    expect(repeating.firedEvents.filter((f) => f.lab === 'lantern')).toHaveLength(3);
    expect(repeating.reports[0]!.labs.find((r) => r.lab === 'lantern')!.lineItems).toContainEqual({ kind: 'grant', amount: 1e6, detail: 'grant' });
  });

  it('evaluates each condition of the vocabulary', () => {
    const state = newGame();
    const lantern = labOf(state);
    expect(holds(state, { kind: 'quarterAtLeast', quarter: 0 })).toBe(true);
    expect(holds(state, { kind: 'quarterAtLeast', quarter: 1 })).toBe(false);
    expect(holds(state, { kind: 'labRegion', region: 'us' }, lantern)).toBe(true);
    expect(holds(state, { kind: 'labRegion', region: 'us' })).toBe(false);
    expect(holds(state, { kind: 'labCashBelow', amount: 100e6 }, lantern)).toBe(true);
    expect(holds(state, { kind: 'labCapabilityAtLeast', points: 40 }, lantern)).toBe(true);
    expect(holds(state, { kind: 'labUsesGreyChips' }, lantern)).toBe(false);
    expect(holds(state, { kind: 'labUsesDomesticChips' }, lantern)).toBe(true);
    expect(holds(state, { kind: 'labTrainsOwnModels' }, lantern)).toBe(true);
    expect(holds(state, { kind: 'labsAliveAtMost', region: 'us', count: 1 })).toBe(false);
    expect(holds(state, { kind: 'openModelWithin', points: 10 })).toBe(false);
    expect(holds(state, { kind: 'appetiteBelow', region: 'us', layer: 'foundation', value: 1.5 })).toBe(true);
  });
});
