// The guide's worked examples of the policy expressions (public/examples/guide): each is shown verbatim in
// scenarios/README.md, loads with no problem, plays to its end with every seat on a bot, and does what the guide says.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerEvent, applyAction, createGame, endQuarter, type GameState, type Scenario } from '../../src/engine';
import { loadScenario } from '../../src/scenario/load';
import { formatProblem } from '../../src/scenario/problems';
import { shippedOptions } from '../../src/scenario/shipped';

const folder = 'public/examples/guide';
const guide = readFileSync('scenarios/README.md', 'utf8');
const files = readdirSync(folder).filter((f) => f.endsWith('.json')).sort();

function load(file: string): Scenario {
  const result = loadScenario(readFileSync(`${folder}/${file}`, 'utf8'), file, shippedOptions);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.scenario;
}

/** Plays to the end with every seat on its bot. */
function play(scenario: Scenario, seed: string): GameState {
  const seats = Object.fromEntries(scenario.labs.map((lab) => [lab.id, { kind: 'bot' as const, strategy: lab.strategy }]));
  let state = createGame(scenario, { seed, seats });
  while (!state.over) state = endQuarter(state);
  return state;
}

const items = (state: GameState, lab: string, kind: string) =>
  state.reports.flatMap((r) => r.labs.filter((l) => l.lab === lab).flatMap((l) => l.lineItems.filter((i) => i.kind === kind).map((i) => ({ ...i, quarter: r.quarter }))));

describe('the guide\'s worked examples of policy questions', () => {
  it('there is one for each new expression', () => {
    expect(files).toEqual(['any-all-not.json', 'coding-agents.json', 'cost-timeline.json', 'earlier-choice.json', 'licensed-model.json', 'named-lab.json', 'tariffs.json']);
  });

  it.each(files)('%s is shown in the guide exactly as it ships, and loads with no error and no warning', (file) => {
    expect(guide).toContain(readFileSync(`${folder}/${file}`, 'utf8').trim());
    const result = loadScenario(readFileSync(`${folder}/${file}`, 'utf8'), file, shippedOptions);
    expect(result.ok ? result.warnings.map(formatProblem) : result.problems.map(formatProblem)).toEqual([]);
  });

  it.each(files)('%s plays to its end with every seat on a bot, on two seeds', (file) => {
    const scenario = load(file);
    for (const seed of ['guide-1', 'guide-2']) {
      const state = play(scenario, seed);
      expect(state.quarter).toBe(scenario.quarters);
    }
  });

  it('any/all/not: the grant goes exactly to the labs at the frontier or small and clean in its quarter', () => {
    const scenario = load('any-all-not.json');
    const seats = Object.fromEntries(scenario.labs.map((lab) => [lab.id, { kind: 'bot' as const, strategy: lab.strategy }]));
    let state = createGame(scenario, { seed: 'guide-1', seats });
    while (state.quarter < 3) state = endQuarter(state);
    // The conditions are read at the end of quarter 3, after its markets and rounds: as the lab stands then.
    const before = state;
    state = endQuarter(state);
    const granted = state.firedEvents.filter((f) => f.event === 'frontier-or-frugal').map((f) => f.lab).sort();
    expect(granted.length).toBeGreaterThan(0);
    for (const lab of state.labs) {
      const got = items(state, lab.id, 'grant').some((i) => i.quarter === 3 && i.amount === 30_000_000);
      expect(got).toBe(granted.includes(lab.id));
    }
    expect(before.firedEvents.some((f) => f.event === 'frontier-or-frugal')).toBe(false);
  });

  it('labIs: the outage hits Meridian and no one else', () => {
    const state = play(load('named-lab.json'), 'guide-1');
    expect(state.firedEvents.filter((f) => f.event === 'meridian-outage')).toEqual([{ event: 'meridian-outage', quarter: 1, lab: 'meridian' }]);
    const outage = (lab: string) => items(state, lab, 'expense').filter((i) => i.detail === 'meridian-outage').map((i) => i.amount);
    expect(outage('meridian')).toEqual([-20_000_000]);
    expect(outage('lantern')).toEqual([]);
  });

  it('choseEarlier: the sequel comes to a lab exactly when it accepted the partner\'s stake', () => {
    const scenario = load('earlier-choice.json');
    // Lantern is a person's lab that answers as told (a person's lab left to itself takes the first choice, "decline").
    const seats = { lantern: { kind: 'human' as const }, meridian: { kind: 'bot' as const, strategy: 'frontier' as const } };
    let accepted = 0;
    for (const [seed, answer] of [['guide-1', 'accept'], ['guide-2', 'decline'], ['guide-3', 'accept'], ['guide-4', undefined]] as const) {
      let state = createGame(scenario, { seed, seats });
      while (!state.over) {
        // Where given, Lantern answers so when offered the stake; otherwise it leaves the question unanswered.
        for (const lab of state.labs) {
          if (answer && lab.id === 'lantern' && lab.pendingChoices.includes('cloud-partner')) {
            const result = applyAction(state, answerEvent(lab.id, 'cloud-partner', answer));
            if (!result.ok) throw new Error(result.reason);
            state = result.state;
          }
        }
        state = endQuarter(state);
      }
      for (const lab of state.labs) {
        const chose = state.firedEvents.some((f) => f.event === 'cloud-partner' && f.lab === lab.id && f.choice === 'accept');
        const sequel = state.firedEvents.filter((f) => f.event === 'partner-exclusive' && f.lab === lab.id);
        if (chose) accepted += 1;
        if (chose && lab.alive) expect(sequel.length).toBe(1);
        if (!chose) expect(sequel).toEqual([]);
        for (const s of sequel) expect(s.quarter).toBeGreaterThanOrEqual(4);
      }
    }
    expect(accepted).toBeGreaterThan(0);
  });

  it('tariffs: Chinese labs pay a quarter on top for American chips they buy, never on Chinese chips, and American labs pay none', () => {
    const scenario = load('tariffs.json');
    const state = play(scenario, 'guide-1');
    const madeIn = (chip: string | undefined) => scenario.chips.find((c) => c.id === chip)?.madeIn;
    const chinese = scenario.labs.filter((l) => l.region === 'cn').map((l) => l.id);
    let taxed = 0;
    for (const lab of scenario.labs) {
      const duties = items(state, lab.id, 'tariff');
      if (lab.region !== 'cn') expect(duties).toEqual([]);
      for (const duty of duties.filter((d) => d.detail !== 'rented')) {
        expect(madeIn(duty.detail)).toBe('us');
        // The duty paid when ordering is a quarter of the list price paid for the same chips that quarter.
        const list = items(state, lab.id, 'chipPurchase').filter((p) => p.quarter === duty.quarter && p.detail === duty.detail && p.amount < 0).reduce((a, p) => a + p.amount, 0);
        if (duty.amount < 0) expect(duty.amount / list).toBeCloseTo(0.25, 9);
        taxed += 1;
      }
      for (const duty of duties.filter((d) => d.detail === 'rented')) expect(duty.quarter).toBeGreaterThanOrEqual(5);
    }
    expect(chinese.length).toBeGreaterThan(0);
    expect(taxed).toBeGreaterThan(0);
  });

  it('cost timeline: the news says when pay and power change, and the salary bill follows the new pay', () => {
    const scenario = load('cost-timeline.json');
    const state = play(scenario, 'guide-1');
    const news = state.reports.flatMap((r) => r.news.filter((n) => n.code !== 'event').map((n) => ({ quarter: r.quarter, ...n })));
    expect(news).toEqual(expect.arrayContaining([
      { quarter: 2, code: 'researcherPayChanged', params: { region: 'us', cost: 1_200_000 } },
      { quarter: 4, code: 'powerPriceChanged', params: { region: 'us', perKwh: 0.15 } },
    ]));
    // With no talent-market effect (researchers no more than at the start), a quarter's pay is the timeline's.
    const flat = { ...scenario, world: { ...scenario.world, talentElasticity: 0 } };
    const seats = Object.fromEntries(flat.labs.map((lab) => [lab.id, { kind: 'bot' as const, strategy: 'idle' as const }]));
    let idle = createGame(flat, { seed: 'guide-1', seats });
    const pay: number[] = [];
    while (!idle.over) {
      const lab = idle.labs.find((l) => l.id === 'meridian')!;
      const team = { researchers: lab.researchers, engineers: lab.engineers };
      idle = endQuarter(idle);
      const salaries = -idle.reports.at(-1)!.labs.find((l) => l.lab === 'meridian')!.lineItems.find((i) => i.kind === 'salaries')!.amount;
      pay.push((salaries - (team.engineers * 450_000) / 4) / team.researchers);
    }
    expect(pay[1]).toBeCloseTo(900_000 / 4, 6);
    expect(pay[2]).toBeCloseTo(1_200_000 / 4, 6);
    expect(pay[7]).toBeCloseTo(1_200_000 / 4, 6);
  });

  it('licensed model: Lantern serves it from the start and pays Meridian 15% of its product revenue each quarter it does', () => {
    const state = play(load('licensed-model.json'), 'guide-1');
    const first = state.reports[0]!;
    const lantern = first.labs.find((l) => l.lab === 'lantern')!;
    const revenue = lantern.lineItems.filter((i) => i.kind === 'revenue').reduce((a, i) => a + i.amount, 0);
    const royalty = lantern.lineItems.filter((i) => i.kind === 'royalty');
    expect(revenue).toBeGreaterThan(0);
    expect(royalty).toEqual([{ kind: 'royalty', amount: -0.15 * revenue, detail: 'meridian' }]);
    expect(first.labs.find((l) => l.lab === 'meridian')!.lineItems.filter((i) => i.kind === 'royalty')).toEqual([{ kind: 'royalty', amount: 0.15 * revenue, detail: 'lantern' }]);
    expect(lantern.notes.map((n) => n.code)).toContain('royaltyPaid');
    // The licensed model is not Lantern's own work: it never counts as a model Lantern trained.
    expect(state.models.find((m) => m.id === 'lantern-licensed')?.lab).toBe('outside');
  });

  it('coding agents: every quarter\'s report lists the new market, and labs on API strategies sell in it at their own prices', () => {
    const scenario = load('coding-agents.json');
    const state = play(scenario, 'guide-1');
    for (const report of state.reports) {
      expect(report.markets.filter((m) => m.segment === 'coding-agents').map((m) => m.region)).toEqual(['us', 'row']);
    }
    const earned = (lab: string) => state.reports.reduce((a, r) => a + (r.labs.find((l) => l.lab === lab)?.products.find((p) => p.product === 'coding-agents')?.revenue ?? 0), 0);
    // Aurelia plays efficient-open and Monolith cloud-platform: neither launches apps, both sell tokens.
    expect(scenario.labs.filter((l) => ['aurelia', 'monolith'].includes(l.id)).map((l) => l.strategy)).toEqual(['cloud-platform', 'efficient-open']);
    expect(earned('aurelia')).toBeGreaterThan(0);
    expect(earned('monolith')).toBeGreaterThan(0);
    // Keel starts at the price the file gives it; the others at the segment's reference price.
    const start = createGame(scenario, { seed: 'guide-1' });
    expect(start.labs.map((l) => l.prices['coding-agents'])).toEqual(scenario.labs.map((l) => (l.id === 'keel' ? 4 : 6)));
  });
});
