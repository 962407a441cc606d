// A scenario's player-facing text in the current language: the shipped translation where one exists for the text
// on screen, the scenario's own words otherwise. Only views read it; the engine and the hash see the file alone.
import { segmentRules, type Scenario, type EventDef } from '../engine';
import { getLanguage, t, type MessageKey } from '../i18n';
import { translatedText } from '../scenario/shipped-text';
import type { SourceNote } from '../scenario/sources';

type Named = { id: string; name: string };
type ListName = 'regions' | 'labs' | 'chips' | 'techniques' | 'verticals';

/** The text at `key` of the scenario in the current language, or `own` (the scenario's text) when there is none. */
export function scenarioText(scenario: Pick<Scenario, 'id'>, key: string, own: string): string {
  return translatedText(scenario.id, getLanguage(), key, own);
}

export const scenarioTitle = (scenario: Scenario): string => scenarioText(scenario, 'title', scenario.title);
export const scenarioPremise = (scenario: Scenario): string => scenarioText(scenario, 'premise', scenario.premise);
export const teachingGoals = (scenario: Scenario): string[] => scenario.teachingGoals.map((goal, i) => scenarioText(scenario, `teachingGoals[${i}]`, goal));

/** The name of a region, lab, chip, technique or vertical as players read it. */
export function nameIn(scenario: Scenario, list: ListName, item: Named): string {
  return scenarioText(scenario, `${list}[${item.id}].name`, item.name);
}

/** A buyer segment's name by id, as players read it (the id itself when the scenario has no such segment). */
export function segmentName(scenario: Scenario, id: string): string {
  const rules = segmentRules(scenario, id);
  return rules ? scenarioText(scenario, `segments.${id}.name`, rules.name) : id;
}

/** A region's name by id (the id itself when the scenario has no such region). */
export function regionName(scenario: Scenario, id: string): string {
  const region = scenario.regions.find((r) => r.id === id);
  return region ? nameIn(scenario, 'regions', region) : id;
}

export interface EventText {
  headline: string;
  body: string;
  teachingNote: string;
  choice: (id: string) => string;
}

export function eventText(scenario: Scenario, event: EventDef): EventText {
  const at = `events[${event.id}]`;
  return {
    headline: scenarioText(scenario, `${at}.headline`, event.headline),
    body: scenarioText(scenario, `${at}.body`, event.body),
    teachingNote: scenarioText(scenario, `${at}.teachingNote`, event.teachingNote),
    choice: (id) => {
      const choice = event.choices.find((c) => c.id === id);
      return choice ? scenarioText(scenario, `${at}.choices[${id}].label`, choice.label) : id;
    },
  };
}

/** A source note in the current language; `key` is the sourced figure's key (see keyOfPath). */
export function sourceNoteText(scenario: Pick<Scenario, 'id'>, key: string, source: SourceNote): SourceNote {
  return {
    ...source,
    organisation: scenarioText(scenario, `${key}.source.organisation`, source.organisation),
    ...(source.note !== undefined ? { note: scenarioText(scenario, `${key}.source.note`, source.note) } : {}),
  };
}

/** The name of a chip, technique or vertical by id (the id itself when the scenario has none such). */
export function named(scenario: Scenario, list: 'chips' | 'techniques' | 'verticals', id: string): string {
  const item = (scenario[list] as readonly Named[]).find((x) => x.id === id);
  return item ? nameIn(scenario, list, item) : id;
}

/** An event's headline by id (the id itself when the scenario has no such event). */
export function eventHeadline(scenario: Scenario, id: string): string {
  const event = scenario.events.find((e) => e.id === id);
  return event ? eventText(scenario, event).headline : id;
}

/** A product of a lab's report by name: an industry's, a segment's, or the compute a cloud sells. */
export function productLabel(scenario: Scenario, product: string): string {
  if (product.startsWith('vertical:')) return named(scenario, 'verticals', product.slice('vertical:'.length));
  if (segmentRules(scenario, product)) return segmentName(scenario, product);
  return t(`report.segment.${product}` as MessageKey);
}
