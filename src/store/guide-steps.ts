// The guided tutorial as data: each step says what to do and why, opens the controls it needs, points at the place to
// do it, and is done when the game shows the player did it. Only the tutorial scenario has a guide.
import { segmentsBuying, type ActionType, type GameState, type LogEntry, type SegmentBuys, type Seat } from '../engine';
import type { MessageKey } from '../i18n';

export type GuideTab = 'news' | 'compute' | 'models' | 'business' | 'people';

/** A control the guide can open or point at: a card of the headquarters' tabs (its data-card) or the End quarter button. */
export type GuideControl =
  | 'news' | 'chips' | 'rent' | 'split' | 'train' | 'research' | 'models' | 'product' | 'marketing' | 'vertical' | 'funding' | 'partner'
  | 'people' | 'autopilot' | 'save' | 'endQuarter';

/** When a step is done, judged on the store's state. */
export type GuideCondition =
  /** The engine accepted this move of the player's since the step began. */
  | { kind: 'did'; action: ActionType }
  /** The player's lab sells in a segment that buys this way (an app, for seats). */
  | { kind: 'launched'; buys: SegmentBuys }
  /** A quarter ended since the step began. */
  | { kind: 'quarterEnded' }
  | { kind: 'reportClosed' }
  /** No training run is in progress (it finished, failed or was cancelled). */
  | { kind: 'runEnded' }
  /** An event asks the player to choose. */
  | { kind: 'questionWaiting' }
  /** No event is waiting for the player's choice (answered, or the quarter ended and its default applied). */
  | { kind: 'noQuestion' };

/** Where a step points: a card in a tab, the End quarter button, or the quarter report. */
export type GuidePlace = { tab: GuideTab; control: GuideControl } | { control: 'endQuarter' } | { report: true };

export interface GuideStep {
  id: string;
  title: MessageKey;
  /** What to do, in plain words. */
  todo: MessageKey;
  /** Why it matters. */
  why: MessageKey;
  place: GuidePlace;
  /** Controls this step opens; they stay open for the rest of the game. */
  opens: GuideControl[];
  /** Done when any of these holds; null for the last step, which stays until the game ends. */
  done: readonly GuideCondition[] | null;
}

/** Open from the first step: the news (event questions wait there) and what happened last quarter. */
export const ALWAYS_OPEN: readonly GuideControl[] = ['news'];

/** The tab that holds each card. */
export const TAB_OF: Record<Exclude<GuideControl, 'endQuarter'>, GuideTab> = {
  news: 'news', autopilot: 'news', save: 'news',
  chips: 'compute', rent: 'compute', split: 'compute',
  train: 'models', research: 'models', models: 'models',
  product: 'business', marketing: 'business', vertical: 'business', funding: 'business', partner: 'business',
  people: 'people',
};

const step = (id: string, place: GuidePlace, opens: GuideControl[], done: GuideCondition[] | null, text = id): GuideStep => ({
  id, place, opens, done,
  title: `guide.${text}.title` as MessageKey, todo: `guide.${text}.todo` as MessageKey, why: `guide.${text}.why` as MessageKey,
});

/**
 * The loop compute → model → customers → cash → investors, then serving the new model. The investors are the cloud
 * company's offer, which the tutorial scenario makes in its third quarter, while the run trains.
 */
export const TUTORIAL_GUIDE: readonly GuideStep[] = [
  step('compute', { tab: 'compute', control: 'split' }, ['split'], [{ kind: 'did', action: 'setSplit' }]),
  step('model', { tab: 'models', control: 'train' }, ['train'], [{ kind: 'did', action: 'startRun' }]),
  step('customers', { tab: 'business', control: 'product' }, ['product'], [{ kind: 'launched', buys: 'seats' }]),
  step('cash', { control: 'endQuarter' }, ['endQuarter'], [{ kind: 'quarterEnded' }]),
  step('report', { report: true }, [], [{ kind: 'reportClosed' }]),
  step('wait', { control: 'endQuarter' }, ['models'], [{ kind: 'questionWaiting' }, { kind: 'runEnded' }]),
  step('investors', { tab: 'news', control: 'news' }, [], [{ kind: 'noQuestion' }]),
  step('training', { control: 'endQuarter' }, [], [{ kind: 'runEnded' }], 'wait'),
  step('serve', { tab: 'compute', control: 'split' }, [], [{ kind: 'did', action: 'setSplit' }]),
  step('loop', { control: 'endQuarter' }, [], null),
];

const GUIDES: Record<string, readonly GuideStep[]> = { tutorial: TUTORIAL_GUIDE };

/** The guide of a scenario, if it has one. */
export function guideFor(scenarioId: string): readonly GuideStep[] | undefined {
  return Object.hasOwn(GUIDES, scenarioId) ? GUIDES[scenarioId] : undefined;
}

/** Where a player is in the guide: the step, the log length when it began, and whether they chose to see everything. */
export interface GuideProgress {
  step: number;
  /** Length of the log when the step began; -1 while catching up with a game opened mid-way (every move counts). */
  since: number;
  skipped: boolean;
}

/**
 * A game's guide when its scenario has one and a person played the lab from the start: at the first step for a new
 * game, catching up with the moves already made for a game opened without a remembered place.
 */
export function startingGuide(scenarioId: string, playerSeat: Seat | undefined, catchUp = false): GuideProgress | null {
  return guideFor(scenarioId) && playerSeat?.kind === 'human' ? { step: 0, since: catchUp ? -1 : 0, skipped: false } : null;
}

/** What a condition reads: the game, the log, and whether the quarter report is open. */
export interface GuideContext {
  game: GameState;
  log: readonly LogEntry[];
  /** Length of the log when the step began. */
  since: number;
  reportOpen: boolean;
}

export function conditionMet(condition: GuideCondition, { game, log, since, reportOpen }: GuideContext): boolean {
  const lab = game.labs.find((l) => l.id === game.scenario.playerLab);
  if (!lab) return false;
  const recent = log.slice(since);
  switch (condition.kind) {
    case 'did':
      return recent.some((entry) => entry.kind === 'action' && entry.action.type === condition.action && entry.action.lab === lab.id);
    case 'launched':
      return segmentsBuying(game.scenario, condition.buys).some((segment) => lab.products[segment] === true);
    case 'quarterEnded':
      return recent.some((entry) => entry.kind === 'endQuarter');
    case 'reportClosed':
      return !reportOpen;
    case 'runEnded':
      return lab.run === null;
    case 'questionWaiting':
      return lab.pendingChoices.length > 0;
    case 'noQuestion':
      return lab.pendingChoices.length === 0;
  }
}

/** The controls open at a step (every step's up to it, and the ones always open). */
export function openControls(steps: readonly GuideStep[], step: number): Set<GuideControl> {
  return new Set([...ALWAYS_OPEN, ...steps.slice(0, step + 1).flatMap((s) => s.opens)]);
}

/** The tab a place is in, if it is a card. */
export function placeTab(place: GuidePlace): GuideTab | undefined {
  return 'tab' in place ? place.tab : undefined;
}
