// Why an action was rejected: a code plus parameters; the UI turns them into a sentence.

export type RejectionReason =
  | 'gameOver'
  | 'unknownLab'
  | 'labOut'
  | 'unknownChip'
  | 'chipNotAvailable'
  | 'badCount'
  | 'notEnoughCash'
  | 'unknownAction';

export type RejectionParams = Record<string, string | number>;

export interface Rejection {
  ok: false;
  reason: RejectionReason;
  params: RejectionParams;
}

export function reject(reason: RejectionReason, params: RejectionParams = {}): Rejection {
  return { ok: false, reason, params };
}
