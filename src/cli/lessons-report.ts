// The lessons report (test/bench/lessons.md): each story point's effect with its 95% interval, the target beside it,
// and sentences a teacher can quote, which say plainly when an effect is missing or goes the wrong way.
import { BOOTSTRAP_RESAMPLES, verdict } from '../engine/lesson-stats';
import type { Lessons } from '../engine/lesson-plan';
import type { PriceLesson, RotationLesson } from '../engine/lessons';
import { count, flop, labsOf, plural, judged, money, pct, points, price, side, targetTable, times, withInterval, type TargetRow } from './lessons-words';

export interface RunFacts {
  date: string;
  engineVersion: string;
  games: number;
  worlds: number;
  seconds: number;
  workers: number;
}

const quote = (...sentences: string[]) => [`> ${sentences.join(' ')}`, ''];

function targets(l: Lessons): TargetRow[] {
  const { sanctions: s, controls: c, shakeout: k } = l;
  const all = l.rotation[0]!;
  const inBand = (low: number, high: number) => (x: number) => x >= low && x <= high;
  return [
    judged('1. Sanctions favour efficiency', `${s.lab} on efficient-open survives at least 60% (${l.plan.controls})`, s.survival.controls.efficientOpen, pct, (x) => x >= 0.6),
    judged('1. Sanctions favour efficiency', 'efficient-open beats frontier survival by at least 25 points', s.gapWithControls, points, (x) => x >= 0.25),
    judged('1. Sanctions favour efficiency', `that gap is at least 15 points smaller without controls (${l.plan.open})`, s.differenceOfGaps, points, (x) => x >= 0.15),
    judged('2. Controls bind', 'Chinese labs\' training compute is lower with controls (with / without, median of paired ratios)', c.trainingFlop.ratio, times, (x) => x < 1),
    judged('2. Controls leak', 'grey-market chips bought rise when controls tighten (with − without, chips per game)', c.grey.extraChips, count, (x) => x > 0),
    { lesson: '3. The shakeout emerges', target: 'at least 7 Chinese labs at the start', measured: String(k.labsAtStart), verdict: k.labsAtStart >= 7 ? 'holds' : 'fails' },
    judged('3. The shakeout emerges', 'median Chinese model makers at the end is 3 ± 1', k.assigned.modelMakers, count, inBand(2, 4)),
    judged('3. The shakeout emerges', 'at least 3 Chinese labs exit or stop pre-training (median game)', k.assigned.exitsOrStopped, count, (x) => x >= 3),
    judged('3. The shakeout emerges', 'strategies shuffled: median model makers 3 ± 1', k.shuffled.modelMakers, count, inBand(2, 4)),
    judged('3. The shakeout emerges', 'strategies shuffled: at least 3 exit or stop pre-training', k.shuffled.exitsOrStopped, count, (x) => x >= 3),
    judged('3. The shakeout emerges', 'strategies drawn at random: median model makers 3 ± 1', k.drawn.modelMakers, count, inBand(2, 4)),
    judged('3. The shakeout emerges', 'strategies drawn at random: at least 3 exit or stop pre-training', k.drawn.exitsOrStopped, count, (x) => x >= 3),
    ...l.prices.map((p) => judged('4. Price of a fixed capability', `falls 5–20× a year in ${p.scenario}`, p.yearlyFall, times, inBand(5, 20))),
    judged('5. Money rotates', 'application-layer share of funding rises (last year − first year)', all.applicationShare.change, points, (x) => x > 0),
    judged('5. Money rotates', 'total funding per quarter stays within 2× of its start (last year / first year)', all.fundingPerQuarter.ratio, times, inBand(0.5, 2)),
  ];
}

function sanctionsSection(l: Lessons): string[] {
  const s = l.sanctions;
  const [c, o] = [s.survival.controls, s.survival.open];
  const opening = `Under chip controls, the Chinese lab survived ${pct(c.efficientOpen.value)} of games when it followed DeepSeek's lean, open path and ${pct(c.frontier.value)} when it chased the frontier with big closed models.`;
  const verdictOnGap = {
    above: 'Scarce chips made efficiency pay, as they did in 2025.',
    below: 'The game teaches the opposite of what happened in 2025: here the lean path is the riskier one.',
    level: 'The difference is too small to call: the game shows no clear advantage either way.',
  }[side(s.gapWithControls, 0)];
  const without = `Without the controls the two paths survived ${pct(o.efficientOpen.value)} and ${pct(o.frontier.value)} of games (a gap of ${points(s.gapWithoutControls.value)}, against ${points(s.gapWithControls.value)} with controls)`;
  const verdictOnDifference = {
    above: 'so the controls are what make efficiency pay.',
    below: 'so the controls make the lean path look worse, not better (the wrong way round).',
    level: 'a change too small to tell apart from chance, so in the game the chip controls do not change which path is safer.',
  }[side(s.differenceOfGaps, 0)];
  return [
    '## 1. Sanctions favour efficiency', '',
    ...quote(opening, verdictOnGap, `${without}, ${verdictOnDifference}`),
    '| world | efficient-open survives | frontier survives | gap (efficient-open − frontier) |', '|---|---|---|---|',
    `| with controls (\`${l.plan.controls}\`) | ${withInterval(c.efficientOpen, pct)} | ${withInterval(c.frontier, pct)} | ${withInterval(s.gapWithControls, points)} |`,
    `| without controls (\`${l.plan.open}\`) | ${withInterval(o.efficientOpen, pct)} | ${withInterval(o.frontier, pct)} | ${withInterval(s.gapWithoutControls, points)} |`,
    `| difference of gaps (with − without) | | | ${withInterval(s.differenceOfGaps, points)} |`, '',
    `How: the player's lab (\`${s.lab}\`) is put on each strategy by a seat override, every other seat as its scenario gives it; the four worlds share seeds, and "survives" means still in the game at the end. Each gap is the mean over seeds of (survived on efficient-open − survived on frontier), so it is a paired difference of proportions.`, '',
  ];
}

function controlsSection(l: Lessons): string[] {
  const c = l.controls;
  const r = c.trainingFlop.ratio;
  const bind = {
    below: `With chip controls, Chinese labs trained with ${pct(1 - r.value)} less computing power than in the same worlds without them: the controls bind.`,
    above: `With chip controls, Chinese labs trained with ${pct(r.value - 1)} more computing power than without them: the wrong way round.`,
    level: 'The chip controls make no clear difference to how much computing power Chinese labs train with.',
  }[side(r, 1)];
  const noGrey = c.grey.controls.gamesWithAny.value === 0 && c.grey.open.gamesWithAny.value === 0;
  const leak = noGrey
    ? 'No lab bought a single smuggled chip in any of these worlds, with controls or without: the game has a grey market, but none of its computer-run labs ever uses it, so the "leak" half of this lesson is missing.'
    : `With controls, Chinese labs bought smuggled chips in ${pct(c.grey.controls.gamesWithAny.value)} of games; without them in ${pct(c.grey.open.gamesWithAny.value)}. ${side(c.grey.extraChips, 0) === 'above' ? 'Tighter controls push labs to smugglers.' : 'Tighter controls do not clearly push labs to smugglers.'}`;
  const grey = (u: typeof c.grey.controls) => `${withInterval(u.chips, count)} | ${withInterval(u.premium, money)} | ${withInterval(u.gamesWithAny, pct)}`;
  return [
    '## 2. Controls bind and leak', '',
    ...quote(bind, leak),
    `| world | ${c.region} labs' training compute per game (median) | grey chips bought per game (mean) | grey premium paid per game (mean) | games with any grey purchase |`, '|---|---|---|---|---|',
    `| with controls (\`${l.plan.controls}\`) | ${withInterval(c.trainingFlop.controls, flop)} | ${grey(c.grey.controls)} |`,
    `| without controls (\`${l.plan.open}\`) | ${withInterval(c.trainingFlop.open, flop)} | ${grey(c.grey.open)} |`,
    `| with / without (median of per-seed ratios); with − without | ${withInterval(r, times)} | ${withInterval(c.grey.extraChips, count)} | | |`, '',
    `How: the scenario as shipped against its no-controls twin on the same seeds. Training compute is the FLOP every \`${c.region}\` lab's fleet (owned and rented) put into training over the game, from the quarter reports. Grey chips bought are read from each lab's grey holdings quarter by quarter (plus any seized); the premium from the \`greyPremium\` ledger lines. Chips rented from clouds abroad are a leak too, but are not counted here.`, '',
  ];
}

function shakeoutSection(l: Lessons): string[] {
  const { assigned: a, shuffled: b, drawn: d, labsAtStart } = l.shakeout;
  const holds = (n: typeof a) => verdict(n.modelMakers, (x) => x >= 2 && x <= 4) === 'holds' && verdict(n.exitsOrStopped, (x) => x >= 3) === 'holds';
  const ending = (n: typeof a) => `${count(n.modelMakers.value)} model makers, ${plural(n.exits.value, 'exit')} and ${plural(n.stopped.value, 'lab')} that stopped training`;
  const shuffleWords = holds(b) === holds(a)
    ? `With the same strategies dealt out to different labs, a typical game ends with ${ending(b)}: much the same. But that deal keeps the scenario's mix of strategies, so it cannot tell a shakeout that emerges from one the mix hands out.`
    : `With the same strategies dealt out to different labs, a typical game ends with ${ending(b)}, so the count depends on which lab plays which strategy.`;
  const drawWords = holds(d)
    ? `Even when every Chinese lab is given any of the five strategies at random, a typical game ends with ${ending(d)}: the count holds up.`
    : `When every Chinese lab is given any of the five strategies at random, a typical game ends with ${ending(d)}: the shakeout does not come out as the design asks, so it rests on the strategies the scenario hands out.`;
  const never = l.shakeout.byStrategy.filter((x) => x.labs > 0 && x.modelMaker.value < 0.05);
  const chosen = never.length > 0
    ? [`${holds(d) ? 'Still, whether' : 'Whether'} a lab stops training is mostly its strategy's choice, not the market's verdict: Chinese labs on ${never.map((x) => x.strategy).join(' or ')} almost never made a model of their own, and ${survivedWords(Math.min(...never.map((x) => x.survived.value)))}, so the "stopped" count is largely how many labs play those strategies.`]
    : [];
  const few = a.exits.value <= 1
    ? ['Few labs actually fail, and a lab counts as a model maker after finishing any model of its own in the past year, however small.']
    : [];
  const row = (name: string, n: typeof a) => `| ${name} | ${withInterval(n.modelMakers, count)} | ${withInterval(n.exits, count)} | ${withInterval(n.stopped, count)} | ${withInterval(n.exitsOrStopped, count)} |`;
  return [
    '## 3. The shakeout emerges', '',
    ...quote(
      `In the DeepSeek-shock scenario, ${count(a.modelMakers.value)} of the ${labsAtStart} Chinese labs were still training their own models at the end of a typical game; ${count(a.exits.value)} had left the game and ${count(a.stopped.value)} were still in business but had stopped training their own models.`,
      shuffleWords, drawWords, ...chosen, ...few,
    ),
    `| \`${l.plan.controls}\`, ${l.shakeout.region} labs (median game) | model makers at the end | exits | stopped training | exits or stopped |`, '|---|---|---|---|---|',
    row('strategies as the scenario gives them', a), row('the same strategies shuffled among the labs per seed', b), row('each lab on any of the five strategies, drawn per seed', d), '',
    'With strategies drawn at random, each strategy\'s Chinese labs (all lab-games):', '',
    '| strategy | lab-games | survived | model maker at the end |', '|---|---|---|---|',
    ...l.shakeout.byStrategy.map((x) => `| ${x.strategy} | ${x.labs} | ${withInterval(x.survived, pct)} | ${withInterval(x.modelMaker, pct)} |`), '',
    `How: a model maker is the engine's \`isModelMaker\` at the end (in the game, with a model of its own finished in the last four quarters; starting models count as made just before the first quarter, so every lab starts as one). Exits are labs acquired or shut down; stopped are labs still in the game that are not model makers. The shuffle deals the ${l.shakeout.region} labs' own strategies out again with a Fisher-Yates shuffle drawn from the seed; the draw gives each ${l.shakeout.region} lab one of the five design strategies (frontier, efficient-open, cloud-platform, consumer-apps, vertical-apps) with equal chances, independently; both through seat overrides.`, '',
  ];
}

/** The quarter of the biggest one-quarter fall in the median price, and its share of the whole fall (on a log scale). */
function biggestStep(p: PriceLesson): { quarter: number; share: number; lastChange: number } {
  const prices = p.byQuarter.map((q) => q.medianPrice);
  const total = Math.log(prices[0]! / prices.at(-1)!) || 0;
  let quarter = 0;
  let step = 0;
  let lastChange = 0;
  for (let q = 1; q < prices.length; q += 1) {
    const fall = Math.log(prices[q - 1]! / prices[q]!) || 0;
    if (fall > step) [quarter, step] = [q + 1, fall];
    if (prices[q] !== prices[q - 1]) lastChange = q + 1;
  }
  return { quarter, share: total > 0 ? step / total : 0, lastChange };
}

function pricesSection(l: Lessons): string[] {
  const holding = l.prices.filter((p) => verdict(p.yearlyFall, (x) => x >= 5 && x <= 20) === 'holds').length;
  const falls = l.prices.map((p) => p.yearlyFall.value).filter((x) => !Number.isNaN(x));
  const steps = l.prices.filter((p) => biggestStep(p).share >= 0.8).length;
  const opening = holding === l.prices.length
    ? 'In every shipped scenario the price of a fixed level of AI capability falls 5–20× a year, as it did in 2023–2025.'
    : `The price of a fixed level of AI capability falls by ${times(Math.min(...falls))} to ${times(Math.max(...falls))} a year across the shipped scenarios; the real fall in 2023–2025 was about 10× a year, and the game reaches 5–20× in ${holding} of ${l.prices.length} scenarios.`;
  const shape = steps > 0 ? [`In ${steps} of ${l.prices.length} scenarios almost all of the fall happens in a single quarter, when a cheap model first reaches that level, and then the price stops falling: a one-off drop, not a steady trend.`] : [];
  const rising = l.prices.filter((p) => side(p.yearlyFallBestOpenOnly, 1) === 'below').map((p) => p.scenario);
  const onlyBest = rising.length > 0 ? [`Counting only the most capable open model as hosted (the only open model buyers could choose before engine 0.7.0), the price rises instead in ${rising.join(', ')}.`] : [];
  const longest = Math.max(...l.prices.map((p) => p.byQuarter.length));
  const cell = (p: PriceLesson, q: number) => (q < p.byQuarter.length ? price(p.byQuarter[q]!.medianPrice) : '');
  return [
    '## 4. The price of a fixed capability falls', '',
    ...quote(opening, ...shape, ...onlyBest),
    '| scenario | capability held fixed | first quarter → last (median) | times cheaper per year [95%] | the same, only the most capable open model hosted | biggest one-quarter fall |', '|---|---|---|---|---|---|',
    ...l.prices.map((p) => {
      const big = biggestStep(p);
      return `| \`${p.scenario}\` | ${p.fixedCapability.toFixed(1)} | ${price(p.byQuarter[0]!.medianPrice)} → ${price(p.byQuarter.at(-1)!.medianPrice)} | ${withInterval(p.yearlyFall, times)} | ${withInterval(p.yearlyFallBestOpenOnly, times)} | quarter ${big.quarter}: ${pct(big.share)} of the fall; last change in quarter ${big.lastChange} |`;
    }),
    '', 'Median over seeds of the cheapest price per million API tokens at or above the fixed capability, quarter by quarter:', '',
    `| quarter | ${l.prices.map((p) => `\`${p.scenario}\``).join(' | ')} |`, `|---|${l.prices.map(() => '---|').join('')}`,
    ...Array.from({ length: longest }, (_, q) => `| ${q + 1} | ${l.prices.map((p) => cell(p, q)).join(' | ')} |`), '',
    'How: the capability held fixed is that of the best model any lab sells by API at the start (the capability a buyer wanted then; the median would start the series at a price already near the floor). After each quarter the offers are every live lab API product serving its model at the lab\'s API price, and every open-weight model hosted at the engine\'s `openHostPrice`; the cheapest at or above the fixed capability, anywhere in the world, is that quarter\'s price. A year\'s price is the geometric mean of its quarters; the yearly fall is (first year / last year) to the power 1 / (years between them), per seed, and the figure is the median over seeds.', '',
  ];
}

function rotationSentences(r: RotationLesson): string[] {
  const who = r.region === 'all' ? 'Across all the labs in the game' : `Among the ${labsOf(r.region)}`;
  const moved = { above: 'money moved toward applications.', below: 'money moved away from applications: the wrong way round.', level: 'no clear move either way.' }[side(r.applicationShare.change, 0)];
  const ratio = r.fundingPerQuarter.ratio.value;
  const within = ratio >= 0.5 && ratio <= 2 ? 'within' : 'outside';
  return [
    `${who}, application-layer companies raised ${pct(r.applicationShare.firstYear.value)} of the money in the first year and ${pct(r.applicationShare.lastYear.value)} in the last: ${moved}`,
    `Money raised per quarter went from ${money(r.fundingPerQuarter.firstYear.value)} to ${money(r.fundingPerQuarter.lastYear.value)} (${times(ratio)}), ${within} the target of staying within 2× of its start.`,
  ];
}

function rotationSection(l: Lessons): string[] {
  const [all, region] = l.rotation;
  const builtIn = all!.applicationShare.firstYear.value === 0
    ? ['Part of this rise is built in: a lab counts as a model maker for a year after its starting model, so no lab that starts with a model can count as an application company before the fifth quarter.']
    : [];
  const rows = l.rotation.map((r) => `| ${r.region === 'all' ? 'all labs' : `${r.region} labs`} | ${withInterval(r.applicationShare.firstYear, pct)} | ${withInterval(r.applicationShare.lastYear, pct)} | ${withInterval(r.applicationShare.change, points)} | ${withInterval(r.fundingPerQuarter.firstYear, money)} | ${withInterval(r.fundingPerQuarter.lastYear, money)} | ${withInterval(r.fundingPerQuarter.ratio, times)} |`);
  const quarters = all!.byQuarter.length;
  return [
    '## 5. Money rotates', '',
    ...quote(...rotationSentences(all!), ...rotationSentences(region!), ...builtIn),
    `| \`${l.plan.controls}\` | application share, first year | last year | change | raised per quarter, first year (mean per game) | last year | last / first |`, '|---|---|---|---|---|---|---|',
    ...rows, '',
    `| quarter | ${l.rotation.map((r) => `raised, ${r.region === 'all' ? 'all labs' : r.region} | application share`).join(' | ')} |`, `|---|${l.rotation.map(() => '---|---|').join('')}`,
    ...Array.from({ length: quarters }, (_, q) => `| ${q + 1} | ${l.rotation.map((r) => `${money(r.byQuarter[q]!.funding)} | ${Number.isNaN(r.byQuarter[q]!.applicationShare) ? '—' : pct(r.byQuarter[q]!.applicationShare)}`).join(' | ')} |`), '',
    'How: money raised is the `funding` lines (rounds and emergency rounds) of each quarter report; the raising lab\'s layer is the engine\'s `layerOf` just after the quarter (an application lab serves another lab\'s model and is no longer a model maker). Shares are pooled: the application labs\' money over all seeds divided by all the money over all seeds, for the first four and the last four quarters.', '',
  ];
}

export function lessonsReport(l: Lessons, run: RunFacts): string {
  return [
    '# Lessons report', '',
    `Generated by \`npm run lessons\` on ${run.date} with engine ${run.engineVersion}: seeds 1 to ${l.seeds} in each of ${run.worlds} worlds, ${run.games} games in ${run.seconds.toFixed(1)} s on ${run.workers} worker(s).`, '',
    'Each story point of GAME_DESIGN.md §1 is an experiment: the same seeds are played in worlds that differ in one thing (chip controls or none; the player\'s lab on one strategy or another; the Chinese labs\' strategies as the scenario gives them or dealt out at random), and the effect is the difference. The targets are those of ECONOMY.md ("The lessons", and the price of a fixed capability).', '',
    `**The intervals.** Every figure in [brackets] is a 95% interval from a paired bootstrap over seeds: the seeds are drawn again with replacement ${BOOTSTRAP_RESAMPLES.toLocaleString('en')} times from a PRNG with a fixed seed (so the same games always give the same report), every world of a drawn seed comes with it (so pairs stay paired), the figure is computed again on each draw, and the interval runs from the 2.5th to the 97.5th percentile. A median of whole numbers (labs) often has an interval of a single value. A target holds (**yes**) when the whole interval meets it, fails (**no**) when none of it does, and is **unclear** when the interval straddles it.`, '',
    '## Summary', '',
    ...targetTable(targets(l)), '',
    ...sanctionsSection(l),
    ...controlsSection(l),
    ...shakeoutSection(l),
    ...pricesSection(l),
    ...rotationSection(l),
  ].join('\n');
}

/** "87% or more of them survived"; "all" or "nearly all" where the lowest share is or rounds to 100% ("100% or more" read oddly). */
export function survivedWords(lowest: number): string {
  if (lowest >= 1) return 'all of them survived';
  return pct(lowest) === pct(1) ? 'nearly all of them survived' : `${pct(lowest)} or more of them survived`;
}
