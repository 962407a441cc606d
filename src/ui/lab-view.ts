// Read-only helpers the panels share: the player's lab, its last report and its runway.
import { runwayQuarters, type GameState, type Lab, type LabQuarterReport } from '../engine';
import { t } from '../i18n';
import { playerLab, type AppState } from '../store/game-store';

export interface PlayerView {
  game: GameState;
  lab: Lab;
  report: LabQuarterReport | undefined;
}

export function playerView(state: AppState): PlayerView | undefined {
  const lab = playerLab(state);
  if (!state.game || !lab) return undefined;
  return { game: state.game, lab, report: state.game.reports.at(-1)?.labs.find((r) => r.lab === lab.id) };
}

/** Runway in words: quarters of cash at last quarter's burn, "profitable", or not known before the first quarter ends. */
export function runwayText(cash: number, report: Pick<LabQuarterReport, 'lineItems'> | undefined): string {
  if (!report) return t('hq.notYet');
  const quarters = runwayQuarters(cash, report);
  return quarters === Infinity ? t('hq.runwayForever') : t('hq.runwayQuarters', { count: quarters.toFixed(1) });
}
