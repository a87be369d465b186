/**
 * The two-way number's answer to a stop or start keyword: one SMS per reply, in French and GSM-7 (one
 * segment), only to a phone some account reached. A reply the queue delivers twice is confirmed once.
 */
import type { Clock } from '../clock';
import type { Db } from '../db/client';
import type { Logger } from '../logger';
import { ProviderError, type SmsProvider } from '../ports';
import type { ReplyKeyword } from './keywords';
import { claimReplyConfirmation, releaseReplyConfirmation } from './repository';

export const CONFIRMATION_TEXTS: Record<ReplyKeyword['kind'], string> = {
  stop: 'Votre désinscription est enregistrée : vous ne recevrez plus nos SMS. Répondez START pour vous réabonner.',
  start:
    'Votre réabonnement est enregistré : vous recevrez à nouveau nos SMS. Répondez STOP pour vous désinscrire.',
};

/** A claim outlives any redelivery of its reply (SQS keeps a message 4 days at most). */
const CLAIM_DAYS = 30;

export interface ConfirmedReply {
  /** End User Messaging's id of the inbound message: a redelivered reply has the same. */
  id: string;
  from: string;
  /** The two-way number the reply came to: the confirmation goes from it. */
  to: string;
  keyword: ReplyKeyword;
}

export type ConfirmationOutcome = 'sent' | 'already-sent' | 'refused' | 'unknown';

/**
 * Claims the reply, then hands the confirmation over. A refusal worth trying again (throttling, an
 * outage) gives the claim back and throws, so the queue retries; a call whose answer was lost keeps it:
 * a phone may miss its confirmation, never get two.
 */
export async function confirmReply(
  deps: { db: Db; clock: Clock; log: Logger; sms: SmsProvider },
  reply: ConfirmedReply,
): Promise<ConfirmationOutcome> {
  const expiresAt = Math.floor(deps.clock.now().getTime() / 1000) + CLAIM_DAYS * 86_400;
  if (!(await claimReplyConfirmation(deps.db, reply.id, reply.keyword.kind, expiresAt)))
    return 'already-sent';
  try {
    await deps.sms.sendReply({
      to: reply.from,
      from: reply.to,
      text: CONFIRMATION_TEXTS[reply.keyword.kind],
    });
    return 'sent';
  } catch (error) {
    if (error instanceof ProviderError && error.retryable) {
      await releaseReplyConfirmation(deps.db, reply.id);
      throw error;
    }
    const outcome = error instanceof ProviderError ? 'refused' : 'unknown';
    deps.log.warn('reply confirmation not sent', {
      outcome,
      providerStatus: error instanceof ProviderError ? error.providerStatus : (error as Error).name,
    });
    return outcome;
  }
}
