// Second layer of checking: a well-shaped scenario must also make sense — every reference points at
// something that exists, dates fall inside the game, events can act on what they name, objectives can be met.
import { LAB_CONDITIONS, NOT_SEGMENT_IDS, WORLD_EFFECTS, type Condition, type Effect, type Scenario } from '../engine';
import { getLanguage, list, money, t, type MessageKey } from '../i18n';
import { formatPath, type Problem, type Severity } from './problems';
import { didYouMean } from './suggest';

type Path = (string | number)[];

/**
 * Every meaning problem of a well-shaped scenario. Lists may have holes where an item was not well shaped (the shape
 * check reports those); ids are then also taken from `raw`, the file as written, so nothing refers to a missing id.
 */
export function checkMeaning(scenario: Scenario, file: string, raw?: unknown): Problem[] {
  const problems: Problem[] = [];
  const report = (severity: Severity, path: Path, message: string) =>
    problems.push({ file, path: formatPath(path), pathKeys: path, severity, message });
  const error = (path: Path, message: string) => report('error', path, message);
  const warn = (path: Path, message: string) => report('warning', path, message);

  const written = (key: string): string[] => {
    const list = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)[key] : undefined;
    return Array.isArray(list) ? list.map((item) => (item as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string') : [];
  };
  const ids = {
    region: [...scenario.regions.filter(Boolean).map((r) => r.id), ...written('regions')],
    chip: [...scenario.chips.filter(Boolean).map((c) => c.id), ...written('chips')],
    lab: [...scenario.labs.filter(Boolean).map((l) => l.id), ...written('labs')],
    technique: [...scenario.techniques.filter(Boolean).map((technique) => technique.id), ...written('techniques')],
    vertical: [...scenario.verticals.filter(Boolean).map((v) => v.id), ...written('verticals')],
    segment: Object.keys(scenario.segments),
  };
  const exists = (kind: keyof typeof ids, path: Path, id: string) => {
    if (!ids[kind].includes(id)) error(path, t('check.noSuch', { kind: t(`check.kind.${kind}` as MessageKey), id, hint: didYouMean(id, ids[kind]) }));
  };
  const unique = (list: { id: string }[], listName: string) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) error([listName, i, 'id'], t('check.idTwice', { id: item.id, list: listName }));
      seen.add(item.id);
    });
  };
  const inGame = (path: Path, quarter: number) => {
    if (quarter >= scenario.quarters) error(path, t('check.afterLastQuarter', { quarter, last: scenario.quarters - 1 }));
  };
  const windows = (path: Path, list: { region: string; from: number; until?: number }[], what: 'sale' | 'rental') => {
    list.forEach((w, i) => {
      exists('region', [...path, i, 'region'], w.region);
      inGame([...path, i, 'from'], w.from);
      if (w.until !== undefined && w.until <= w.from) error([...path, i, 'until'], t('check.windowBackwards'));
      list.slice(0, i).forEach((other, j) => {
        const overlap = other.region === w.region && w.from < (other.until ?? Infinity) && other.from < (w.until ?? Infinity);
        if (overlap) warn([...path, i], t(what === 'sale' ? 'check.saleOverlap' : 'check.rentalOverlap', { region: w.region, entry: j }));
      });
    });
  };

  unique(scenario.regions, 'regions');
  unique(scenario.chips, 'chips');
  unique(scenario.labs, 'labs');
  unique(scenario.techniques, 'techniques');
  unique(scenario.verticals, 'verticals');
  unique(scenario.events, 'events');

  exists('lab', ['playerLab'], scenario.playerLab);
  scenario.regions.forEach((r, i) => {
    r.openTo.forEach((id, j) => exists('region', ['regions', i, 'openTo', j], id));
    for (const [segment, market] of Object.entries(r.markets)) {
      exists('segment', ['regions', i, 'markets', segment], segment);
      const shares = market.startingShares ?? {};
      const path = ['regions', i, 'markets', segment, 'startingShares'];
      Object.keys(shares).forEach((id) => exists('lab', [...path, id], id));
      const total = Object.values(shares).reduce((a, v) => a + v, 0);
      if (total > 1 + 1e-9) error(path, t('check.sharesOver', { percent: Math.round(total * 100) }));
    }
    if (!r.openTo.includes(r.id)) warn(['regions', i, 'openTo'], t('check.notOpenAtHome', { region: r.id }));
    if (r.cloudRentals) exists('chip', ['regions', i, 'cloudRentals', 'chip'], r.cloudRentals.chip);
    (r.tariffs ?? []).forEach((duty, j) => {
      const path = ['regions', i, 'tariffs', j];
      exists('region', [...path, 'madeIn'], duty.madeIn);
      if (duty.madeIn === r.id) warn([...path, 'madeIn'], t('check.dutyAtHome', { region: r.id }));
      if (duty.from !== undefined) inGame([...path, 'from'], duty.from);
      if (duty.until !== undefined && duty.until <= (duty.from ?? 0)) error([...path, 'until'], t('check.dutyBackwards'));
    });
    (r.costTimeline ?? []).forEach((change, j) => {
      const path = ['regions', i, 'costTimeline', j];
      inGame([...path, 'from'], change.from);
      if (change.researcherCostPerYear === undefined && change.engineerCostPerYear === undefined && change.powerPricePerKwh === undefined) {
        warn(path, t('check.costChangesNothing'));
      }
    });
  });
  scenario.chips.forEach((chip, c) => {
    exists('region', ['chips', c, 'madeIn'], chip.madeIn);
    windows(['chips', c, 'sales'], chip.sales, 'sale');
    windows(['chips', c, 'rentals'], chip.rentals, 'rental');
    chip.rentals.forEach((o, i) => o.renters?.forEach((r, j) => exists('region', ['chips', c, 'rentals', i, 'renters', j, 'region'], r.region)));
    const owned = scenario.labs.some((l) => (l.chips[chip.id] ?? 0) > 0);
    if (chip.sales.length === 0 && chip.rentals.length === 0 && !chip.greyMarket && !owned) {
      warn(['chips', c], t('check.chipUnreachable', { chip: chip.name }));
    }
  });
  scenario.labs.forEach((lab, l) => {
    exists('region', ['labs', l, 'region'], lab.region);
    Object.keys(lab.chips).forEach((id) => exists('chip', ['labs', l, 'chips', id], id));
    Object.keys(lab.prices).forEach((id) => exists('segment', ['labs', l, 'prices', id], id));
    lab.techniques.forEach((id, i) => exists('technique', ['labs', l, 'techniques', i], id));
    lab.models.forEach((m, i) => {
      if (m.activeParams > m.totalParams) error(['labs', l, 'models', i, 'activeParams'], t('check.activeOverTotal'));
    });
    if (lab.models.length === 0 && !lab.licensedModel && Object.keys(lab.chips).length === 0 && lab.cash === 0) warn(['labs', l], t('check.labEmpty', { lab: lab.name }));
    const licensed = lab.licensedModel;
    if (licensed) {
      const path = ['labs', l, 'licensedModel'];
      if (licensed.activeParams > licensed.totalParams) error([...path, 'activeParams'], t('check.activeOverTotal'));
      if (licensed.licensor !== undefined) {
        exists('lab', [...path, 'licensor'], licensed.licensor);
        if (licensed.licensor === lab.id) error([...path, 'licensor'], t('check.selfLicence', { lab: lab.name }));
      }
    }
  });
  for (const segment of ids.segment) {
    if (NOT_SEGMENT_IDS.includes(segment)) error(['segments', segment], t('check.segmentTaken', { id: segment }));
    else if (!scenario.regions.some((r) => r && Object.hasOwn(r.markets, segment))) warn(['segments', segment], t('check.segmentNoBuyers', { id: segment }));
  }
  scenario.verticals.forEach((v, i) => Object.keys(v.spend).forEach((r) => exists('region', ['verticals', i, 'spend', r], r)));
  Object.keys(scenario.enterprise.revenuePerEngineerByRegion ?? {}).forEach((r) => exists('region', ['enterprise', 'revenuePerEngineerByRegion', r], r));
  scenario.appetite.forEach((a, i) => {
    exists('region', ['appetite', i, 'region'], a.region);
    inGame(['appetite', i, 'from'], a.from);
  });
  scenario.events.forEach((event, e) => {
    if (event.quarter !== undefined) inGame(['events', e, 'quarter'], event.quarter);
    event.conditions.forEach((c, i) => checkCondition(c, ['events', e, 'conditions', i], event.target));
    event.effects.forEach((x, i) => checkEffect(x, ['events', e, 'effects', i], event.target));
    event.choices.forEach((choice, c) => choice.effects.forEach((x, i) => checkEffect(x, ['events', e, 'choices', c, 'effects', i], event.target)));
    if (event.target === 'world' && event.choices.length > 0) error(['events', e, 'choices'], t('check.worldQuestion'));
    if (event.choices.length === 1) warn(['events', e, 'choices'], t('check.oneAnswer'));
  });
  scenario.objectives.forEach((o, i) => {
    const path: Path = ['objectives', i];
    if (o.kind === 'topInRegion') {
      exists('region', [...path, 'region'], o.region);
      const player = scenario.labs.find((l) => l?.id === scenario.playerLab);
      if (player && ids.region.includes(o.region) && player.region !== o.region) {
        error([...path, 'region'], t('check.playerElsewhere', { lab: player.name, home: player.region, region: o.region }));
      }
      const count = scenario.labs.filter((l) => l.region === o.region).length;
      if (o.rank > count) warn([...path, 'rank'], t('check.rankTooFew', { count, region: o.region }));
    }
    if (o.kind === 'profitableBy') inGame([...path, 'quarter'], o.quarter);
    if (o.kind === 'capability') {
      const reach = scenario.world.frontierStart + scenario.world.frontierGainPerQuarter * scenario.quarters + 20;
      if (o.points > reach) error([...path, 'points'], t('check.capabilityReach', { points: o.points, reach: Math.round(reach - 20) }));
    }
    if (o.kind === 'valuation') {
      const reach = valuationReach(scenario);
      if (o.amount > reach) error([...path, 'amount'], t('check.valuationReach', { amount: dollars(o.amount), reach: dollars(reach) }));
    }
  });
  return problems;

  function checkCondition(c: Condition, path: Path, target: 'world' | 'labs') {
    if (target === 'world' && LAB_CONDITIONS.includes(c.kind)) error([...path, 'kind'], t('check.labConditionOnWorld', { kind: c.kind }));
    if ('region' in c) exists('region', [...path, 'region'], c.region);
    if (c.kind === 'quarterAtLeast') inGame([...path, 'quarter'], c.quarter);
    if (c.kind === 'labIs') exists('lab', [...path, 'lab'], c.lab);
    if (c.kind === 'choseEarlier') checkChoice(c.event, c.choice, path);
    if (c.kind === 'any' || c.kind === 'all') c.conditions.forEach((inner, i) => checkCondition(inner, [...path, 'conditions', i], target));
    if (c.kind === 'not') checkCondition(c.condition, [...path, 'condition'], target);
    if ((c.kind === 'any' || c.kind === 'all') && c.conditions.length === 1) warn([...path, 'conditions'], t('check.singleCondition', { kind: c.kind }));
  }

  function checkChoice(eventId: string, choiceId: string, path: Path) {
    const events = scenario.events.filter(Boolean);
    const asked = events.find((e) => e.id === eventId);
    if (!asked) {
      error([...path, 'event'], t('check.noEvent', { id: eventId, hint: didYouMean(eventId, events.map((e) => e.id)) }));
      return;
    }
    const choices = asked.choices.map((c) => c.id);
    if (choices.length === 0) error([...path, 'event'], t('check.noQuestion', { event: eventId }));
    else if (!choices.includes(choiceId)) error([...path, 'choice'], t('check.noChoice', { event: eventId, choice: choiceId, choices: quotedList(choices), hint: didYouMean(choiceId, choices) }));
  }

  function checkEffect(x: Effect, path: Path, target: 'world' | 'labs') {
    if (target === 'world' && !WORLD_EFFECTS.includes(x.kind)) error([...path, 'kind'], t('check.labEffectOnWorld', { kind: x.kind }));
    // A "labs" event is applied once for each lab it fits, so a world-wide change would be applied many times over.
    if (target === 'labs' && WORLD_EFFECTS.includes(x.kind)) {
      error([...path, 'kind'], t('check.worldEffectOnLabs', { kind: x.kind }));
    }
    if ('region' in x) exists('region', [...path, 'region'], x.region);
    if ('chip' in x) exists('chip', [...path, 'chip'], x.chip);
    if ('segment' in x) exists('segment', [...path, 'segment'], x.segment);
    if (x.kind === 'tariff') {
      exists('region', [...path, 'madeIn'], x.madeIn);
      if (x.madeIn === x.region) warn([...path, 'madeIn'], t('check.dutyAtHome', { region: x.region }));
    }
  }
}

/**
 * A generous ceiling on what any lab could be worth at the end: every lab's starting cash and chips, all the venture
 * money at the highest appetite, and investors' formula at its most generous (highest appetite and growth premium) on a
 * year of every buyer's spending at the end plus the frontier premium. A heuristic ceiling, not a proof: it catches
 * figures off by orders of magnitude (a $10T goal in a world whose buyers spend tens of billions a quarter).
 */
export function valuationReach(scenario: Scenario): number {
  const grown = (amount: number, growth: number) => amount * Math.pow(1 + Math.max(0, growth), scenario.quarters);
  const { world } = scenario;
  const assets = scenario.labs.reduce((sum, lab) => sum + lab.cash
    + Object.entries(lab.chips).reduce((s, [id, n]) => s + n * (scenario.chips.find((c) => c?.id === id)?.price ?? 0), 0), 0);
  let spending = 0;
  let venture = 0;
  for (const r of scenario.regions) {
    if (!r) continue;
    const buyers = Object.values(r.markets).reduce((s, m) => s + grown(m.spendPerQuarter, m.growthPerQuarter), 0);
    spending += buyers;
    venture += 2 * scenario.quarters * (r.ventureCapitalPerQuarter ?? 5 * buyers);
  }
  for (const v of scenario.verticals.filter(Boolean)) spending += Object.values(v.spend).reduce((s, x) => s + grown(x, v.growthPerQuarter), 0);
  const frontier = grown(world.frontierValue, world.frontierValueGrowthPerQuarter ?? 0);
  const MAX_APPETITE = 2;
  const MAX_GROWTH_PREMIUM = 2;
  const formula = MAX_APPETITE * (world.revenueMultiple * 4 * spending * MAX_GROWTH_PREMIUM + frontier);
  return assets + venture + spending * scenario.quarters + formula;
}

/** Names in quotes, in a row: "a", "b" in English; “a”、“b” in Chinese. */
export function quotedList(names: readonly string[]): string {
  const [open, close] = getLanguage() === 'zh-CN' ? ['“', '”'] : ['"', '"'];
  return list(names.map((name) => `${open}${name}${close}`));
}

/** Dollars to three figures ($1.25B) in English; other languages write money their own way (12.5亿美元). */
function dollars(amount: number): string {
  if (getLanguage() !== 'en') return money(amount);
  const units: [number, string][] = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M']];
  const [size, unit] = units.find(([u]) => amount >= u) ?? [1, ''];
  return `$${Number((amount / size).toPrecision(3))}${unit}`;
}
