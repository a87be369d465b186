import { addToCampaignStats, changeCampaignStatus, getCampaign } from '../campaigns/repository';
import type { Clock } from '../clock';
import type { Db } from '../db/client';
import { keys } from '../db/keys';
import type { Logger } from '../logger';
import { renderText } from '../text/render';
import { MAX_SEGMENTS, measureText } from '../text/segments';
import {
  claimMessage,
  failLostMessage,
  getMessageClaim,
  type MessageKey,
  recordMessageOutcome,
  releaseMessage,
} from './messages';
import { addToOccurrenceTally } from './occurrences';
import type { Pacer } from './pace';
import { ProviderError, type SendTask, type SmsProvider } from './ports';

export interface SendDeps {
  db: Db;
  clock: Clock;
  provider: SmsProvider;
  log: Logger;
  /** How long a claim protects a message whose outcome is not yet written (a send in flight). */
  leaseMs?: number;
  /** Holds each message back until the sending rate allows its parts. */
  pace?: Pacer;
}

const CLAIM_DAYS = 30;
const DEFAULT_LEASE_MS = 5 * 60_000;

export interface ChunkResult {
  sent: number;
  failed: number;
  /** Recipients to try again later (provider throttling, outages, a claim still in flight elsewhere). */
  retry: number;
}

/**
 * Sends one chunk of an occurrence.
 * For each recipient: render and segment the text, claim (campaign, occurrence, phone) with a
 * conditional write, hand the message to the provider, record the outcome. A claim found with no
 * outcome after its lease is counted failed as `outcome-unknown`, never sent blindly again.
 * Then the campaign's stats move once for the whole chunk.
 */
export async function sendChunk(deps: SendDeps, task: SendTask): Promise<ChunkResult> {
  const { db } = deps;
  const result: ChunkResult = { sent: 0, failed: 0, retry: 0 };
  for (const [index, recipient] of task.recipients.entries()) {
    const claimKey = keys.messageClaim(task.accountId, task.campaignId, task.slot, recipient.phone);
    const now = deps.clock.now();
    const text = renderText(task.text, recipient);
    const measure = measureText(text);
    const facts = {
      to: recipient.phone,
      contactId: recipient.id,
      segments: measure.segments,
      encoding: measure.encoding,
      expiresAt: Math.floor(now.getTime() / 1000) + CLAIM_DAYS * 86_400,
    };
    if (measure.segments > MAX_SEGMENTS) {
      const tooLong = { state: 'FAILED', reason: 'message-too-long', at: now.toISOString() } as const;
      if (await claimMessage(db, claimKey, facts, tooLong)) result.failed++;
      continue;
    }
    const leaseUntil = now.getTime() + (deps.leaseMs ?? DEFAULT_LEASE_MS);
    if (!(await claimMessage(db, claimKey, facts, { state: 'SENDING', leaseUntil }))) {
      const outcome = await settleExistingClaim(db, claimKey, now);
      if (outcome === 'failed') result.failed++;
      if (outcome === 'in-flight') result.retry++;
      continue;
    }
    try {
      await deps.pace?.(measure.segments);
      const { messageId } = await deps.provider.send({
        to: recipient.phone,
        from: task.senderName,
        text,
        campaignId: task.campaignId,
        occurrence: task.slot,
      });
      await recordMessageOutcome(db, claimKey, {
        state: 'SENT',
        messageId,
        at: deps.clock.now().toISOString(),
      });
      result.sent++;
    } catch (error) {
      if (error instanceof ProviderError && error.retryable) {
        // Nothing went out: release the claim so the retry may send.
        await releaseMessage(db, claimKey, facts);
        result.retry++;
      } else if (error instanceof ProviderError) {
        await recordMessageOutcome(db, claimKey, {
          state: 'FAILED',
          reason: error.reason,
          at: deps.clock.now().toISOString(),
        });
        result.failed++;
      } else {
        // The call may or may not have reached the provider: the claim stays, and its lease decides.
        // Stop here, so an outage costs one message per attempt, not the whole chunk.
        deps.log.error('provider call failed with an unknown outcome', {
          error,
          campaignId: task.campaignId,
        });
        result.retry += task.recipients.length - index;
        break;
      }
    }
  }
  if (result.sent || result.failed) await addToStats(deps, task, result);
  return result;
}

/** Someone claimed this message before: done already, in flight, or lost in flight (its lease ran out). */
async function settleExistingClaim(
  db: Db,
  key: MessageKey,
  now: Date,
): Promise<'done' | 'in-flight' | 'failed'> {
  const existing = await getMessageClaim(db, key);
  if (existing?.state !== 'SENDING') return 'done';
  if ((existing.leaseUntil ?? 0) > now.getTime()) return 'in-flight';
  const failed = await failLostMessage(db, key, existing.leaseUntil, 'outcome-unknown', now.toISOString());
  return failed ? 'failed' : 'done';
}

/** One update of the campaign and one of the occurrence per chunk; the campaign's status follows when all is done. */
async function addToStats(deps: SendDeps, task: SendTask, result: ChunkResult) {
  const { db } = deps;
  const counts = { sent: result.sent, failed: result.failed };
  const now = deps.clock.now().toISOString();
  const campaign = await addToCampaignStats(
    db,
    { accountId: task.accountId, id: task.campaignId },
    counts,
    now,
  );
  const occurrence = await addToOccurrenceTally(db, task, counts, now);
  if (!occurrence || !campaign || occurrence.recipients === undefined) return;
  if (occurrence.sent + occurrence.failed < occurrence.recipients) return;
  // The occurrence is complete: the campaign shows how it ended (a recurring one keeps going).
  const to = occurrence.sent > 0 ? 'SENT' : 'FAILED';
  const current = await getCampaign(db, task.accountId, task.campaignId);
  if (!current || current.status === to || current.status === 'CANCELLED') return;
  await changeCampaignStatus(db, current, to, deps.clock.now(), { expression: 'attribute_exists(pk)' });
}
