// Second layer of checking: every reference in a well-shaped scenario points at something that exists.
import type { Scenario } from '../engine';
import type { Problem } from './problems';

export function checkMeaning(scenario: Scenario, file: string): Problem[] {
  const problems: Problem[] = [];
  const error = (path: string, message: string) => problems.push({ file, path, severity: 'error', message });
  const regionIds = new Set(scenario.regions.map((r) => r.id));
  const chipIds = new Set(scenario.chips.map((c) => c.id));
  const labIds = new Set(scenario.labs.map((l) => l.id));
  const techniqueIds = new Set(scenario.techniques.map((t) => t.id));

  duplicates(scenario.regions.map((r) => r.id)).forEach((dup) => error('regions', `The region id "${dup}" is used twice.`));
  duplicates(scenario.chips.map((c) => c.id)).forEach((dup) => error('chips', `The chip id "${dup}" is used twice.`));
  duplicates(scenario.labs.map((l) => l.id)).forEach((dup) => error('labs', `The lab id "${dup}" is used twice.`));

  const region = (path: string, id: string) => {
    if (!regionIds.has(id)) error(path, `There is no region "${id}".`);
  };
  const window = (path: string, w: { from: number; until?: number }) => {
    if (w.from >= scenario.quarters) error(`${path}.from`, `Quarter ${w.from} is after the scenario's last quarter (${scenario.quarters - 1}).`);
    if (w.until !== undefined && w.until <= w.from) error(`${path}.until`, 'The window ends before it starts.');
  };

  if (!labIds.has(scenario.playerLab)) error('playerLab', `There is no lab "${scenario.playerLab}" for the player to run.`);
  scenario.regions.forEach((r, i) => r.openTo.forEach((id, j) => region(`regions[${i}].openTo[${j}]`, id)));
  scenario.chips.forEach((chip, c) => {
    region(`chips[${c}].madeIn`, chip.madeIn);
    chip.sales.forEach((w, i) => {
      region(`chips[${c}].sales[${i}].region`, w.region);
      window(`chips[${c}].sales[${i}]`, w);
    });
    chip.rentals.forEach((w, i) => {
      region(`chips[${c}].rentals[${i}].region`, w.region);
      window(`chips[${c}].rentals[${i}]`, w);
    });
  });
  scenario.labs.forEach((lab, l) => {
    region(`labs[${l}].region`, lab.region);
    Object.keys(lab.chips).forEach((chipId) => {
      if (!chipIds.has(chipId)) error(`labs[${l}].chips.${chipId}`, `There is no chip "${chipId}" in the catalogue.`);
    });
    lab.techniques.forEach((tech, i) => {
      if (!techniqueIds.has(tech)) error(`labs[${l}].techniques[${i}]`, `There is no technique "${tech}".`);
    });
    lab.models.forEach((m, i) => {
      if (m.activeParams > m.totalParams) error(`labs[${l}].models[${i}].activeParams`, 'Active parameters cannot exceed total parameters.');
    });
  });
  scenario.verticals.forEach((v, i) => Object.keys(v.spend).forEach((r) => region(`verticals[${i}].spend.${r}`, r)));
  scenario.objectives.forEach((o, i) => {
    if (o.kind === 'topInRegion') region(`objectives[${i}].region`, o.region);
    if (o.kind === 'profitableBy' && o.quarter >= scenario.quarters) error(`objectives[${i}].quarter`, `Quarter ${o.quarter} is after the scenario's last quarter (${scenario.quarters - 1}).`);
  });
  scenario.appetite.forEach((a, i) => {
    region(`appetite[${i}].region`, a.region);
    if (a.from >= scenario.quarters) error(`appetite[${i}].from`, `Quarter ${a.from} is after the scenario's last quarter (${scenario.quarters - 1}).`);
  });
  return problems;
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dups = new Set<string>();
  for (const id of ids) (seen.has(id) ? dups : seen).add(id);
  return [...dups];
}
