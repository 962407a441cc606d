// Autopilot: who decides for a lab, a person or a strategy. A change of seat is an action, so replays keep it.
import type { ActionOf } from './actions';
import type { Handler } from './handler';
import { reject } from './reasons';
import { STRATEGY_IDS } from './scenario-types';

export const seatHandlers: { setAutopilot: Handler<ActionOf<'setAutopilot'>> } = {
  setAutopilot: {
    validate(_state, _lab, action) {
      if (action.strategy !== null && !(STRATEGY_IDS as readonly string[]).includes(action.strategy)) return reject('unknownStrategy', { strategy: String(action.strategy) });
      return undefined;
    },
    apply(state, lab, action) {
      state.seats[lab.id] = action.strategy === null ? { kind: 'human' } : { kind: 'bot', strategy: action.strategy };
    },
  },
};
