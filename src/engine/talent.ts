// Talent: salaries by region and role, hiring capped by reputation.
import type { Role } from './actions';
import type { Region } from './scenario-types';
import type { Lab } from './state-types';

/**
 * Share of its team a lab can add in a quarter on top of what its name attracts. Game design, after OpenAI's growth
 * from about 770 staff (late 2023) to over 3,000 (2025): roughly a tenth more people a quarter.
 */
export const TEAM_GROWTH_PER_QUARTER = 0.1;

/** People a lab may hire in one quarter, across both roles: five, one per four points of reputation, and a tenth of its team. */
export function hiringCap(lab: Lab): number {
  return 5 + Math.floor(lab.reputation / 4) + Math.floor(TEAM_GROWTH_PER_QUARTER * (lab.researchers + lab.engineers));
}

export function salaryPerQuarter(region: Region, role: Role): number {
  return (role === 'researchers' ? region.researcherCostPerYear : region.engineerCostPerYear) / 4;
}

/** Pay for the whole team for one quarter. */
export function payroll(region: Region, lab: Lab): number {
  return lab.researchers * salaryPerQuarter(region, 'researchers') + lab.engineers * salaryPerQuarter(region, 'engineers');
}
