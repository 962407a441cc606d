// Why things moved: a short reason for a lab's revenue change, for the quarterly report.
import { bestOpenModel } from './market';
import type { GameState, Lab, LabQuarterReport, Model } from './state-types';
import { capabilityOfLab, worldFrontier } from './training';

/** Revenue moves of less than this share are not explained. */
const NOTABLE = 0.1;
/** An open model this close to yours undercuts you at cost. */
const OPEN_FLOOR_GAP = 3;

export function explainRevenue(state: GameState, lab: Lab, report: LabQuarterReport, releases: readonly Model[]): void {
  const [before, now] = lab.revenueHistory.slice(-2);
  if (before === undefined || now === undefined || before <= 0) return;
  const change = (now - before) / before;
  const percent = Math.round(Math.abs(change) * 100);
  const own = capabilityOfLab(state, lab);
  if (change >= NOTABLE) {
    const mine = releases.find((m) => m.lab === lab.id);
    report.notes.push(mine
      ? { code: 'revenueRoseNewModel', params: { percent, model: mine.name } }
      : { code: 'revenueRose', params: { percent } });
    return;
  }
  if (change > -NOTABLE) return;
  const open = bestOpenModel(state.models);
  const rival = releases.filter((m) => m.lab !== lab.id && m.capability > own).sort((a, b) => b.capability - a.capability)[0];
  if (report.lostToCapacity > now) {
    report.notes.push({ code: 'revenueFellCapacity', params: { percent } });
  } else if (open && open.lab !== lab.id && open.capability >= own - OPEN_FLOOR_GAP) {
    report.notes.push({ code: 'revenueFellOpenFloor', params: { percent, model: open.name, capability: round1(open.capability), own: round1(own) } });
  } else if (rival) {
    report.notes.push({ code: 'revenueFellRival', params: { percent, model: rival.name, lab: rival.lab } });
  } else if (report.lostToCapacity > 0) {
    report.notes.push({ code: 'revenueFellCapacity', params: { percent } });
  } else {
    report.notes.push({ code: 'revenueFellFrontier', params: { percent, gap: round1(worldFrontier(state) - own) } });
  }
}

const round1 = (x: number) => Math.round(x * 10) / 10;
