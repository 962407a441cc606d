// The balance report as markdown: every target, met or not met, the player's trials, and how each figure is measured.
import { DESIGN_STRATEGIES } from '../../engine';
import { POLICIES } from './policies';
import { bestMedian, bestShares, type PlayerTrials } from './player';
import { salesSummary } from './sales';
import { median, money, pct, times } from './stats';
import type { Section, TargetRow } from './target';

export interface ReportInput {
  date: string;
  engineVersion: string;
  seeds: number;
  playerSeeds: number;
  workers: number;
  seconds: number;
  rows: TargetRow[];
  trials: PlayerTrials[];
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

function table(rows: readonly TargetRow[]): string[] {
  return [
    '| target | scenario | measured | seeds | met | why not |',
    '|---|---|---|---:|---|---|',
    ...rows.map((r) => `| ${cell(r.target)} | ${r.scenario} | ${cell(r.measured)} | ${r.seeds} | ${r.met ? 'met' : '**not met**'} | ${cell(r.why ?? '')} |`),
  ];
}

function trialsTable(t: PlayerTrials): string[] {
  const shares = bestShares(t.seats);
  const best = bestMedian(t.seats);
  const scored = (scores: readonly number[]) => `${money(median(scores))} | ${pct(scores.filter((s) => s > 0).length / scores.length)}`;
  return [
    `**${t.scenario}**: the player's lab on each strategy, and under each policy.`, '',
    '| player\'s lab plays | best in | median score | still in at the end | vs best strategy | what the lab sold (all seeds) |',
    '|---|---:|---:|---:|---:|---|',
    ...DESIGN_STRATEGIES.map((s) => `| ${s} | ${pct(shares[s])} | ${scored(t.seats[s]!)} | ${best.score > 0 ? times(median(t.seats[s]!) / best.score) : 'n/a'} | ${t.sales?.[s]?.length ? cell(salesSummary(t.sales[s]!)) : ''} |`),
    ...POLICIES.filter((p) => t.policies[p.id]).map((p) => `| policy: ${p.id} | | ${scored(t.policies[p.id]!)} | ${best.score > 0 ? times(median(t.policies[p.id]!) / best.score) : 'n/a'} | |`),
    '',
  ];
}

const METHOD = [
  '## How each target is measured', '',
  '- **Watched games.** Every shipped scenario is played with every lab a bot on its scenario strategy, quarter by quarter (createGame, then endQuarter), so each quarter\'s valuations and runs can be read. All figures are medians over the seeds unless a row says otherwise.',
  '- **The frontier player lab** is us-2025\'s `playerLab` on its scenario strategy. Its first four quarter reports give revenue (revenue line items), operating cash flow (every line item except funding and chip purchases, sales, licence fees and grey premiums), the operating result (operating cash flow less the chips\' depreciation; the game has no interest or tax, so this is also the net result), and API gross margin = (API revenue − API serving cost) / API revenue, from the report\'s `products`, per game.',
  `- **The tigers** are read from the scenario, not named in code: Chinese labs that start with less than $1B of cash (the tigers raised $0.3–1B each; a giant's AI arm starts with billions), are not on efficient-open, and are model makers when the game starts (the engine's rule: a model of the last four quarters within the scenario's margin of the best open model). ECONOMY.md's tigers are the independent model makers; a small Chinese lab that is not one at the start is left out of the judgement and its figures are shown beside the tigers' (the real case: 01.AI stopped pre-training in December 2024). **The DeepSeek stand-in** is the Chinese lab on efficient-open. Their books cover the scenario's first calendar year; each tiger's medians must be in range. A tiger out of range shows its gross margin over everything it sold: (product revenue − the cost of serving and delivering it) / product revenue, the median over the games in which it sold anything.`,
  '- **Valuation moves.** After each quarter, every lab still in the game: the move is max(after/before, before/after). A move is explained when the lab has a funding line item that quarter (a round, an emergency round or an investment closed) or an event fired that quarter aimed at the lab or the whole world. Per game the largest unexplained move; the target holds when the median game\'s is at most 3×. The first quarter counts: the start valuation is the engine\'s own mark at createGame.',
  '- **Largest round**: the largest single funding line item by a lab of the region in the game (US labs at most $60B, Chinese labs at most $3B, in every scenario that has such labs). **Highest valuation**: the highest quarter-end valuation of any lab in the game.',
  '- **The tutorial\'s lab**: its final valuation (0 if it left the game) over its valuation at the start.',
  '- **Largest training run of 2027**: runs are seen in progress at quarter ends and dated by the quarter they end in (a model or a failure). A run\'s cost is its required FLOP at the world\'s going rate for compute in the quarter it started (the engine\'s hostCostPerFlop: hostGpuHourPrice / hostEffectiveFlops / 3600, less servingCostDeclinePerQuarter each quarter), so it does not depend on whose books paid. A game with no run ending in 2027 counts $0. Judged in scenarios that reach 2027 and have a lab on the frontier strategy.',
  '- **Price of a fixed capability**: the capability of the best API offer buyers in the player\'s home region could buy at the start; each quarter, the cheapest API offer at or above it (labs\' APIs open to that region, and every open-weight model and its distilled versions at the hosts\' price, the engine\'s openOffers). The fall a year is (first price / last price)^(4 / quarters between).',
  '- **Five strategies**: the same seed played five times with the player\'s lab on each design strategy (every other lab on its own). A strategy is the best in a seed when its score (equity × valuation, 0 if out) is the highest alone; seeds where the top score is shared (usually all five out) count for none. A strategy is the best in a scenario when it is the best in the most seeds.',
  '- **What the lab sold** (the last column of each scenario\'s table, and the reason a strategy wins too often): over every seed of a strategy, the player\'s lab\'s revenue by product (the industries added up as one) as shares of the whole, products under 5% left out; and the share of the lab\'s quarters in which its API resold another lab\'s open weights (the quarter report\'s note that any host sells the same model).',
  '- **Scripted policies** play the player\'s lab as a person\'s seat. Unless a policy says "alone", the lab plays its scenario strategy every quarter, with the policy\'s actions applied first and the strategy\'s actions of the kinds the policy owns dropped (for example, one-cent prices drop the strategy\'s own price moves). Each policy\'s median score is compared with the best of the five strategies\' median scores on the same seeds. The `control` row plays the scenario strategy through the same harness: it should match that strategy\'s row.',
  '',
];

export function balanceReport(input: ReportInput): string {
  const met = input.rows.filter((r) => r.met).length;
  const sections: Section[] = ['Magnitudes', 'Balance for the player'];
  return [
    '# Balance report', '',
    `Generated by \`npm run balance\` on ${input.date} (engine ${input.engineVersion}): ${input.seeds} seeds per scenario for the magnitudes, ${input.playerSeeds} for the player's strategies and policies, on ${input.workers} worker${input.workers === 1 ? '' : 's'} in ${(input.seconds / 60).toFixed(1)} minutes.`,
    'The targets are the Magnitudes and Balance-for-the-player calibration targets of ECONOMY.md; the lessons (paired experiments) are in [lessons.md](lessons.md), written by `npm run lessons`. What was tried for the targets not met, and why it did not work, is in [balance-tried.md](balance-tried.md) (written by hand, each experiment with the command that reruns it).', '',
    `**${met} of ${input.rows.length} targets met; ${input.rows.length - met} not met.**`, '',
    ...sections.flatMap((section) => [`## ${section}`, '', ...table(input.rows.filter((r) => r.section === section)), '']),
    '## The player\'s lab, strategy by strategy', '',
    ...POLICIES.map((p) => `- \`${p.id}\`${p.base === 'alone' ? ' (alone)' : ''}: ${p.does}.`), '',
    ...input.trials.flatMap(trialsTable),
    ...METHOD,
  ].join('\n');
}
