// A browser worker for the title screen's "many worlds": plays the seeds it is sent, all seats on their strategies.
import { simulateSeed, startingStakes, type Scenario } from '../engine';

type Message = { scenario: Scenario } | { index: number; seed: string };

const scope = self as unknown as { onmessage: ((event: MessageEvent<Message>) => void) | null; postMessage(message: unknown): void };
let world: { scenario: Scenario; stakes: Record<string, number> } | null = null;

scope.onmessage = (event) => {
  const message = event.data;
  if ('scenario' in message) {
    world = { scenario: message.scenario, stakes: startingStakes(message.scenario) };
    return;
  }
  if (!world) return;
  // An error here reaches the page as the worker's error event, and the run stops with its message.
  scope.postMessage({ index: message.index, outcome: simulateSeed(world.scenario, message.seed, {}, world.stakes) });
};
