// Why things moved, as typed codes with ids and raw numbers: the views name the ids and round the numbers.

/** Notes in a lab's quarter report. */
export const NOTE_CODES = [
  'runFinished', 'runUnderperformed', 'modelHeldBack', 'runFailed', 'runStalled', 'techniqueLearned', 'verticalLive', 'rentalCut', 'chipsSeized',
  'chipsArrived', 'greyChipsArrived', 'ordersRationed', 'rentalRationed',
  'revenueRose', 'revenueRoseNewModel', 'revenueFellOpenFloor', 'revenueFellRival', 'revenueFellCapacity', 'revenueFellFrontier',
  'capacityShort', 'freeUsersTurnedAway', 'appLittleKnown', 'deliveryShort', 'gpuHoursRented', 'gpuHoursShortOfStaff', 'loanPaid', 'loanDefault', 'researcherPayUp', 'servingEdge', 'resoldAsHost', 'roundClosed', 'roundOnProgress', 'roundFailed', 'roundCut', 'roundUndersubscribed', 'downRound', 'emergencyRound', 'acquired', 'shutDown', 'royaltyPaid', 'trainingRent', 'voucherRationed',
] as const;
export type NoteCode = (typeof NOTE_CODES)[number];

/** Lines of the world's news. */
export const NEWS_CODES = ['event', 'openRelease', 'closedRelease', 'labAcquired', 'labShutDown', 'rentalEnded', 'researcherPayChanged', 'engineerPayChanged', 'powerPriceChanged'] as const;
export type NewsCode = (typeof NEWS_CODES)[number];

/**
 * Parameters: ids under the names `lab`, `buyer`, `chip`, `region`, `model`, `technique`, `vertical`, `event`;
 * dollars, counts, capability points and shares (0..1) as raw numbers.
 */
export type NoteParams = Record<string, string | number>;

export interface ReportNote<C extends string = NoteCode | NewsCode> {
  code: C;
  params: NoteParams;
}
