// Quarter phase: scheduled and triggered events fire; choices left unanswered take their default.
import { bestChoice } from './choice-value';
import type { EventDef } from './event-types';
import { applyEffect, holds } from './events';
import { draw } from './rng';
import type { NewsCode } from './notes';
import type { GameState, Lab, ReportNote } from './state-types';

export function fireEvents(state: GameState, news: ReportNote<NewsCode>[]): void {
  for (const event of state.scenario.events) {
    if (event.quarter !== undefined && event.quarter !== state.quarter) continue;
    const targets: (Lab | undefined)[] = event.target === 'world' ? [undefined] : state.labs.filter((lab) => lab.alive);
    for (const lab of targets) {
      if (!event.repeat && state.firedEvents.some((f) => f.event === event.id && f.lab === lab?.id)) continue;
      if (!event.conditions.every((condition) => holds(state, condition, lab))) continue;
      if (event.chancePercent < 100 && Math.floor(draw(state.rng, 'events') * 100) >= event.chancePercent) continue;
      fire(state, event, lab, news);
    }
  }
}

function fire(state: GameState, event: EventDef, lab: Lab | undefined, news: ReportNote<NewsCode>[]): void {
  for (const effect of event.effects) applyEffect(state, effect, lab, event);
  state.firedEvents.push(lab ? { event: event.id, quarter: state.quarter, lab: lab.id } : { event: event.id, quarter: state.quarter });
  if (lab && event.choices.length > 0) lab.pendingChoices.push(event.id);
  news.push({ code: 'event', params: lab ? { event: event.id, lab: lab.id } : { event: event.id } });
}

/** Applies a lab's choice for a pending event and records it. */
export function takeChoice(state: GameState, lab: Lab, eventId: string, choiceId: string): void {
  const event = state.scenario.events.find((e) => e.id === eventId);
  const choice = event?.choices.find((c) => c.id === choiceId);
  if (!event || !choice) return;
  for (const effect of choice.effects) applyEffect(state, effect, lab, event);
  lab.pendingChoices = lab.pendingChoices.filter((id) => id !== eventId);
  const fired = [...state.firedEvents].reverse().find((f) => f.event === eventId && f.lab === lab.id && f.choice === undefined);
  if (fired) fired.choice = choiceId;
}

/** Questions left unanswered: a bot takes the choice worth most to it (bestChoice); a person's lab gets the first. */
export function settleUnanswered(state: GameState): void {
  for (const lab of state.labs) {
    const bot = state.seats[lab.id]?.kind === 'bot';
    for (const eventId of [...lab.pendingChoices]) {
      const choices = state.scenario.events.find((e) => e.id === eventId)?.choices ?? [];
      const taken = bot ? bestChoice(state, lab, choices) : choices[0];
      if (taken) takeChoice(state, lab, eventId, taken.id);
      else lab.pendingChoices = lab.pendingChoices.filter((id) => id !== eventId);
    }
  }
}
