// Answering an event that asked the lab to choose.
import type { ActionOf } from './actions';
import type { Handler } from './handler';
import { takeChoice } from './phase-events';
import { reject } from './reasons';

export const eventHandlers: { answerEvent: Handler<ActionOf<'answerEvent'>> } = {
  answerEvent: {
    validate(state, lab, action) {
      if (!lab.pendingChoices.includes(action.event)) return reject('noSuchQuestion', { event: String(action.event) });
      const event = state.scenario.events.find((e) => e.id === action.event);
      if (!event?.choices.some((c) => c.id === action.choice)) return reject('unknownChoice', { choice: String(action.choice) });
      return undefined;
    },
    apply(state, lab, action) {
      takeChoice(state, lab, action.event, action.choice);
    },
  },
};
