import { describe, expect, it } from 'vitest';
import { applyAction, buyChips, createGame, endQuarter, setRental, useModel, type Action, type GameState, type Scenario } from '../../src/engine';
import { adoptionLinks, chipFlows, flowHoldings, movedBetween, openModelMakers } from '../../src/game/world-flows';
import { shippedScenario } from '../helpers';

const china = shippedScenario('china-2025');
/** china-2025 with the H20 sold to China under a 15% licence fee from the first quarter. */
const licensed: Scenario = {
  ...china,
  chips: china.chips.map((c) => (c.id === 'h20' ? { ...c, sales: c.sales.map((w) => (w.region === 'cn' ? { ...w, licenceFee: 0.15 } : w)) } : c)),
};

function play(state: GameState, ...actions: Action[]): GameState {
  return actions.reduce((s, action) => {
    const result = applyAction(s, action);
    if (!result.ok) throw new Error(`refused ${action.type}: ${result.reason}`);
    return result.state;
  }, state);
}

const flow = (state: GameState, from: string, to: string, kind: string) => chipFlows(state, null).find((f) => f.from === from && f.to === to && f.kind === kind);

describe('chip flows in the world view', () => {
  it('groups every lab\'s chips by the region that makes them and how they were had', () => {
    const game = createGame(china, { seed: 'flows' });
    // Vermilion starts with 2,000 H800s and 4,000 H20s, all US-made; Prism Mind with 12,000 Ascend 910Bs, made in China.
    expect(flow(game, 'us', 'cn', 'bought')?.byLab.vermilion).toBe(6000);
    expect(flow(game, 'cn', 'cn', 'bought')?.byLab.prism).toBe(12000);
    expect(flow(game, 'us', 'us', 'bought')?.units).toBe(330000);
    expect(flow(game, 'us', 'cn', 'grey')).toBeUndefined();
  });

  it('tells licensed, grey-market and rented chips apart, with the units each lab added in a quarter', () => {
    // Rivals sit still, so the bots' own grey orders do not ration the 300 smuggled H100s bought here.
    const seats = Object.fromEntries(licensed.labs.map((l) => [l.id, l.id === 'vermilion' ? { kind: 'human' as const } : { kind: 'bot' as const, strategy: 'idle' as const }]));
    const start = createGame(licensed, { seed: 'flows', seats });
    // Orders arrive after the scenario's lead time of one quarter, when the next quarter resolves.
    const bought = endQuarter(endQuarter(play(start, buyChips('vermilion', 'h20', 1000), buyChips('vermilion', 'h100', 300, true), setRental('vermilion', 'h100', 'row', 200))));
    expect(flow(bought, 'us', 'cn', 'licensed')?.byLab.vermilion).toBe(1000);
    expect(flow(bought, 'us', 'cn', 'bought')?.byLab.vermilion).toBe(6000);
    expect(flow(bought, 'us', 'cn', 'grey')?.byLab.vermilion).toBe(300);
    expect(flow(bought, 'row', 'cn', 'rented')?.byLab.vermilion).toBe(200);
    const moved = movedBetween(flowHoldings(start), flowHoldings(bought));
    const withMoves = chipFlows(bought, moved).find((f) => f.from === 'us' && f.to === 'cn' && f.kind === 'licensed');
    expect(withMoves?.addedByLab).toEqual({ vermilion: 1000 });
    expect(withMoves?.added).toBe(1000);
  });

  it('links a lab serving another lab\'s open model to the model\'s maker', () => {
    const game = createGame(china, { seed: 'flows' });
    const open = game.models.find((m) => m.open && m.lab !== 'vermilion')!;
    const serving = play(game, useModel('vermilion', open.id));
    expect(adoptionLinks(serving)).toContainEqual({ maker: open.lab, adopter: 'vermilion', model: open.id });
    expect(openModelMakers(serving).has(open.lab)).toBe(true);
  });
});
