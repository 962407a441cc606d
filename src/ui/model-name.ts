// The name suggested for a lab's next model: the next number in its series, never a name a model already has.

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "Vermilion 3" for a lab called Vermilion AI whose models so far are Vermilion 2 (a scenario may start a series
 * anywhere): one past the highest number in the series, or past the count of the lab's models, whichever is more.
 */
export function nextModelName(labName: string, ownModels: number, takenNames: readonly string[]): string {
  const series = labName.split(' ')[0] ?? labName;
  const numbered = new RegExp(`^${escape(series)} (\\d+)$`);
  const highest = Math.max(0, ...takenNames.map((name) => Number(numbered.exec(name)?.[1] ?? 0)));
  const taken = new Set(takenNames);
  let number = Math.max(ownModels, highest) + 1;
  while (taken.has(`${series} ${number}`)) number += 1;
  return `${series} ${number}`;
}
