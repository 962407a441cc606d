import { calendarOf, type Objective, type Scenario } from '../engine';
import { money, t } from '../i18n';
import { regionName } from './scenario-text';

/** An objective as a sentence for the player. */
export function objectiveText(scenario: Scenario, objective: Objective): string {
  switch (objective.kind) {
    case 'survive':
      return t('objective.survive');
    case 'topInRegion':
      return t('objective.topInRegion', { rank: objective.rank, region: regionName(scenario, objective.region) });
    case 'capability':
      return t('objective.capability', { points: objective.points });
    case 'profitableBy': {
      const date = calendarOf(scenario.start, objective.quarter);
      return t('objective.profitableBy', { date: t('hq.date', { quarter: date.quarter, year: date.year }) });
    }
    case 'valuation':
      return t('objective.valuation', { amount: money(objective.amount) });
  }
}
