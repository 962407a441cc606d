// When something fails that should not (an engine error, a bug in a view): the store keeps the game as it was before
// the failing step and says what failed, so the page never silently stops answering and the game can be saved to a file.
import type { SliceMaker } from './app-state';

/** What the player was doing when it failed. */
export type FailureDuring = 'endQuarter' | 'action' | 'newGame' | 'save' | 'page';

export interface Failure {
  during: FailureDuring;
  /** The error's own words, for a bug report. */
  message: string;
}

export interface FailureSlice {
  failure: Failure | null;
  reportFailure(during: FailureDuring, error: unknown): void;
  dismissFailure(): void;
}

/** An error's message, bounded: it is shown on screen and may come from anywhere. */
export function failureMessage(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > 500 ? `${text.slice(0, 500)}…` : text;
}

export const failureSlice: SliceMaker<FailureSlice> = (set) => ({
  failure: null,

  reportFailure(during, error) {
    set((s) => {
      // The first failure is the one that explains the rest.
      s.failure ??= { during, message: failureMessage(error) };
    });
  },

  dismissFailure() {
    set((s) => {
      s.failure = null;
    });
  },
});
