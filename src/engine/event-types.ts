// Events are data: when they fire, on whom, and what they change — a closed vocabulary, never code.
import type { ChipId, LabId, QuarterIndex, RegionId, SegmentId } from './scenario-types';

/** A condition on the world, or (for events aimed at labs) on the lab being considered. */
export type Condition =
  | { kind: 'quarterAtLeast'; quarter: QuarterIndex }
  | { kind: 'openModelWithin'; points: number }
  | { kind: 'labsAliveAtMost'; region: RegionId; count: number }
  | { kind: 'appetiteBelow'; region: RegionId; layer: 'foundation' | 'applications'; value: number }
  | { kind: 'labRegion'; region: RegionId }
  | { kind: 'labCashBelow'; amount: number }
  | { kind: 'labCapabilityAtLeast'; points: number }
  | { kind: 'labUsesGreyChips' }
  | { kind: 'labUsesDomesticChips' }
  | { kind: 'labTrainsOwnModels' }
  | { kind: 'labIs'; lab: LabId }
  | { kind: 'choseEarlier'; event: string; choice: string }
  | { kind: 'any'; conditions: Condition[] }
  | { kind: 'all'; conditions: Condition[] }
  | { kind: 'not'; condition: Condition };

/** A change to the world's rules (from the next quarter on) or to the lab the event is aimed at. */
export type Effect =
  | { kind: 'chipSales'; chip: ChipId; region: RegionId; allowed: boolean; licenceFee?: number }
  | { kind: 'chipRental'; chip: ChipId; region: RegionId; allowed: boolean; pricePerHour?: number; maxUnits?: number }
  | { kind: 'greyMarket'; chip: ChipId; premium: number; seizurePercent: number }
  | { kind: 'marketSize'; region: RegionId; segment: SegmentId; factor: number }
  | { kind: 'appetite'; region: RegionId; foundation?: number; applications?: number }
  | { kind: 'voucher'; region: RegionId; share: number }
  | { kind: 'powerPrice'; region: RegionId; factor: number }
  | { kind: 'priceWar'; region: RegionId; factor: number }
  | { kind: 'openModelRelease'; name: string; capability: number; activeParams: number }
  | { kind: 'grant'; amount: number }
  | { kind: 'expense'; amount: number }
  | { kind: 'investment'; amount: number; equityShare: number }
  | { kind: 'poach'; share: number }
  | { kind: 'seizeGreyChips' }
  | { kind: 'cutRentalsAbroad' }
  | { kind: 'reputation'; delta: number }
  | { kind: 'tariff'; region: RegionId; madeIn: RegionId; share: number; on?: TariffScope };

/** What a tariff is charged on: chips bought, chips rented, or both (the default). */
export type TariffScope = 'purchases' | 'rentals' | 'both';

export const WORLD_EFFECTS: readonly Effect['kind'][] = ['chipSales', 'chipRental', 'greyMarket', 'marketSize', 'appetite', 'voucher', 'powerPrice', 'priceWar', 'openModelRelease', 'tariff'];
export const LAB_CONDITIONS: readonly Condition['kind'][] = ['labRegion', 'labCashBelow', 'labCapabilityAtLeast', 'labUsesGreyChips', 'labUsesDomesticChips', 'labTrainsOwnModels', 'labIs'];

export interface EventChoice {
  id: string;
  label: string;
  effects: Effect[];
}

export interface EventDef {
  id: string;
  headline: string;
  body: string;
  /** What the event teaches, in a sentence or two. */
  teachingNote: string;
  /** Fires in exactly this quarter (scheduled); leave out for an event triggered by its conditions. */
  quarter?: QuarterIndex;
  /** 'world' fires once for everyone; 'labs' is considered for each lab in the game. */
  target: 'world' | 'labs';
  conditions: Condition[];
  /** Chance in whole percent per quarter, once the conditions hold. */
  chancePercent: number;
  /** May fire again in a later quarter (for the same lab). */
  repeat: boolean;
  effects: Effect[];
  /** For events aimed at labs: the lab picks one; unanswered, a bot takes the one worth most to it and a person's lab the first. */
  choices: EventChoice[];
}
