// Talent: salaries by region and role, hiring capped by reputation.
import type { Role } from './actions';
import type { Region } from './scenario-types';
import type { Lab } from './state-types';

/** People a lab may hire in one quarter, across both roles: five plus one per four points of reputation. */
export function hiringCap(lab: Lab): number {
  return 5 + Math.floor(lab.reputation / 4);
}

export function salaryPerQuarter(region: Region, role: Role): number {
  return (role === 'researchers' ? region.researcherCostPerYear : region.engineerCostPerYear) / 4;
}

/** Pay for the whole team for one quarter. */
export function payroll(region: Region, lab: Lab): number {
  return lab.researchers * salaryPerQuarter(region, 'researchers') + lab.engineers * salaryPerQuarter(region, 'engineers');
}
