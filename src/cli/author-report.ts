// npm run sim -- <scenario> --seeds N --authors: what a scenario's author needs to see over many games — which events
// fired and when, which choices the bots took, what each lab bought, rented and trained.
import type { GameState, LabId, Scenario } from '../engine';

/** What one game did, as the author report counts it. */
export interface GameFacts {
  /** Every event that fired: its quarter, the lab it was aimed at and the choice taken (for events aimed at labs). */
  fired: { event: string; quarter: number; lab?: LabId; choice?: string }[];
  /** Chips delivered to each lab over the game, by chip (legal and grey alike). */
  chipsBought: Record<LabId, Record<string, number>>;
  /** Rent each lab paid over the game, dollars. */
  rentPaid: Record<LabId, number>;
  /** Models each lab finished: the quarter, capability and whether it published the weights. */
  models: { lab: LabId; quarter: number; capability: number; open: boolean }[];
}

export function gameFacts(state: GameState): GameFacts {
  const chipsBought: Record<LabId, Record<string, number>> = {};
  const rentPaid: Record<LabId, number> = {};
  const models: GameFacts['models'] = [];
  for (const report of state.reports) {
    for (const lab of report.labs) {
      for (const note of lab.notes) {
        if (note.code !== 'chipsArrived' && note.code !== 'greyChipsArrived') continue;
        const chip = String(note.params['chip']);
        const bought = (chipsBought[lab.lab] ??= {});
        bought[chip] = (bought[chip] ?? 0) + Number(note.params['units']);
      }
      for (const item of lab.lineItems) if (item.kind === 'rent') rentPaid[lab.lab] = (rentPaid[lab.lab] ?? 0) - item.amount;
    }
    for (const news of report.news) {
      if (news.code !== 'openRelease' && news.code !== 'closedRelease') continue;
      models.push({ lab: String(news.params['lab']), quarter: report.quarter, capability: Number(news.params['capability']), open: news.code === 'openRelease' });
    }
  }
  return { fired: state.firedEvents.map((f) => ({ ...f })), chipsBought, rentPaid, models };
}

const median = (values: readonly number[]): number => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const pct = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;
const money = (x: number) => (Math.abs(x) >= 1e9 ? `$${(x / 1e9).toFixed(1)}B` : `$${(x / 1e6).toFixed(0)}M`);
const round1 = (x: number) => (Number.isNaN(x) ? '-' : String(Math.round(x * 10) / 10));

/** The report over every game played: events, choices, purchases and training, in the scenario's own order. */
export function authorReport(scenario: Scenario, games: readonly GameFacts[], overrides: Record<LabId, string> = {}): string {
  const n = games.length;
  const lines = [`Author report over ${n} games (every lab on its bot)`, '', 'Events: in how many games each fired, its first quarter (median, earliest..latest), whom it hit'];
  for (const event of scenario.events) {
    const perGame = games.map((g) => g.fired.filter((f) => f.event === event.id));
    const firedIn = perGame.filter((list) => list.length > 0);
    if (firedIn.length === 0) {
      lines.push(`  ${event.id}: never fired${event.quarter !== undefined ? ` (scheduled for quarter ${event.quarter}: its conditions never held then)` : ': its conditions never all held, or its chance never came up'}`);
      continue;
    }
    const firsts = firedIn.map((list) => Math.min(...list.map((f) => f.quarter)));
    const labs = new Map<string, number>();
    for (const list of perGame) for (const f of list) if (f.lab) labs.set(f.lab, (labs.get(f.lab) ?? 0) + 1);
    const hit = [...labs.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([lab, times]) => `${lab} ${times}`).join(', ');
    lines.push(`  ${event.id}: ${pct(firedIn.length, n)} of games, quarter ${round1(median(firsts))} (${Math.min(...firsts)}..${Math.max(...firsts)})${hit ? `; hit ${hit}` : ''}`);
    if (event.choices.length > 0) {
      const taken = event.choices.map((c) => `${c.id} ${perGame.flat().filter((f) => f.choice === c.id).length}`).join(', ');
      const open = perGame.flat().filter((f) => f.choice === undefined).length;
      lines.push(`    choices taken: ${taken}${open > 0 ? `, unanswered at the end ${open}` : ''}`);
    }
  }
  lines.push('', 'Labs: chips delivered and rent paid per game (median), models finished per game (median), best capability trained (median), first model (median quarter)');
  for (const lab of scenario.labs) {
    const chips = scenario.chips.map((chip) => ({ chip: chip.id, units: median(games.map((g) => g.chipsBought[lab.id]?.[chip.id] ?? 0)) })).filter((c) => c.units > 0);
    const bought = chips.length > 0 ? chips.map((c) => `${c.chip} ${Math.round(c.units)}`).join(', ') : 'no chips';
    const rent = median(games.map((g) => g.rentPaid[lab.id] ?? 0));
    const own = games.map((g) => g.models.filter((m) => m.lab === lab.id));
    const count = median(own.map((list) => list.length));
    const best = own.filter((list) => list.length > 0).map((list) => Math.max(...list.map((m) => m.capability)));
    const first = own.filter((list) => list.length > 0).map((list) => list[0]!.quarter);
    const open = own.flat().filter((m) => m.open).length;
    const trained = best.length === 0
      ? 'trained nothing'
      : `${round1(count)} models (${pct(best.length, n)} of games; ${pct(open, own.flat().length)} open), best ${round1(median(best))}, first in quarter ${round1(median(first))}`;
    lines.push(`  ${lab.id} (${Object.hasOwn(overrides, lab.id) ? overrides[lab.id] : lab.strategy}): ${bought}; rent ${money(rent)}; ${trained}`);
  }
  return lines.join('\n');
}
