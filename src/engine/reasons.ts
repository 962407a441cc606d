// Why an action was rejected: a code plus parameters; the UI turns them into a sentence.

export const REJECTION_REASONS = [
  'gameOver', 'unknownAction', 'unknownLab', 'labOut', 'unknownChip', 'unknownRegion', 'unknownModel',
  'unknownSegment', 'chipNotAvailable', 'noGreyMarket', 'greyNotNeeded', 'notForRent', 'rentalCapacity', 'badCount',
  'badNumber', 'badSplit', 'notEnoughCash', 'notEnoughChips', 'notEnoughStaff', 'hiringCap', 'runInProgress',
  'noRun', 'activeAboveTotal', 'notYourModel', 'alreadyOpen', 'modelNotOpen', 'productLive', 'productNotLive',
  'noModel', 'roundPending', 'roundTooLarge', 'roundBeyondNeed', 'roundBeyondNeedFleet', 'roundYearDrawn', 'roundTurnedDown', 'noInvestors', 'needsMixtureOfExperts', 'unknownTechnique',
  'techniqueKnown', 'techniqueUnknownToLab', 'alreadyPublished', 'noSuchQuestion', 'unknownChoice',
  'unknownVertical', 'verticalStarted', 'modelTooWeak', 'noEngineers', 'unknownStrategy', 'notAPersonsLab',
  'runDoesNotFit', 'modelDoesNotFit', 'badName', 'notAPartner', 'partnerTaken', 'partnerTooLarge', 'partnerExclusive',
  'notMarketable', 'noLender', 'loanTooLarge',
  // Refused by the game, not the engine: the class code forbids the autopilot.
  'classForbidsAutopilot',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** Ids and raw numbers, as in report notes (see notes.ts); the views name and round them. */
export type RejectionParams = Record<string, string | number>;

export interface Rejection {
  ok: false;
  reason: RejectionReason;
  params: RejectionParams;
}

export function reject(reason: RejectionReason, params: RejectionParams = {}): Rejection {
  return { ok: false, reason, params };
}
