import { valuationPartsAtQuarterEnd, type GameState, type Lab } from '../engine';
import { money, percent, t } from '../i18n';
import { h } from './dom';

/** The report's account of the valuation: what investors paid for (cash and chips, revenue, the frontier premium) and the appetite that scales it. */
export function valuationTable(game: GameState, lab: Lab): HTMLElement | null {
  if (!lab.alive) return null;
  const parts = valuationPartsAtQuarterEnd(game, lab);
  const row = (label: string, amount: number, cls = '') => h('tr', { class: cls }, h('th', { scope: 'row' }, label), h('td', {}, money(amount)));
  const multiple = game.scenario.world.revenueMultiple;
  const revenue = Math.abs(parts.growthFactor - 1) < 0.005
    ? t('report.valuation.revenue', { revenue: money(parts.annualRevenue), multiple })
    : t('report.valuation.revenueGrowing', { revenue: money(parts.annualRevenue), multiple, growth: parts.growthFactor.toFixed(2) });
  const behind = parts.ownCapability === null ? 0 : parts.frontierCapability - parts.ownCapability;
  // The frontier may be the outside trend: labs beyond the game's own.
  const outside = game.models.every((m) => m.capability < parts.frontierCapability);
  const premium = parts.ownCapability === null
    ? t(parts.layer === 'applications' ? 'report.valuation.noPremiumApplications' : 'report.valuation.noModel')
    : behind < 0.05
      ? t('report.valuation.atFrontier', { own: parts.ownCapability.toFixed(1) })
      : t(outside ? 'report.valuation.behindOutside' : 'report.valuation.behind', { own: parts.ownCapability.toFixed(1), top: parts.frontierCapability.toFixed(1), behind: behind.toFixed(1) });
  const region = game.scenario.regions.find((r) => r.id === lab.region)?.name ?? lab.region;
  return h('div', { class: 'valuation' },
    h('table', { class: 'books' },
      h('caption', {}, t('report.valuation.heading')),
      h('tbody', {},
        row(t('report.valuation.assets'), parts.netAssets),
        row(revenue, parts.appetite * parts.revenueValue),
        row(premium, parts.appetite * parts.capabilityValue),
        row(t('report.valuation.total'), lab.valuation, 'total'))),
    h('p', { class: 'muted' }, t(parts.layer === 'foundation' ? 'report.valuation.appetiteModels' : 'report.valuation.appetiteApplications', { region, appetite: percent(parts.appetite) })));
}
