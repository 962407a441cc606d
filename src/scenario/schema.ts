// The scenario file format as a zod schema: the loader's shape check and the source of scenarios/schema.json.
import { z } from './zod';
import { DIRECTION_CONTROLS, RESERVED_IDS, STRATEGY_IDS, type Condition, type Scenario } from '../engine';

export const FORMAT_VERSION = 1;
/** Buyer segments a scenario may define. */
const MAX_SEGMENTS = 12;

const id = z.string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'check.idFormat')
  .refine((value) => !RESERVED_IDS.includes(value), { message: 'check.reservedId' });

/** Text shown to players: bounded, and free of direction controls that would make it read backwards. */
const words = (max: number, min = 1) => (min > 0 ? z.string().min(min) : z.string()).max(max)
  .refine((value) => !DIRECTION_CONTROLS.test(value), { message: 'check.directionControl' });

const source = z.strictObject({
  organisation: words(200, 0).describe('Who published the figure.'),
  date: words(40, 0).describe('When it was published, for example "2024-12".'),
  link: words(300, 0).optional().describe('Where to read it (link text or address).'),
  note: words(500, 0).optional().describe('How the figure was derived, if it was.'),
}).describe('Where a real-world figure comes from.');

/** A number, or a number with a source note: { "value": 25000, "source": { ... } }. */
function sourced(number: z.ZodNumber, description: string) {
  return z
    .union([number, z.strictObject({ value: number.describe('The figure itself.'), source })])
    .transform((v) => (typeof v === 'number' ? v : v.value))
    .describe(`${description} A plain number, or { "value": number, "source": {...} }.`);
}

const money = (description: string) => sourced(z.number().finite().min(0).max(1e13), description);
const fraction = (description: string) => sourced(z.number().finite().min(0).max(1), description);

const count = (description: string, max = 10_000_000) => sourced(z.number().int().min(0).max(max), description);
const percent = (description: string) => sourced(z.number().int().min(0).max(100), description);
const quarter = (description: string) => z.number().int().min(0).max(400).describe(description);
const params = (description: string) => sourced(z.number().finite().min(1e8).max(1e14), description);

/** One kind of a tagged union (objective, condition, effect); its "kind" carries the meaning too, for editors' hover text. */
function kind<K extends string, F extends z.ZodRawShape>(name: K, description: string, fields: F) {
  return z.strictObject({ kind: z.literal(name).describe(description), ...fields }).describe(description);
}

const segmentMarket = z.strictObject({
  spendPerQuarter: money('Buyers\' spending in the first quarter at the reference price, dollars.'),
  growthPerQuarter: sourced(z.number().finite().min(-0.5).max(2), 'Growth of that spending per quarter (0.1 = +10%).'),
  startingShares: z.record(id, fraction('Share of buyers with this lab at the start.')).optional()
    .describe('Buyers already with a lab when the game starts, by lab id (their installed base); with the segment\'s stickiness they stay for a while. Buyers not listed choose afresh in the first quarter.'),
});

const tariffScope = z.enum(['purchases', 'rentals', 'both']);

const region = z.strictObject({
  id: id.describe('Region id: "us", "cn" or "row" in shipped scenarios.'),
  name: words(60).describe('Name shown to players.'),
  researcherCostPerYear: money('Yearly cost of one researcher, pay and overheads, dollars.'),
  engineerCostPerYear: money('Yearly cost of one engineer, dollars.'),
  powerPricePerKwh: sourced(z.number().finite().min(0).max(5), 'Data-centre electricity price, dollars per kWh.'),
  markets: z.record(id, segmentMarket.describe('Spending in this segment.')).describe('Spending per buyer segment, by the segment\'s id under "segments" ("api", "consumer", "coding-agents"...); a segment not named here has no buyers in this region.'),
  homeBias: sourced(z.number().finite().min(0).max(10), 'Utility bonus buyers here give to labs based here (state and domestic preference).'),
  openTo: z.array(id).min(1).max(10).describe('Regions whose labs may sell to buyers here.'),
  contractBias: z.record(id, sourced(z.number().finite().min(-10).max(10), 'Utility added to sellers based in that region (negative: distrust).')).optional()
    .describe('Utility that buyers of industry solutions here add to sellers based in a given region, by region id (negative: distrust of foreign vendors with the firm\'s data); tripled for state buyers, as the home bias is. None when left out.'),
  computeVoucherShare: fraction('Share of rented compute a government voucher pays for labs based here, renting here (0..1).'),
  computeVoucherBudgetPerQuarter: money('What the region\'s voucher schemes pay out a quarter in all, dollars: when its labs claim more, each gets the same share of its claim. No limit when left out.').optional(),
  ventureCapitalPerQuarter: money('Venture money investors put into AI labs based here per quarter at appetite 1, dollars; the labs raising in the same quarter share it pro rata (the appetite timeline scales it). Default: five times the region\'s buyers\' spending a quarter.').optional(),
  foundationShareOfCapital: fraction('Share of that venture money for foundation labs (those that train their own models); the rest goes to application labs. Default 0.4.').optional(),
  infrastructureShareOfCapital: fraction('Share of that venture money for infrastructure labs (clouds renting GPUs to buyers outside the game, in a region with cloudRentals), taken from the application labs\' share. No infrastructure layer when left out.').optional(),
  tariffs: z.array(z.strictObject({
    madeIn: id.describe('Region where the taxed chips are made; chips made in the labs\' own region are never taxed.'),
    share: sourced(z.number().finite().min(0).max(10), 'Duty as a share of the chip\'s price or rent (0.25 = 25% on top).'),
    on: tariffScope.optional().describe('"purchases", "rentals" or "both" (the default): which the duty is charged on.'),
    from: quarter('First quarter of the duty (0 when left out).').optional(),
    until: quarter('Quarter from which the duty is lifted (exclusive); for good when left out.').optional(),
  })).max(20).optional().describe('Import duties labs based here pay on chips made in other regions, on purchases and rentals alike unless "on" says which; the first entry in force for an origin applies. None when left out.'),
  cloudRentals: z.strictObject({
    chip: id.describe('The chip the figures are counted in (an H100 in the shipped scenarios); its rental offer in this region sets the price per hour.'),
    hoursPerQuarter: sourced(z.number().finite().min(0).max(1e12), 'Chip-hours that buyers outside the game rent from clouds in this region in the first quarter.'),
    growthPerQuarter: sourced(z.number().finite().min(-0.5).max(2), 'Growth of those hours per quarter (0.1 = +10%).'),
    outsideChips: sourced(z.number().finite().min(0).max(1e9), 'Reference chips that clouds outside the game offer for rent here in the first quarter.'),
    outsideGrowthPerQuarter: sourced(z.number().finite().min(-0.5).max(2), 'Growth of that outside fleet per quarter.'),
  }).optional().describe('Buyers outside the game renting GPU-hours from this region\'s clouds. The game\'s clouds (labs selling cloud) and the clouds outside it share the hours in proportion to the chips each has free, so a bigger fleet rents more while the market has room; every cloud is busy hours ÷ all capacity of the time. None when left out.'),
  costTimeline: z.array(z.strictObject({
    from: quarter('Quarter from which these figures hold.'),
    researcherCostPerYear: money('Yearly cost of one researcher from then on, dollars; unchanged when left out.').optional(),
    engineerCostPerYear: money('Yearly cost of one engineer from then on, dollars; unchanged when left out.').optional(),
    powerPricePerKwh: sourced(z.number().finite().min(0).max(5), 'Electricity price from then on, dollars per kWh; unchanged when left out. Events that multiply the power price multiply this too.').optional(),
  })).max(100).optional().describe('Pay and electricity prices over time, like the appetite timeline: each entry holds from its quarter until a later one gives the same figure; the region\'s own figures hold before the first.'),
});

const saleWindow = z.strictObject({
  region: id.describe('Region whose labs may buy the chip legally.'),
  from: quarter('First quarter of the window (0 = the first quarter played).'),
  until: quarter('Quarter from which the chip may no longer be bought (exclusive).').optional(),
  licenceFee: fraction('Extra share of the price paid as a licence fee (the US cut on licensed China sales).').optional(),
  unitsPerQuarter: sourced(z.number().int().min(0).max(100_000_000), 'Chips the region\'s labs may receive together per quarter (packaging and allocation limits); the quarter\'s orders share it pro rata. No limit when left out.').optional(),
});

const rental = z.strictObject({
  region: id.describe('Region whose clouds rent the chip.'),
  pricePerHour: money('Rental price per chip-hour, dollars.'),
  from: quarter('First quarter of the offer.'),
  until: quarter('Quarter from which the offer ends (exclusive).').optional(),
  cutOffPercent: percent('Chance per quarter, in whole percent, that a lab based elsewhere loses the rental.').optional(),
  maxUnits: sourced(z.number().int().min(0).max(100_000_000), 'The most chips one lab may rent from these clouds at a time (their spare capacity); no limit when left out.').optional(),
  capacity: sourced(z.number().int().min(0).max(100_000_000), 'Chips these clouds rent to all labs together; when asked for more, every renter gets a pro-rata share. No limit when left out.').optional(),
  renters: z.array(z.strictObject({
    region: id.describe('Region where the renting labs are based.'),
    maxUnits: sourced(z.number().int().min(0).max(100_000_000), 'The most chips one such lab may rent at a time (0 = barred); the offer\'s own limit when left out.').optional(),
    cutOffPercent: percent('Chance per quarter, in whole percent, that such a lab loses the rental; the offer\'s own when left out.').optional(),
  })).max(10).optional().describe('Terms for labs based in particular regions (export rules binding rentals abroad).'),
});

const objective = z.discriminatedUnion('kind', [
  kind('survive', 'Still be in the game at the end.', {}),
  kind('topInRegion', 'End among the top labs of a region by score.', {
    region: id.describe('Region whose labs are ranked.'),
    rank: sourced(z.number().int().min(1).max(64), 'The lowest place that still meets the objective (3 = among the top three).'),
  }),
  kind('capability', 'Train a model of your own at least this capable.', {
    points: sourced(z.number().min(0).max(200), 'Capability points the model must reach.'),
  }),
  kind('profitableBy', 'Have a quarter of positive operating cash flow by then.', { quarter: quarter('The quarter (0 = first).') }),
  kind('valuation', 'End worth at least this much.', { amount: money('Dollars.') }),
]);

const chip = z.strictObject({
  id: id.describe('Chip id.'),
  name: words(60).describe('Name shown to players.'),
  madeIn: id.describe('Region where the chip is made; labs there count it as domestic.'),
  peakFlops: sourced(z.number().finite().min(1e9).max(1e18), 'Peak dense BF16 FLOP per second.'),
  memoryGb: sourced(z.number().finite().min(1).max(10_000), 'Memory per chip, GB.'),
  price: money('Purchase price per unit in dollars.'),
  powerKw: sourced(z.number().finite().min(0).max(10), 'Board power in kilowatts.'),
  trainingUtilisation: fraction('Model FLOP utilisation reached in training (0..1).'),
  inferenceUtilisation: fraction('Share of peak reached when serving tokens (0..1).'),
  denseScalingPenalty: sourced(z.number().finite().min(0).max(0.9), 'Share of training utilisation a chip with cut interconnect (H800) loses on a large dense run (100B+ active parameters); smaller runs lose in proportion, and FP8 and communication overlap recover part. 0 when left out.').optional(),
  sales: z.array(saleWindow).max(100).describe('Where and when labs may buy the chip legally (export rules).'),
  leadQuarters: sourced(z.number().int().min(0).max(8), 'Quarters from an order to delivery (0 = the chips arrive in the quarter they are ordered; 0 when left out).').optional(),
  priceDeclinePerQuarter: sourced(z.number().finite().min(0).max(0.5), 'Share by which its purchase and rental prices fall each quarter as newer chips bring more FLOP per dollar (0 when left out).').optional(),
  greyMarket: z.strictObject({
    premium: sourced(z.number().finite().min(0).max(10), 'Price premium over list (0.5 = +50%).'),
    seizurePercent: percent('Chance per quarter, in whole percent, that a grey-market fleet is seized.'),
    unitsPerQuarter: sourced(z.number().int().min(0).max(100_000_000), 'Chips smugglers can bring in per quarter, shared pro rata by the quarter\'s orders; no limit when left out.').optional(),
  }).optional().describe('Where the chip can be had outside the rules; leave out for nowhere.'),
  rentals: z.array(rental).max(100).describe('Clouds that rent the chip.'),
});

const model = z.strictObject({
  name: words(40).describe('Model name.'),
  totalParams: params('Total parameters.'),
  activeParams: params('Parameters active per token (less than total for a mixture of experts).'),
  effectiveCompute: sourced(z.number().finite().min(0).max(1e30), 'Effective training compute behind it, FLOP.'),
  open: z.boolean().describe('Whether its weights are published.'),
});

const lab = z.strictObject({
  id: id.describe('Lab id.'),
  name: words(60).describe('Name shown to players.'),
  region: id.describe('Home region id.'),
  cash: money('Cash at the start, dollars.'),
  researchers: count('Researchers at the start.', 100_000),
  engineers: count('Engineers at the start.', 100_000),
  chips: z.record(id, count('Chips of this kind owned at the start.')).describe('Chips owned at the start, by chip id.'),
  rentals: z.array(z.strictObject({
    chip: id.describe('Chip id.'),
    region: id.describe('Id of the region whose cloud rents them.'),
    units: count('Chips rented.'),
  })).max(10).optional().describe('Rental contracts the lab holds at the start (compute it rents rather than owns), each within the offer\'s limit for the lab.'),
  models: z.array(model).max(20).describe('Models the lab has already trained.'),
  split: z.strictObject({
    training: percent('Percent of compute training.'),
    inference: percent('Percent of compute serving customers.'),
    research: percent('Percent of compute for research.'),
  }).refine((s) => s.training + s.inference + s.research === 100, 'The split must add up to 100.').optional()
    .describe('How the lab divides its compute at the start (percent, adding up to 100); absent = 60 training, 35 serving, 5 research. A strategy keeps it in the first quarter.'),
  prices: z.record(id, sourced(z.number().finite().min(0.01).max(1000), 'Dollars per unit: per million tokens in a segment that buys tokens, per seat a month in one that buys seats.')).default({})
    .describe('The lab\'s starting price in each segment, by segment id; a segment not named starts at its reference price.'),
  reputation: sourced(z.number().min(0).max(100), 'Developer mindshare, 0..100.'),
  techniques: z.array(id).max(40).describe('Ids of techniques the lab already knows.'),
  equity: fraction('Founders\' share of the lab at the start (0..1).'),
  strategy: z.enum(STRATEGY_IDS).describe('Strategy that plays the lab when no human does.'),
  licensedModel: z.strictObject({
    name: words(40).describe('Model name.'),
    totalParams: params('Total parameters.'),
    activeParams: params('Parameters active per token.'),
    effectiveCompute: sourced(z.number().finite().min(0).max(1e30), 'Effective training compute behind it, FLOP (sets its capability).'),
    royalty: fraction('Share of the lab\'s product revenue (API, apps, hosting, industries) paid to the licensor each quarter the lab serves the model.'),
    licensor: id.optional().describe('Id of the lab in the game that licensed it and receives the royalty; a company outside the game when left out.'),
  }).optional().describe('A model the lab serves under licence from the start (it is not the lab\'s own work); the royalty stops once the lab serves another model.'),
});

const segmentRules = z.strictObject({
  name: words(60).describe('Name shown to players, such as "API tokens" or "Coding agents".'),
  buys: z.enum(['tokens', 'seats']).describe('"tokens": buyers pay per million tokens, and hosts\' open models compete with the labs\' APIs (every lab with a model sells here from the start). "seats": buyers pay per seat a month for an app a lab must launch (give paidShare for a free tier).'),
  capabilityWeight: sourced(z.number().finite().min(0).max(10), 'Utility per capability point.'),
  priceWeight: sourced(z.number().finite().min(0).max(10), 'Utility per unit of ln(price). Apps with a free tier: weighed by paidShare, as only the users who would pay face the plan\'s price.'),
  reputationWeight: sourced(z.number().finite().min(0).max(10), 'Utility per reputation point.'),
  outsideUtility: sourced(z.number().finite().min(-50).max(50), 'Utility of buying no model in the game.'),
  elasticity: sourced(z.number().finite().min(0).max(5), 'Price elasticity of use per buyer: units each buyer takes scale as (price / referencePrice)^-elasticity (API tokens: above 1, cheaper tokens mean more use); 0 for one unit a buyer (subscriptions).'),
  referencePrice: money('Price the spending figures are quoted at.'),
  tokensPerDollar: money('Tokens a buyer uses per dollar of the reference price (a consumer subscriber-month: its tokens / referencePrice); leave out for the API, whose unit is a million tokens.').optional(),
  paidShare: sourced(z.number().finite().gt(0).max(0.1), 'Apps with a free tier: share of users who pay at the reference price (at most 10% at any price); spending figures count payers. Users choose such an app by its free tier and find a new one slowly (awareness). Leave out when every buyer pays.').optional(),
  paidShareElasticity: sourced(z.number().finite().min(0).max(5), 'How fast paying falls with price: the paid share scales as (referencePrice / price)^this (default 1.5).').optional(),
  freeUse: sourced(z.number().finite().min(0).max(1), 'Tokens a free user uses, as a share of a paying user\'s (default 0.25).').optional(),
  stickiness: sourced(z.number().finite().min(0).max(0.95), 'Share of last quarter\'s buyers who stay with their choice (switching costs, habits); the rest choose afresh. Leave out for 0: every buyer chooses afresh each quarter.').optional(),
  acquisitionCost: sourced(z.number().finite().min(0.01).max(10_000), 'Dollars of marketing that win one new user (free users included): a lab may set a marketing budget in this segment, which wins users who would otherwise buy nothing. Leave out where users cannot be bought.').optional(),
});

const vertical = z.strictObject({
  id: id.describe('Vertical id.'),
  name: words(60).describe('Name shown to players.'),
  minCapability: sourced(z.number().min(0).max(200), 'The base model must be at least this capable.'),
  engineerQuarters: sourced(z.number().finite().min(1).max(100_000), 'Engineer-quarters of work to build the solution.'),
  spend: z.record(id, money('Dollars per quarter.')).describe('Spending per quarter by region at the start, dollars.'),
  growthPerQuarter: sourced(z.number().finite().min(-0.5).max(2), 'Growth of that spending per quarter.'),
  stickiness: fraction('Share of last quarter\'s contracts that stay put (0..1).'),
  stateBuyers: z.boolean().describe('State buyers: the region\'s home bias counts three times.'),
});

const technique = z.strictObject({
  id: id.describe('Technique id.'),
  name: words(60).describe('Name shown to players.'),
  cost: sourced(z.number().finite().min(1).max(1e7), 'Research points needed to master it.'),
  effects: z.strictObject({
    trainingEfficiency: sourced(z.number().finite().min(1).max(10), 'Multiplier on the effective compute of new runs.').optional(),
    trainingUtilisation: sourced(z.number().finite().min(0).max(0.5), 'Added to training utilisation (MFU) on every chip.').optional(),
    inferenceEfficiency: sourced(z.number().finite().min(1).max(20), 'Multiplier on tokens served per FLOP.').optional(),
    domesticUtilisation: sourced(z.number().finite().min(0).max(0.5), 'Added to utilisation on chips made in the lab\'s region.').optional(),
    capabilityBonus: sourced(z.number().finite().min(0).max(30), 'Capability points added to new models.').optional(),
    mixtureOfExperts: z.boolean().optional().describe('Allows runs with fewer active than total parameters.'),
    distillation: z.boolean().optional().describe('New runs learn from a better open model (double effective compute).'),
    communicationRecovery: sourced(z.number().finite().min(0).max(1), 'Share of the interconnect penalty of cut-link chips recovered on large runs (0..1).').optional(),
    weightBytes: sourced(z.number().finite().min(0.5).max(4), 'Bytes per weight kept in memory for training and serving (2 = BF16 when left out; 1 = FP8).').optional(),
  }).describe('What knowing it does.'),
});

const text = (max: number, description: string) => words(max).describe(description);

const layer = z.enum(['foundation', 'applications']);

const condition: z.ZodType<Condition> = z.lazy(() => conditionKinds_);

const conditionKinds_ = z.discriminatedUnion('kind', [
  kind('quarterAtLeast', 'The game has reached a quarter.', { quarter: quarter('From this quarter on.') }),
  kind('openModelWithin', 'The best open model is within this many points of the best closed one.', {
    points: sourced(z.number().min(0).max(100), 'Capability points between the best open and the best closed model.'),
  }),
  kind('labsAliveAtMost', 'At most this many labs based in a region are still in the game.', {
    region: id.describe('Region where the labs are based.'),
    count: sourced(z.number().int().min(0).max(64), 'The most labs still in the game.'),
  }),
  kind('appetiteBelow', 'Investors\' appetite in a region for a layer is below a value.', {
    region: id.describe('Region of the investors.'),
    layer: layer.describe('"foundation" (labs that train their own models) or "applications" (labs that build on others\').'),
    value: sourced(z.number().min(0).max(2), 'Appetite, 0 (winter) to 2 (mania).'),
  }),
  kind('labRegion', 'The lab is based in this region.', { region: id.describe('Region id.') }),
  kind('labCashBelow', 'The lab has less cash than this.', { amount: money('Dollars.') }),
  kind('labCapabilityAtLeast', 'The lab serves a model at least this capable.', { points: sourced(z.number().min(0).max(200), 'Capability points.') }),
  kind('labUsesGreyChips', 'The lab holds grey-market chips.', {}),
  kind('labUsesDomesticChips', 'Every chip the lab runs is made in its home region.', {}),
  kind('labTrainsOwnModels', 'The lab has trained a model of its own.', {}),
  kind('labIs', 'The lab is this one: aims an event at one named lab.', { lab: id.describe('Lab id.') }),
  kind('choseEarlier', 'A lab took this choice in an earlier event: in an event aimed at labs, the lab considered; in a world event, any lab.', {
    event: id.describe('Id of the earlier event that asked the question.'),
    choice: id.describe('Id of the choice taken.'),
  }),
  kind('any', 'At least one of these conditions holds ("or").', { conditions: z.array(condition).min(1).max(10).describe('The conditions, any one of which is enough.') }),
  kind('all', 'Every one of these conditions holds ("and"; useful inside "any" and "not").', { conditions: z.array(condition).min(1).max(10).describe('The conditions, all of which must hold.') }),
  kind('not', 'This condition does not hold.', { condition: condition.describe('The condition that must not hold.') }),
]);

const effect = z.discriminatedUnion('kind', [
  kind('chipSales', 'From next quarter, labs in a region may (or may no longer) buy a chip.', {
    chip: id.describe('Chip id.'),
    region: id.describe('Region whose labs it concerns.'),
    allowed: z.boolean().describe('true: they may buy it; false: they may no longer.'),
    licenceFee: fraction('Licence fee as a share of the price.').optional(),
  }),
  kind('chipRental', 'From next quarter, clouds in a region rent (or stop renting) a chip.', {
    chip: id.describe('Chip id.'),
    region: id.describe('Region of the clouds.'),
    allowed: z.boolean().describe('true: they rent it; false: they stop.'),
    pricePerHour: money('Dollars per chip-hour.').optional(),
    maxUnits: sourced(z.number().int().min(0).max(100_000_000), 'The most chips one lab may rent there at a time; the earlier offer\'s limit when left out.').optional(),
  }),
  kind('greyMarket', 'Sets the grey-market premium and seizure risk of a chip.', {
    chip: id.describe('Chip id.'),
    premium: sourced(z.number().min(0).max(10), 'Price premium over list (0.5 = +50%).'),
    seizurePercent: percent('Chance per quarter, in whole percent, that a grey-market fleet is seized.'),
  }),
  kind('marketSize', 'Multiplies a region\'s spending in a segment.', {
    region: id.describe('Region of the buyers.'),
    segment: id.describe('Id of a segment under "segments", such as "api".'),
    factor: sourced(z.number().min(0).max(100), 'Multiplier on the spending (0.8 = a fifth less).'),
  }),
  kind('appetite', 'Sets investors\' appetite in a region from next quarter.', {
    region: id.describe('Region of the investors.'),
    foundation: sourced(z.number().min(0).max(2), 'Appetite for labs that train their own models, 0 (winter) to 2 (mania); unchanged when left out.').optional(),
    applications: sourced(z.number().min(0).max(2), 'Appetite for labs that build on others\' models; unchanged when left out.').optional(),
  }),
  kind('voucher', 'Sets the compute voucher for labs renting at home in a region.', {
    region: id.describe('Region of the labs.'),
    share: fraction('Share of rent paid.'),
  }),
  kind('powerPrice', 'Multiplies a region\'s electricity price.', {
    region: id.describe('Region id.'),
    factor: sourced(z.number().min(0).max(100), 'Multiplier on the electricity price.'),
  }),
  kind('priceWar', 'Every lab based in a region multiplies its API price by a factor.', {
    region: id.describe('Region where the labs are based.'),
    factor: sourced(z.number().min(0.001).max(10), 'Multiplier on each lab\'s API price (0.6 = 40% cheaper).'),
  }),
  kind('openModelRelease', 'A lab outside the game publishes an open model any host can serve.', {
    name: text(40, 'Model name.'),
    capability: sourced(z.number().min(0).max(200), 'Capability points of the model.'),
    activeParams: params('Active parameters.'),
  }),
  kind('grant', 'The lab receives a government grant.', { amount: money('Dollars.') }),
  kind('expense', 'The lab pays a one-off cost.', { amount: money('Dollars.') }),
  kind('investment', 'A partner invests for a share of the lab.', {
    amount: money('Dollars.'),
    equityShare: sourced(z.number().min(0.001).max(0.99), 'Share of the lab the partner receives (0.2 = 20%).'),
  }),
  kind('poach', 'The richest rival hires away a share of the lab\'s researchers.', { share: fraction('Share of researchers.') }),
  kind('seizeGreyChips', 'The lab\'s grey-market chips are seized.', {}),
  kind('cutRentalsAbroad', 'The lab\'s rentals outside its home region end.', {}),
  kind('reputation', 'Changes the lab\'s reputation.', { delta: sourced(z.number().min(-100).max(100), 'Reputation points added (negative to take away).') }),
  kind('tariff', 'From next quarter, labs based in a region pay a duty on chips made in another (0 lifts it).', {
    region: id.describe('Region whose labs pay the duty.'),
    madeIn: id.describe('Region where the taxed chips are made.'),
    share: sourced(z.number().min(0).max(10), 'Duty as a share of the price or rent (0.25 = 25%); 0 lifts the duty.'),
    on: tariffScope.optional().describe('"purchases", "rentals" or "both" (the default).'),
  }),
]);

const event = z.strictObject({
  id: id.describe('Event id.'),
  headline: text(120, 'Headline shown in the news.'),
  body: text(600, 'What happened, in a few sentences.'),
  teachingNote: text(400, 'What the event teaches.'),
  quarter: quarter('Fires in exactly this quarter (scheduled); leave out for a triggered event.').optional(),
  target: z.enum(['world', 'labs']).describe('"world" fires once for everyone; "labs" is considered for each lab.'),
  conditions: z.array(condition).max(10).default([]).describe('All must hold for the event to fire.'),
  chancePercent: percent('Chance per quarter, in whole percent, once the conditions hold; 100 when left out.').default(100),
  repeat: z.boolean().default(false).describe('Whether it may fire again in a later quarter.'),
  effects: z.array(effect).max(20).default([]).describe('What it changes at once.'),
  choices: z.array(z.strictObject({
    id: id.describe('Choice id.'),
    label: text(120, 'What the button says.'),
    effects: z.array(effect).max(20).describe('What choosing it changes.'),
  })).max(4).default([]).describe('For events aimed at labs: the options; the first is the default.'),
});

const appetite = z.strictObject({
  from: quarter('Quarter from which this appetite holds.'),
  region: id.describe('Region of the investors.'),
  foundation: sourced(z.number().finite().min(0).max(2), 'Appetite for labs that train their own models, 0 (winter) to 2 (mania).'),
  applications: sourced(z.number().finite().min(0).max(2), 'Appetite for labs that build on others\' models.'),
  infrastructure: sourced(z.number().finite().min(0).max(2), 'Appetite for clouds renting GPUs to outside buyers (regions with an infrastructure share of capital); the applications\' figure when left out.').optional(),
});

const world = z.strictObject({
  pointsPerDecade: sourced(z.number().finite().min(0.1).max(100), 'Capability points per tenfold of effective compute.'),
  baseCompute: sourced(z.number().finite().min(1).max(1e30), 'Effective compute that gives capability 0, FLOP.'),
  algorithmicGainPerQuarter: sourced(z.number().finite().min(1).max(3), 'World-wide algorithmic efficiency gain per quarter.'),
  depreciationQuarters: sourced(z.number().int().min(1).max(80), 'Quarters over which chips are depreciated.'),
  overheadPerHeadPerYear: money('Offices, tools and sales per employee per year, dollars.'),
  openHostMarkup: sourced(z.number().finite().min(1).max(10), 'Price an open-model host charges as a multiple of its serving cost.'),
  hostGpuHourPrice: money('GPU-hour cost used to price open-model hosting, dollars.'),
  hostEffectiveFlops: sourced(z.number().finite().min(1e9).max(1e18), 'FLOP per second a host GPU delivers when serving.'),
  talentElasticity: sourced(z.number().finite().min(0).max(3), 'The research talent market: researchers\' pay is multiplied by (researchers the region\'s labs employ now / at the start) to this power, never below the scenario\'s salary; 0 when left out.').optional(),
  productRevenuePerEngineer: money('Product revenue (API, apps, cloud) one engineer runs and supports in a quarter, dollars: a lab that sells more than its engineers can run loses the rest. No limit when left out.').optional(),
  servingCostDeclinePerQuarter: sourced(z.number().finite().min(0).max(0.5), 'Share by which the cost of serving a FLOP falls each quarter, for hosts and labs alike (cheaper chips, better serving software); 0 when left out.').optional(),
  frontierValue: money('What investors pay the world\'s best model maker before revenue, dollars; the premium halves for every model maker ranked above a lab.'),
  frontierValueGrowthPerQuarter: sourced(z.number().finite().min(-0.5).max(1), 'Growth of what investors pay for the frontier, per quarter (0.2 = +20% a quarter); 0 when left out.').optional(),
  frontierStart: sourced(z.number().finite().min(0).max(200), 'Capability of the world\'s best model at the start, in or out of the game.'),
  frontierGainPerQuarter: sourced(z.number().finite().min(0).max(20), 'Points the world\'s frontier gains per quarter.'),
  modelMakerMargin: sourced(z.number().finite().min(0).max(100), 'A model maker finished, in the last four quarters, a model within this many capability points of the best open model at the time; 10 when left out.').optional(),
  revenueMultiple: sourced(z.number().finite().min(0).max(200), 'Valuation as a multiple of annualised revenue at a 100% gross margin: investors pay revenue x gross margin x this multiple, more for a growing lab.'),
  buzz: sourced(z.number().finite().min(0).max(3), 'Word of mouth: the largest random swing in a lab\'s appeal to buyers each quarter, in utility units; 0 makes worlds differ only by what labs do. 0.7 when left out.').optional(),
  trainingFailurePercent: sourced(z.number().min(0).max(50), 'Chance in whole percent that a run at 1e24 FLOP fails with no researchers.'),
  researchFlopUnit: sourced(z.number().finite().min(1).max(1e30), 'Research points a quarter are sqrt(researchers x research FLOP / this).'),
  publishedCostShare: fraction('Share of a technique\'s cost still paid once someone has published it.'),
  inGameHostShare: fraction('Share of open-model hosting revenue that goes to clouds in the game.'),
  enterpriseTokensPerDollar: money('Tokens served per dollar of enterprise revenue.'),
});

export const scenarioFileSchema = z
  .strictObject({
    $schema: z.string().max(300).optional().describe('Where editors find this schema: "./schema.json" beside the shipped scenarios in a checkout, and at scenarios/schema.json on the game\'s site (schema-extends.json for a file that extends another).'),
    extends: z.string().max(200).optional().describe('A shipped scenario id (such as "china-2025") or a sibling file ("./mine.json") to start from; this file then gives only what it changes.'),
    formatVersion: z.literal(FORMAT_VERSION).describe('Version of this file format.'),
    id: id.describe('Scenario id; the file name without .json.'),
    title: words(80).describe('Title shown in the scenario list.'),
    premise: words(400).describe('One or two sentences that set the scene.'),
    difficulty: z.enum(['introductory', 'standard', 'hard']).describe('How hard the scenario is for a new player.'),
    teachingGoals: z.array(words(300)).max(10).default([]).describe('What a class should take away, shown in the briefing.'),
    start: z.strictObject({
      year: z.number().int().min(2000).max(2100).describe('Calendar year.'),
      quarter: z.number().int().min(1).max(4).describe('Calendar quarter, 1 to 4.'),
    }).describe('Calendar quarter of the first turn.'),
    quarters: z.number().int().min(1).max(40).describe('Number of quarters played.'),
    regions: z.array(region).min(1).max(10).describe('Regions of the world.'),
    chips: z.array(chip).min(1).max(40).describe('Chip catalogue.'),
    labs: z.array(lab).min(1).max(64).describe('Labs in the game.'),
    playerLab: id.describe('Lab the player runs by default.'),
    segments: z.record(id, segmentRules.describe('One buyer segment: its name, how it buys and how its buyers choose.'))
      .refine((all) => Object.keys(all).length <= MAX_SEGMENTS, { message: 'check.tooManySegments' })
      .describe('Buyer segments by id ("api", "consumer", "coding-agents"...): how buyers in each choose; regions give their spending under markets.'),
    enterprise: z.strictObject({
      capabilityWeight: sourced(z.number().finite().min(0).max(10), 'Utility per capability point.'),
      reputationWeight: sourced(z.number().finite().min(0).max(10), 'Utility per reputation point.'),
      outsideUtility: sourced(z.number().finite().min(-50).max(50), 'Utility of buying no solution in the game.'),
      revenuePerEngineer: money('Contract revenue one engineer can deliver and support in a quarter, dollars; no limit when left out.').optional(),
      revenuePerEngineerByRegion: z.record(id, money('Dollars per engineer per quarter for buyers in this region.')).optional()
        .describe('Where buyers pay less (or more) for the same work: contract revenue one engineer delivers in a quarter to buyers in each region named; other regions use revenuePerEngineer.'),
    }).describe('How enterprise buyers choose a vertical solution.'),
    verticals: z.array(vertical).max(20).default([]).describe('Industries that buy solutions built on models.'),
    appetite: z.array(appetite).max(400).describe('Investors\' appetite per region over time.'),
    techniques: z.array(technique).max(40).describe('Techniques labs can research.'),
    events: z.array(event).max(200).default([]).describe('Scheduled and triggered events.'),
    objectives: z.array(objective).max(10).default([]).describe('What the player is asked to achieve.'),
    world: world.describe('Rules of the world.'),
  })
  .transform(({ $schema: _schema, formatVersion: _version, extends: _extends, ...scenario }) => scenario);

// Compile-time check: the schema's output is exactly the engine's Scenario.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesEngine: Same<z.output<typeof scenarioFileSchema>, Scenario> = true;
void schemaMatchesEngine;

/** Every kind of condition, effect and objective a file may use, in the schema's order (for editors and tests). */
export const conditionKinds: readonly string[] = conditionKinds_.options.map((o) => o.shape.kind.value);
export const effectKinds: readonly string[] = effect.options.map((o) => o.shape.kind.value);
export const objectiveKinds: readonly string[] = objective.options.map((o) => o.shape.kind.value);
