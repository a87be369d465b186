/**
 * An occurrence whose every message was handed over or failed (or dropped by a cancel) has ended: what
 * it did not charge of its hold goes back to the account, then it raises `campaign.sent` (or
 * `campaign.failed` when none went), once: a flag on the occurrence is set in the same transaction as
 * the event's outbox item. A chunk redelivered after the stats moved (a crash in between) asks again,
 * and finds the hold released and the flag set.
 */
import type { Db } from '../db/client';
import { getItem } from '../db/items';
import { keys } from '../db/keys';
import { commitIfConditionsHold } from '../db/unit-of-work';
import type { Logger } from '../logger';
import { moneyDeps } from '../money/balance';
import type { HoldRefusal } from '../money/holds';
import { releaseHold } from '../money/holds';
import type { SendTask, WebhookEvent, WebhookQueue } from '../ports';
import { eventId } from '../webhooks/events';
import { enabledWebhooks, eventsToRaise, relay } from '../webhooks/outbox';
import { markEndRaised, type OccurrenceTally } from './occurrences';

type EndedTally = OccurrenceTally & { endRaised?: boolean };

export const isComplete = (tally: OccurrenceTally | undefined): tally is OccurrenceTally =>
  tally?.recipients !== undefined && tally.sent + tally.failed + (tally.dropped ?? 0) >= tally.recipients;

export async function raiseOccurrenceEnd(
  deps: { db: Db; log: Logger; now: Date; webhookQueue?: WebhookQueue; currency?: string },
  task: Pick<SendTask, 'accountId' | 'campaignId' | 'slot'>,
  known?: OccurrenceTally,
): Promise<void> {
  const { db } = deps;
  const key = keys.occurrence(task.accountId, task.campaignId, task.slot);
  const tally = (known ?? (await getItem<EndedTally>(db, key))) as EndedTally | undefined;
  if (!isComplete(tally)) return;
  await releaseHold(moneyDeps(deps), task, deps.now);
  if (tally.endRaised) return;
  const endpoints = await enabledWebhooks(db, task.accountId);
  const raised = eventsToRaise(
    db,
    { accountId: task.accountId, endpoints },
    [occurrenceEndEvent(task, tally, deps.now)],
    deps.now,
  );
  if (!raised) return;
  if (await commitIfConditionsHold(db, [markEndRaised(db, task), raised.put])) await relay(deps, raised);
}

/**
 * `campaign.sent` (something went) or `campaign.failed` (nothing did, or `reason`: refused before
 * sending), one per occurrence: its id is the occurrence's end, whoever raises it.
 */
export function occurrenceEndEvent(
  ref: Pick<SendTask, 'accountId' | 'campaignId' | 'slot'>,
  tally: Pick<OccurrenceTally, 'recipients' | 'sent' | 'failed' | 'optedOut' | 'parts'>,
  now: Date,
  reason?: HoldRefusal,
): WebhookEvent {
  return {
    id: eventId(ref.accountId, ref.campaignId, ref.slot, 'end'),
    type: tally.sent > 0 ? 'campaign.sent' : 'campaign.failed',
    timestamp: now.toISOString(),
    data: {
      campaignId: ref.campaignId,
      occurrence: ref.slot,
      ...(reason ? { reason } : {}),
      recipients: tally.recipients,
      sent: tally.sent,
      failed: tally.failed,
      optedOut: tally.optedOut ?? 0,
      parts: tally.parts ?? 0,
    },
  };
}
