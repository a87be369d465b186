import { OperatorError } from '../errors';
import type { SenderStatus } from './sender';

/**
 * A sender's lifecycle, moved only by the platform's operators:
 * PENDING → SUBMITTED → ACCEPTED | REFUSED, accept or refuse straight from PENDING, and an ACCEPTED
 * sender may be revoked (→ REFUSED). Nothing returns to PENDING and nothing leaves REFUSED.
 */
const allowedMoves: Record<SenderStatus, readonly SenderStatus[]> = {
  PENDING: ['SUBMITTED', 'ACCEPTED', 'REFUSED'],
  SUBMITTED: ['ACCEPTED', 'REFUSED'],
  ACCEPTED: ['REFUSED'],
  REFUSED: [],
};

export function checkStatusChange(from: SenderStatus, to: SenderStatus, reason: string | undefined): void {
  if (!allowedMoves[from].includes(to)) {
    const options = allowedMoves[from];
    throw new OperatorError(
      'status-change-not-allowed',
      `A sender cannot go from ${from} to ${to}: ` +
        (options.length ? `from ${from} it may only go to ${options.join(', ')}` : `${from} is final`) +
        '.',
    );
  }
  if (to === 'REFUSED' && !reason?.trim()) {
    throw new OperatorError('reason-required', 'A refusal needs a reason, which the customer reads.');
  }
}
