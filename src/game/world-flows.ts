// What the world view draws about compute and open models, read from the game state (no Phaser here, so unit tests can check it).
import { licensedUnits, type Chip, type ChipId, type GameState, type Lab, type LabId, type RegionId } from '../engine';

/** How a region's labs got chips: bought at list price, bought paying a licence fee, on the grey market, or rented in a cloud. */
export type FlowKind = 'bought' | 'licensed' | 'grey' | 'rented';
export const FLOW_KINDS: readonly FlowKind[] = ['bought', 'licensed', 'grey', 'rented'];

/** Chips from one region into the labs of another (or the same) region, of one kind. */
export interface ChipFlow {
  /** Where the chips are made; for rentals, the region whose clouds rent them. */
  from: RegionId;
  /** Where the labs using them are based. */
  to: RegionId;
  kind: FlowKind;
  /** Units held (or rented) now by the labs still in business. */
  units: number;
  /** Units each lab holds, by lab id. */
  byLab: Record<LabId, number>;
  /** Units gained in the last quarter change, by lab. */
  addedByLab: Record<LabId, number>;
  added: number;
}

/** A lab serving another lab's open model. */
export interface AdoptionLink {
  maker: LabId;
  adopter: LabId;
  model: string;
}

/** Units each lab holds of each flow, keyed `from|to|kind`, for comparing two moments. */
export type FlowHoldings = Record<string, Record<LabId, number>>;

const key = (from: RegionId, to: RegionId, kind: FlowKind) => `${from}|${to}|${kind}`;

/** Every lab's chips, grouped by where they come from and how they were had. */
export function flowHoldings(game: GameState): FlowHoldings {
  const holdings: FlowHoldings = {};
  const add = (from: RegionId, lab: Lab, kind: FlowKind, units: number) => {
    if (units <= 0) return;
    const k = key(from, lab.region, kind);
    const entry = (holdings[k] ??= {});
    entry[lab.id] = (entry[lab.id] ?? 0) + units;
  };
  const chipById = new Map<ChipId, Chip>(game.scenario.chips.map((c) => [c.id, c]));
  for (const lab of game.labs) {
    if (!lab.alive) continue;
    for (const chip of game.scenario.chips) {
      const legal = lab.chips[chip.id] ?? 0;
      const withFee = licensedUnits(lab, chip.id);
      add(chip.madeIn, lab, 'licensed', withFee);
      add(chip.madeIn, lab, 'bought', legal - withFee);
      add(chip.madeIn, lab, 'grey', lab.greyChips[chip.id] ?? 0);
    }
    for (const rental of lab.rentals) if (chipById.has(rental.chip)) add(rental.region, lab, 'rented', rental.units);
  }
  return holdings;
}

/** Units each lab gained of each flow between two moments (losses, such as seized chips, are not counted). */
export function movedBetween(before: FlowHoldings, after: FlowHoldings): FlowHoldings {
  const moved: FlowHoldings = {};
  for (const k of Object.keys(after).sort()) {
    for (const lab of Object.keys(after[k] ?? {}).sort()) {
      const more = (after[k]?.[lab] ?? 0) - (before[k]?.[lab] ?? 0);
      if (more > 0) (moved[k] ??= {})[lab] = more;
    }
  }
  return moved;
}

/** The flows to draw now, with what each lab gained in the last quarter change (`moved`, from movedBetween). */
export function chipFlows(game: GameState, moved: FlowHoldings | null): ChipFlow[] {
  const now = flowHoldings(game);
  const regions = game.scenario.regions.map((r) => r.id);
  const flows: ChipFlow[] = [];
  for (const to of regions) {
    for (const from of regions) {
      for (const kind of FLOW_KINDS) {
        const byLab = now[key(from, to, kind)];
        if (!byLab) continue;
        const addedByLab: Record<LabId, number> = {};
        let units = 0;
        let added = 0;
        for (const lab of Object.keys(byLab).sort()) {
          const held = byLab[lab] ?? 0;
          units += held;
          const more = moved?.[key(from, to, kind)]?.[lab] ?? 0;
          if (more > 0) {
            addedByLab[lab] = more;
            added += more;
          }
        }
        flows.push({ from, to, kind, units, byLab, addedByLab, added });
      }
    }
  }
  return flows;
}

/** Labs in business serving another lab's open model. */
export function adoptionLinks(game: GameState): AdoptionLink[] {
  const links: AdoptionLink[] = [];
  for (const lab of game.labs) {
    if (!lab.alive || !lab.productModel) continue;
    const model = game.models.find((m) => m.id === lab.productModel);
    if (model && model.lab !== lab.id && model.open) links.push({ maker: model.lab, adopter: lab.id, model: model.id });
  }
  return links;
}

/** Labs that have released at least one model's weights. */
export function openModelMakers(game: GameState): Set<LabId> {
  return new Set(game.models.filter((m) => m.open).map((m) => m.lab));
}

/** What the world view shows, for tests and screen readers: the flows and the open-model links. */
export interface WorldSummary {
  quarter: number;
  flows: { from: RegionId; to: RegionId; kind: FlowKind; units: number; added: number; byLab: Record<LabId, number>; addedByLab: Record<LabId, number> }[];
  adoption: AdoptionLink[];
}

export function worldSummary(game: GameState, flows: ChipFlow[]): WorldSummary {
  return {
    quarter: game.quarter,
    flows: flows.map(({ from, to, kind, units, added, byLab, addedByLab }) => ({ from, to, kind, units, added, byLab, addedByLab })),
    adoption: adoptionLinks(game),
  };
}
