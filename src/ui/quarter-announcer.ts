// The one live region of headquarters: after End quarter it says the quarter's result once (cash, revenue, what changed).
import { calendarOf, sumOf, type GameState } from '../engine';
import { money, sentences as joinSentences, t } from '../i18n';
import type { AppStore } from '../store/game-store';
import { h, type Panel } from './dom';
import { noteText } from './note-text';
import { playerLab } from '../store/game-store';

/** Notes read out after the figures; the report holds the rest. */
const NOTES_SPOKEN = 2;

const change = (now: number, before: number): string =>
  now > before ? t('announce.up', { amount: money(now - before) }) : now < before ? t('announce.down', { amount: money(before - now) }) : t('announce.same');

/** The sentence for the quarter just ended, or '' when no quarter has ended yet. */
export function quarterAnnouncement(game: GameState, labId: string): string {
  const last = game.reports.at(-1);
  const mine = last?.labs.find((l) => l.lab === labId);
  if (!last || !mine) return '';
  const before = game.reports.at(-2)?.labs.find((l) => l.lab === labId);
  const revenue = sumOf(mine.lineItems, 'revenue');
  const date = calendarOf(game.scenario.start, last.quarter);
  const sentences = [t('announce.quarter', {
    date: t('hq.date', { quarter: date.quarter, year: date.year }),
    cash: money(mine.cashEnd),
    cashChange: change(mine.cashEnd, mine.cashStart),
    revenue: money(revenue),
    revenueChange: before ? change(revenue, sumOf(before.lineItems, 'revenue')) : t('announce.firstRevenue'),
  })];
  const notes = mine.notes.slice(0, NOTES_SPOKEN).map((n) => noteText(game, n));
  if (notes.length > 0) sentences.push(t('announce.changed', { notes: joinSentences(...notes) }));
  if (game.over) sentences.push(t('announce.gameOver'));
  return joinSentences(...sentences);
}

/** Polite and atomic; its text changes only when a quarter ends, so moves within a quarter never make it speak. */
export function createQuarterAnnouncer(store: AppStore): Panel {
  const root = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true', id: 'quarter-result' });
  let quarter = store.getState().game?.quarter;
  const unsubscribe = store.subscribe((s) => s.game, (game) => {
    const lab = playerLab(store.getState());
    if (!game || !lab || game.quarter === quarter) return;
    const ended = quarter !== undefined && game.quarter > quarter;
    quarter = game.quarter;
    root.textContent = ended ? quarterAnnouncement(game, lab.id) : '';
  });
  return { root, destroy: () => { unsubscribe(); root.remove(); } };
}
