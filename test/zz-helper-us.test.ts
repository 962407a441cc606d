// TEMPORARY helper (to be deleted): prints bot playthroughs of a scenario.
import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { applyAction, createGame, endQuarter, type Action, type GameState } from '../src/engine';
import { loadScenario } from '../src/scenario/load';
import { shippedOptions } from '../src/scenario/shipped';
import { formatProblem } from '../src/scenario/problems';

const file = process.env.SCEN_FILE ?? 'scenarios/us-2025.json';
const mode = process.env.PLAYER_MODE ?? 'bot';
const seeds = (process.env.SEEDS ?? 's1,s2,s3,s4,s5').split(',');
const B = (x: number) => (x / 1e9).toFixed(2);

function act(state: GameState, a: Action): GameState {
  const r = applyAction(state, a);
  return r.ok ? r.state : state;
}

it('prints playthroughs', () => {
  const result = loadScenario(readFileSync(file, 'utf8'), file, shippedOptions);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  for (const w of result.warnings) console.log('WARN', formatProblem(w));
  const scenario = result.scenario;
  const player = scenario.playerLab;
  const seats = Object.fromEntries(scenario.labs.map((lab) => [lab.id, { kind: 'bot' as const, strategy: lab.strategy }]));
  const lines: string[] = [];
  for (const seed of seeds) {
    let state = createGame(scenario, { seed, seats });
    for (let q = 0; q < scenario.quarters && !state.over; q += 1) {
      const me = state.labs.find((l) => l.id === player)!;
      if (me.alive && mode !== 'bot') {
        for (const ev of me.pendingChoices) {
          if (mode.includes('accept')) state = act(state, { type: 'answerEvent', lab: player, event: ev, choice: 'accept' });
        }
        if (mode.includes('pivot')) {
          const open = state.models.filter((m) => m.open).sort((a, b) => b.capability - a.capability)[0];
          if (open && me.productModel !== open.id) state = act(state, { type: 'useModel', lab: player, model: open.id });
          if (q === 0) state = act(state, { type: 'setSplit', lab: player, training: 0, inference: 95, research: 5 });
          for (const v of scenario.verticals) state = act(state, { type: 'buildVertical', lab: player, vertical: v.id });
          if (q === 0 && mode.includes('rent')) state = act(state, { type: 'setRental', lab: player, chip: process.env.RENT_CHIP ?? 'h800', region: process.env.RENT_REGION ?? 'cn', units: Number(process.env.RENT_UNITS ?? 300) });
        }
      }
      state = endQuarter(state);
      if (seed === seeds[0]) {
        const rep = state.reports.at(-1)!;
        const parts = state.labs.map((l) => {
          const r = rep.labs.find((x) => x.lab === l.id);
          if (!r) return `${l.id}:OUT`;
          const rev = r.lineItems.filter((i) => i.kind === 'revenue').reduce((a, i) => a + i.amount, 0);
          const cost = r.lineItems.filter((i) => i.amount < 0 && i.kind !== 'chipPurchase').reduce((a, i) => a + i.amount, 0);
          const capex = r.lineItems.filter((i) => i.kind === 'chipPurchase').reduce((a, i) => a + i.amount, 0);
          return `${l.id}: c${B(r.cashEnd)} rev${B(rev)} opex${B(-cost)} capex${B(-capex)} lost${B(r.lostToCapacity)} cap${r.capabilityAfter.toFixed(0)}`;
        });
        lines.push(`q${q} ${parts.join(' | ')}`);
        const news = rep.news.filter((n) => n.code !== 'closedRelease').map((n) => `${n.code}:${JSON.stringify(n.params)}`);
        if (news.length) lines.push(`   news ${news.join(' ')}`);
        const api = rep.markets.filter((m) => m.segment === 'api' || m.segment.startsWith('vertical')).map((m) => `${m.region}/${m.segment} ${B(m.spend)} ${Object.entries(m.shares).map(([k, v]) => `${k}=${(v * 100).toFixed(0)}`).join(',')}`);
        lines.push(`   mk ${api.join(' ; ')}`);
      }
    }
    lines.push(`== seed ${seed}`);
    for (const l of state.labs) {
      const best = state.models.filter((m) => m.lab === l.id).reduce((a, m) => Math.max(a, m.capability), 0);
      lines.push(`  ${l.id.padEnd(12)} ${l.alive ? 'alive' : `${l.exitReason}@q${l.exitQuarter}${l.acquiredBy ? ' by ' + l.acquiredBy : ''}`} cash ${B(l.cash)}B cap ${best.toFixed(1)} val ${B(l.valuation)}B equity ${l.equity.toFixed(3)} R${l.researchers} E${l.engineers} chips ${JSON.stringify(l.chips)}`);
    }
    lines.push(`  events: ${state.firedEvents.map((f) => `${f.event}${f.lab ? '/' + f.lab : ''}${f.choice ? '=' + f.choice : ''}@${f.quarter}`).join(' ')}`);
  }
  console.log(lines.join('\n'));
});
