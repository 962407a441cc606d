// Actions on people: hiring (capped by reputation) and firing (with a quarter's pay as severance).
import { badCount, isCount, type Handler } from './handler';
import { record } from './ledger';
import { reject } from './reasons';
import type { ActionOf } from './actions';
import { hiringCap, salaryPerQuarter } from './talent';

const validRole = (role: unknown) => role === 'researchers' || role === 'engineers';

export const peopleHandlers: { hire: Handler<ActionOf<'hire'>>; fire: Handler<ActionOf<'fire'>> } = {
  hire: {
    validate(_state, lab, action) {
      if (!validRole(action.role)) return reject('unknownAction', { type: `hire ${String(action.role)}` });
      if (!isCount(action.count)) return badCount(action.count);
      const room = hiringCap(lab) - lab.hiredThisQuarter;
      if (action.count > room) return reject('hiringCap', { cap: Math.max(0, room) });
      return undefined;
    },
    apply(_state, lab, action) {
      lab[action.role] += action.count;
      lab.hiredThisQuarter += action.count;
    },
  },
  fire: {
    validate(state, lab, action) {
      if (!validRole(action.role)) return reject('unknownAction', { type: `fire ${String(action.role)}` });
      if (!isCount(action.count)) return badCount(action.count);
      if (action.count > lab[action.role]) return reject('notEnoughStaff', { role: action.role, count: lab[action.role] });
      const region = state.scenario.regions.find((r) => r.id === lab.region)!;
      const cost = action.count * salaryPerQuarter(state, region, action.role);
      if (cost > lab.cash) return reject('notEnoughCash', { cost, cash: lab.cash });
      return undefined;
    },
    apply(state, lab, action) {
      const region = state.scenario.regions.find((r) => r.id === lab.region)!;
      lab[action.role] -= action.count;
      record(lab, 'severance', -action.count * salaryPerQuarter(state, region, action.role), action.role);
    },
  },
};
