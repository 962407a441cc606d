// The scenario file format as a zod schema: the loader's shape check and the source of scenarios/schema.json.
import { z } from 'zod';
import { STRATEGY_IDS, type Scenario } from '../engine';

export const FORMAT_VERSION = 1;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'an id is 1-40 lower-case letters, digits or dashes');

const source = z.strictObject({
  organisation: z.string().max(200).describe('Who published the figure.'),
  date: z.string().max(40).describe('When it was published, for example "2024-12".'),
  link: z.string().max(300).optional().describe('Where to read it (link text or address).'),
  note: z.string().max(500).optional().describe('How the figure was derived, if it was.'),
}).describe('Where a real-world figure comes from.');

/** A number, or a number with a source note: { "value": 25000, "source": { ... } }. */
function sourced(number: z.ZodNumber, description: string) {
  return z
    .union([number, z.strictObject({ value: number, source })])
    .transform((v) => (typeof v === 'number' ? v : v.value))
    .describe(`${description} A plain number, or { "value": number, "source": {...} }.`);
}

const money = (description: string) => sourced(z.number().finite().min(0).max(1e13), description);
const fraction = (description: string) => sourced(z.number().finite().min(0).max(1), description);

const region = z.strictObject({
  id: id.describe('Region id: "us", "cn" or "row" in shipped scenarios.'),
  name: z.string().min(1).max(60).describe('Name shown to players.'),
  researcherCostPerYear: money('Yearly cost of one researcher in dollars.'),
  marketPerQuarter: money('Spending on model access in the region in the first quarter, dollars.'),
  marketGrowthPerQuarter: sourced(z.number().finite().min(-0.5).max(2), 'Growth of that spending per quarter (0.1 = +10%).'),
  powerPricePerKwh: sourced(z.number().finite().min(0).max(5), 'Data-centre electricity price, dollars per kWh.'),
});

const availability = z.strictObject({
  region: id.describe('Region whose labs may buy the chip.'),
  from: z.number().int().min(0).max(400).describe('First quarter (0 = the first quarter played).'),
  until: z.number().int().min(0).max(400).optional().describe('Quarter from which it may no longer be bought (exclusive).'),
});

const chip = z.strictObject({
  id: id.describe('Chip id.'),
  name: z.string().min(1).max(60).describe('Name shown to players.'),
  peakFlops: sourced(z.number().finite().min(1e9).max(1e18), 'Peak dense BF16 FLOP per second.'),
  price: money('Purchase price per unit in dollars.'),
  powerKw: sourced(z.number().finite().min(0).max(10), 'Board power in kilowatts.'),
  utilisation: fraction('Model FLOP utilisation reached in training (0..1).'),
  availability: z.array(availability).max(100).describe('Where and when the chip may be bought.'),
});

const lab = z.strictObject({
  id: id.describe('Lab id.'),
  name: z.string().min(1).max(60).describe('Name shown to players.'),
  region: id.describe('Home region id.'),
  cash: money('Cash at the start, dollars.'),
  researchers: z.number().int().min(0).max(100_000).describe('Researchers at the start.'),
  chips: z.record(id, z.number().int().min(0).max(10_000_000)).describe('Chips owned at the start, by chip id.'),
  trainedCompute: sourced(z.number().finite().min(0).max(1e30), 'Effective training compute behind the best model at the start, FLOP.'),
  pricePerMillionTokens: sourced(z.number().finite().min(0.001).max(1000), 'Price charged per million tokens, dollars.'),
  salesRegions: z.array(id).min(1).max(10).describe('Regions whose buyers may use this lab\'s models.'),
  strategy: z.enum(STRATEGY_IDS).describe('Strategy that plays the lab when no human does.'),
});

export const scenarioFileSchema = z
  .strictObject({
    $schema: z.string().max(300).optional().describe('Path to schema.json, for editors.'),
    formatVersion: z.literal(FORMAT_VERSION).describe('Version of this file format.'),
    id: id.describe('Scenario id; the file name without .json.'),
    title: z.string().min(1).max(80).describe('Title shown in the scenario list.'),
    premise: z.string().min(1).max(400).describe('One or two sentences that set the scene.'),
    start: z.strictObject({
      year: z.number().int().min(2000).max(2100),
      quarter: z.number().int().min(1).max(4),
    }).describe('Calendar quarter of the first turn.'),
    quarters: z.number().int().min(1).max(40).describe('Number of quarters played.'),
    regions: z.array(region).min(1).max(10).describe('Regions of the world.'),
    chips: z.array(chip).min(1).max(40).describe('Chip catalogue.'),
    labs: z.array(lab).min(1).max(64).describe('Labs in the game.'),
    playerLab: id.describe('Lab the player runs by default.'),
    capability: z.strictObject({
      pointsPerDecade: sourced(z.number().finite().min(0.1).max(100), 'Capability points per tenfold of effective compute.'),
      baseCompute: sourced(z.number().finite().min(1).max(1e30), 'Effective compute that gives capability 0, FLOP.'),
    }).describe('How training compute becomes capability.'),
    market: z.strictObject({
      capabilityWeight: sourced(z.number().finite().min(0).max(10), 'Weight of one capability point in a buyer\'s utility.'),
      priceWeight: sourced(z.number().finite().min(0).max(10), 'Weight of ln(price) in a buyer\'s utility.'),
      outsideUtility: sourced(z.number().finite().min(-50).max(50), 'Utility of buying no model in the game.'),
    }).describe('How buyers choose.'),
    algorithmicGainPerQuarter: sourced(z.number().finite().min(1).max(3), 'World-wide algorithmic efficiency gain per quarter.'),
    depreciationQuarters: z.number().int().min(1).max(80).describe('Quarters over which chips are depreciated.'),
    trainingShare: fraction('Share of compute that trains models; the rest serves customers.'),
    revenueMultiple: sourced(z.number().finite().min(0).max(200), 'Valuation as a multiple of annualised revenue.'),
  })
  .transform(({ $schema: _schema, formatVersion: _version, ...scenario }) => scenario);

// Compile-time check: the schema's output is exactly the engine's Scenario.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesEngine: Same<z.output<typeof scenarioFileSchema>, Scenario> = true;
void schemaMatchesEngine;
