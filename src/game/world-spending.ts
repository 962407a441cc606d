// What buyers in a region spent last quarter, segment by segment, in words: for the world view's region panels
// and its summary for screen readers. No Phaser here, so it is tested in Node.
import { segmentIds, type GameState, type SegmentResult } from '../engine';
import { list, money, t } from '../i18n';
import { segmentName } from '../ui/scenario-text';

/**
 * A region's spending last quarter (its markets in the last report), and each segment's part where there is more than
 * one (industries together); `totalOnly` for a panel too narrow to list them.
 */
export function spendingLine(game: GameState, markets: readonly SegmentResult[], totalOnly = false): string {
  const spend = markets.reduce((a, m) => a + m.spend, 0);
  if (totalOnly) return t('world.spendingShort', { amount: money(spend) });
  const parts = segmentIds(game.scenario).flatMap((id) => {
    const market = markets.find((m) => m.segment === id);
    return market && market.spend > 0 ? [t('world.segmentSpend', { name: segmentName(game.scenario, id), amount: money(market.spend) })] : [];
  });
  const industries = markets.filter((m) => m.segment.startsWith('vertical:')).reduce((a, m) => a + m.spend, 0);
  if (industries > 0) parts.push(t('world.industriesSpend', { amount: money(industries) }));
  return parts.length > 1 ? t('world.spendingBySegment', { amount: money(spend), segments: list(parts) }) : t('world.spendingShort', { amount: money(spend) });
}
