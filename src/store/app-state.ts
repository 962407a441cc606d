// The store's shape: one slice per concern, each in its own file; views read slices and dispatch.
import type { Problem } from '../scenario/problems';
import type { RejectionParams, RejectionReason, Scenario } from '../engine';
import type { SaveStorage } from './persistence';
import type { ShippedScenarios } from './save-file';
import type { ChoiceSlice } from './choice-slice';
import type { ClassSlice } from './class-slice';
import type { FailureSlice } from './failure-slice';
import type { GuideSlice } from './guide-slice';
import type { PlaySlice } from './play-slice';
import type { ReplaySlice } from './replay-slice';
import type { SavesSlice } from './saves-slice';
import type { TrialsSlice } from './trials-slice';
import type { WorldsSlice } from './worlds-slice';

export type Screen = 'title' | 'briefing' | 'hq' | 'end' | 'replay';

export interface Rejected {
  reason: RejectionReason;
  params: RejectionParams;
}

/** A scenario file that could not be loaded: its name and every problem, for the title screen. */
export interface ScenarioNotice {
  message: string;
  /** 'warning' when the scenario loaded and the problems are only warnings; an error otherwise. */
  tone?: 'warning';
  problems: Problem[];
  /** One more sentence, when there is no list of problems. */
  detail?: string;
}

export type AppState = ChoiceSlice & ClassSlice & PlaySlice & SavesSlice & ReplaySlice & WorldsSlice & TrialsSlice & FailureSlice & GuideSlice;

/** immer's `set`: a recipe that changes a draft of the whole state. */
export type SetState = (recipe: (draft: AppState) => void) => void;
export type GetState = () => AppState;

/** What the slices need from outside the store. */
export interface StoreDeps {
  /** Every seat on its strategy: the player watches the world the simulator plays. */
  watch: boolean;
  storage: SaveStorage;
  /** Shipped scenarios by id, so saves of them need not carry the scenario. */
  shipped: ShippedScenarios;
  /** The time, for naming slots and dating saves (outside the engine, so real time is fine). */
  now: () => Date;
}

/** A slice: its part of the state and its actions, made from the store's set and get. */
export type SliceMaker<T> = (set: SetState, get: GetState, deps: StoreDeps) => T;

export type { Scenario };
