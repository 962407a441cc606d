import { describe, expect, it } from 'vitest';
import { endQuarter, objectiveProgress, objectiveResults, operatingCashFlow, runwayQuarters, type GameState } from '../../src/engine';
import { labOf, newGame, playToEnd } from './fixtures';

const standing = (state: GameState, kind: string) => objectiveProgress(state, 'lantern').find((p) => p.objective.kind === kind)!;
/** The state with the player's lab given `cash` (the tracker reads cash and last quarter's books). */
const withCash = (state: GameState, cash: number): GameState => ({ ...state, labs: state.labs.map((l) => (l.id === 'lantern' ? { ...l, cash } : l)) });

describe('the objective tracker\'s judgement', () => {
  it('judges nothing that needs a quarter\'s results before the first quarter ends', () => {
    const start = newGame();
    expect(standing(start, 'survive')).toMatchObject({ status: 'notYet', reason: { code: 'noResultsYet' } });
    expect(standing(start, 'profitableBy').status).toBe('notYet');
    expect(standing(start, 'capability').status).toBe('notYet');
  });

  it('calls survival on track while the cash outlasts the quarters left at last quarter\'s burn, and at risk when it does not', () => {
    const after = endQuarter(newGame());
    const report = after.reports.at(-1)!.labs.find((r) => r.lab === 'lantern')!;
    const burn = -operatingCashFlow(report.lineItems);
    expect(burn).toBeGreaterThan(0);
    const left = after.scenario.quarters - after.quarter;
    const rich = withCash(after, burn * (left + 1));
    const poor = withCash(after, burn * (left - 2));
    expect(standing(rich, 'survive')).toMatchObject({ status: 'onTrack', reason: { code: 'runway', quartersLeft: left } });
    expect(standing(poor, 'survive')).toMatchObject({ status: 'atRisk', reason: { code: 'runway', runway: runwayQuarters(labOf(poor).cash, report), quartersLeft: left } });
  });

  it('sets the capability pace needed against the pace so far', () => {
    const after = endQuarter(endQuarter(newGame()));
    const progress = standing(after, 'capability');
    expect(progress.reason.code).toBe('capabilityPace');
    if (progress.reason.code !== 'capabilityPace') return;
    const { gainPerQuarter, neededPerQuarter } = progress.reason;
    expect(progress.status).toBe(gainPerQuarter >= neededPerQuarter ? 'onTrack' : 'atRisk');
    expect(neededPerQuarter).toBeCloseTo((60 - progress.reason.capability) / (after.scenario.quarters - after.quarter));
  });

  it('at the end says met or missed exactly as the debrief does', () => {
    const end = playToEnd(newGame());
    const results = objectiveResults(end, 'lantern');
    const progress = objectiveProgress(end, 'lantern');
    expect(progress.map((p) => p.status)).toEqual(results.map((r) => (r.met ? 'met' : 'missed')));
  });

  it('calls a profit deadline missed once its quarter has been played without a profit', () => {
    let state = newGame();
    const deadline = state.scenario.objectives.find((o) => o.kind === 'profitableBy')!;
    if (deadline.kind !== 'profitableBy') return;
    while (state.quarter <= deadline.quarter) state = endQuarter(state);
    const met = objectiveResults(state, 'lantern').find((r) => r.objective.kind === 'profitableBy')!.met;
    expect(standing(state, 'profitableBy').status).toBe(met ? 'met' : 'missed');
  });
});
