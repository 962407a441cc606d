// npm run sim -- <scenario> --seed S --trace: one game, quarter by quarter, every lab's books and worth.
// For scenario authors asking "why did this lab go under?" without opening the browser.
import { botSeats, capabilityOfLab, createGame, endQuarter, operatingCashFlow, sumOf, type LabId, type Scenario, type Seat, type StrategyId } from '../engine';

const strategyOf = (seat: Seat | undefined) => (seat?.kind === 'bot' ? seat.strategy : 'player');
const money = (x: number) => (Math.abs(x) >= 1e9 ? `${(x / 1e9).toFixed(1)}B` : `${(x / 1e6).toFixed(0)}M`);

/** A table per lab: cash, revenue, operating flow, funding raised, last round, investors' estimate, equity and capability after each quarter. */
export function traceText(scenario: Scenario, seed: string, overrides: Record<LabId, StrategyId>): string {
  let state = createGame(scenario, { seed, seats: botSeats(scenario, overrides) });
  const lines: string[] = [];
  const rows = new Map<LabId, string[]>(state.labs.map((lab) => [lab.id, [
    `${lab.name} (${lab.id}, ${lab.region}, ${strategyOf(state.seats[lab.id])})`,
    'quarter      cash   revenue  operating   funding lastround   estimate  equity  capability',
    `start   ${money(lab.cash).padStart(9)} ${''.padStart(9)} ${''.padStart(10)} ${''.padStart(9)} ${money(lab.valuation).padStart(9)} ${money(lab.estimate).padStart(10)} ${(lab.equity * 100).toFixed(0).padStart(6)}% ${capabilityOfLab(state, lab).toFixed(1).padStart(11)}`,
  ]]));
  while (!state.over) {
    state = endQuarter(state);
    const report = state.reports.at(-1)!;
    for (const lab of state.labs) {
      const row = report.labs.find((r) => r.lab === lab.id);
      if (!row) continue;
      const label = String(report.quarter + 1).padEnd(5);
      rows.get(lab.id)?.push(`${label} ${money(row.cashEnd).padStart(9)} ${money(sumOf(row.lineItems, 'revenue')).padStart(9)} ${money(operatingCashFlow(row.lineItems)).padStart(10)} ${money(sumOf(row.lineItems, 'funding')).padStart(9)} ${money(lab.valuation).padStart(9)} ${money(lab.estimate).padStart(10)} ${(lab.equity * 100).toFixed(0).padStart(6)}% ${capabilityOfLab(state, lab).toFixed(1).padStart(11)}${lab.alive ? '' : '  out'}`);
    }
  }
  for (const table of rows.values()) lines.push(...table, '');
  return lines.join('\n');
}
