// Autopilot: a person's lab handed to a strategy, or taken back. A change of seat is an action, so replays keep it;
// a lab a strategy plays from the start (a rival, or every lab in watch mode) cannot be taken over.
import type { ActionOf } from './actions';
import type { Handler } from './handler';
import { reject } from './reasons';
import { STRATEGY_IDS } from './scenario-types';
import { isPersonsSeat } from './state-types';

export const seatHandlers: { setAutopilot: Handler<ActionOf<'setAutopilot'>> } = {
  setAutopilot: {
    validate(state, lab, action) {
      if (!isPersonsSeat(state.seats[lab.id])) return reject('notAPersonsLab', { lab: lab.id });
      if (action.strategy !== null && !(STRATEGY_IDS as readonly string[]).includes(action.strategy)) return reject('unknownStrategy', { strategy: String(action.strategy) });
      return undefined;
    },
    apply(state, lab, action) {
      state.seats[lab.id] = action.strategy === null ? { kind: 'human' } : { kind: 'bot', strategy: action.strategy, autopilot: true };
    },
  },
};
