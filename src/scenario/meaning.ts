// Second layer of checking: every reference in a well-shaped scenario points at something that exists.
import type { Scenario } from '../engine';
import type { Problem } from './problems';

export function checkMeaning(scenario: Scenario, file: string): Problem[] {
  const problems: Problem[] = [];
  const error = (path: string, message: string) => problems.push({ file, path, severity: 'error', message });
  const regionIds = new Set(scenario.regions.map((r) => r.id));
  const chipIds = new Set(scenario.chips.map((c) => c.id));
  const labIds = new Set(scenario.labs.map((l) => l.id));

  duplicates(scenario.regions.map((r) => r.id)).forEach((dup) => error('regions', `The region id "${dup}" is used twice.`));
  duplicates(scenario.chips.map((c) => c.id)).forEach((dup) => error('chips', `The chip id "${dup}" is used twice.`));
  duplicates(scenario.labs.map((l) => l.id)).forEach((dup) => error('labs', `The lab id "${dup}" is used twice.`));

  if (!labIds.has(scenario.playerLab)) error('playerLab', `There is no lab "${scenario.playerLab}" for the player to run.`);
  scenario.chips.forEach((chip, c) => {
    chip.availability.forEach((w, i) => {
      const path = `chips[${c}].availability[${i}]`;
      if (!regionIds.has(w.region)) error(`${path}.region`, `There is no region "${w.region}".`);
      if (w.from >= scenario.quarters) error(`${path}.from`, `Quarter ${w.from} is after the scenario's last quarter (${scenario.quarters - 1}).`);
      if (w.until !== undefined && w.until <= w.from) error(`${path}.until`, 'The window ends before it starts.');
    });
  });
  scenario.labs.forEach((lab, l) => {
    if (!regionIds.has(lab.region)) error(`labs[${l}].region`, `There is no region "${lab.region}".`);
    lab.salesRegions.forEach((r, i) => {
      if (!regionIds.has(r)) error(`labs[${l}].salesRegions[${i}]`, `There is no region "${r}".`);
    });
    Object.keys(lab.chips).forEach((chipId) => {
      if (!chipIds.has(chipId)) error(`labs[${l}].chips.${chipId}`, `There is no chip "${chipId}" in the catalogue.`);
    });
  });
  return problems;
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const dups = new Set<string>();
  for (const id of ids) (seen.has(id) ? dups : seen).add(id);
  return [...dups];
}
