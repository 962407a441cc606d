import { debtOf, formulaBusinessValue, PREMIUM_REVENUE_MULTIPLE, valuationPartsAtQuarterEnd, type GameState, type Lab, type ValuationParts } from '../engine';
import { money, percent, sentences, t } from '../i18n';
import { h } from './dom';
import { regionName } from './scenario-text';

export interface ValuationLine {
  label: string;
  amount: number;
  total?: boolean;
}

/** The report's account of investors' estimate in words and amounts (what they pay for, the appetite in it), and the last round beside it. */
export function valuationLines(game: GameState, lab: Lab): { rows: ValuationLine[]; note: string } | null {
  if (!lab.alive) return null;
  const parts = valuationPartsAtQuarterEnd(game, lab);
  const region = regionName(game.scenario, lab.region);
  const multiple = game.scenario.world.revenueMultiple;
  const growth = parts.growthFactor.toFixed(2);
  const revenueParams = { quarterly: money(parts.annualRevenue / 4), annual: money(parts.annualRevenue), margin: percent(parts.grossMargin), multiple, growth };
  const revenue = parts.annualRevenue <= 0 ? t('report.valuation.noRevenue')
    : Math.abs(parts.growthFactor - 1) < 0.005 ? t('report.valuation.revenue', revenueParams)
      : t(parts.growthFactor > 1 ? 'report.valuation.revenueGrew' : 'report.valuation.revenueFell', revenueParams);
  const rows: ValuationLine[] = [
    { label: debtOf(lab) > 0 ? t('report.valuation.assetsLessDebt', { debt: money(debtOf(lab)) }) : t('report.valuation.assets'), amount: parts.netAssets },
    { label: revenue, amount: parts.appetite * parts.revenueValue },
  ];
  if (parts.layer === 'foundation') rows.push({ label: premiumLabel(lab, parts), amount: parts.appetite * parts.rankedValue });
  // The premium stands on revenue: what the rank would earn beyond PREMIUM_REVENUE_MULTIPLE × the past year's revenue is held back.
  if (parts.layer === 'foundation' && parts.premiumCap !== null) {
    const params = { multiple: PREMIUM_REVENUE_MULTIPLE, revenue: money(parts.yearRevenue ?? 0), cap: money(parts.appetite * parts.premiumCap) };
    rows.push({ label: t('report.valuation.premiumCapped', params), amount: parts.appetite * (parts.capabilityValue - parts.rankedValue) });
  }
  // Investors revise toward their formula at most twofold a quarter: the gap is shown, so the rows add up.
  const caution = lab.estimate - parts.netAssets - formulaBusinessValue(parts);
  if (Math.abs(caution) >= 1e-9 * Math.max(1, lab.estimate)) rows.push({ label: t(caution < 0 ? 'report.valuation.notYetBelieved' : 'report.valuation.slowToMarkDown'), amount: caution });
  rows.push({ label: t('report.valuation.total'), amount: lab.estimate, total: true });
  rows.push({ label: t('report.valuation.lastRound'), amount: lab.valuation });
  const note = parts.layer === 'foundation'
    ? t('report.valuation.appetiteModels', { region, appetite: percent(parts.appetite) })
    : parts.layer === 'infrastructure' ? t('report.valuation.appetiteInfrastructure', { region, appetite: percent(parts.appetite) })
      : t(lab.productModel ? 'report.valuation.appetiteOnOpenModel' : 'report.valuation.appetiteApplications', { region, appetite: percent(parts.appetite) });
  return { rows, note: sentences(note, t('report.valuation.lastRoundNote')) };
}

function premiumLabel(lab: Lab, parts: ValuationParts): string {
  if (parts.rank === null || parts.ownCapability === null) return t(lab.run ? 'report.valuation.firstModelTraining' : 'report.valuation.noModel');
  const params = { own: parts.ownCapability.toFixed(1), rank: parts.rank, ahead: parts.rank - 1, outside: parts.outsideAhead, top: money(parts.frontierValue) };
  if (parts.rank === 1) return t('report.valuation.rankFirst', params);
  return t(parts.outsideAhead > 0 ? 'report.valuation.rankBehindOutside' : 'report.valuation.rankBehind', params);
}

export function valuationTable(game: GameState, lab: Lab): HTMLElement | null {
  const lines = valuationLines(game, lab);
  if (!lines) return null;
  return h('div', { class: 'valuation' },
    h('table', { class: 'books' },
      h('caption', {}, t('report.valuation.heading')),
      h('tbody', {}, ...lines.rows.map((row) => h('tr', { class: row.total ? 'total' : '' }, h('th', { scope: 'row' }, row.label), h('td', {}, money(row.amount)))))),
    h('p', { class: 'muted' }, lines.note));
}
