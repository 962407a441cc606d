import { describe, expect, it } from 'vitest';
import { applyAction, botSeats, createGame, endQuarter, fire, hire, setAutopilot, setPrice } from '../../src/engine';
import { applyStrategyMove } from '../../src/engine/apply-action';
import { newGame, tutorial } from './fixtures';

const rival = tutorial.labs.find((lab) => lab.id !== tutorial.playerLab)!.id;

describe('who may give a lab orders', () => {
  it('refuses a person\'s order to a rival its strategy plays, naming the lab', () => {
    const game = newGame('seats');
    for (const order of [fire(rival, 'engineers', 1), setPrice(rival, 'api', 1000), hire(rival, 'researchers', 1)]) {
      expect(applyAction(game, order)).toEqual({ ok: false, reason: 'notAPersonsLab', params: { lab: rival } });
    }
  });

  it('takes the same order for the player\'s lab, and for it while on autopilot', () => {
    const game = newGame('seats');
    expect(applyAction(game, hire(tutorial.playerLab, 'researchers', 1)).ok).toBe(true);
    const piloted = applyAction(game, setAutopilot(tutorial.playerLab, 'steady'));
    if (!piloted.ok) throw new Error(piloted.reason);
    expect(applyAction(piloted.state, hire(tutorial.playerLab, 'researchers', 1)).ok).toBe(true);
  });

  it('refuses every order when all labs are played by strategies (watching)', () => {
    const watched = createGame(tutorial, { seed: 'watch', seats: botSeats(tutorial) });
    expect(applyAction(watched, hire(tutorial.playerLab, 'researchers', 1))).toMatchObject({ ok: false, reason: 'notAPersonsLab' });
  });

  it('still lets the strategies move their own labs at the end of the quarter', () => {
    const game = newGame('seats');
    expect(applyStrategyMove(game, fire(rival, 'engineers', 1)).ok).toBe(true);
    const next = endQuarter(game);
    // Every accepted move counts a turn, and the quarter's end one more: the rivals' moves went through.
    expect(next.turn - game.turn).toBeGreaterThan(1);
  });
});
