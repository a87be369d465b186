/**
 * An occurrence the account cannot pay for (CONTRACT.md, Money): it sends nothing, it fails with the
 * reason, and raises `campaign.failed` saying so, once. A one-off campaign fails with it; a recurring
 * one keeps its next occurrences.
 */
import { type CampaignItem, changeCampaignStatus } from '../campaigns/repository';
import type { Clock } from '../clock';
import type { Db } from '../db/client';
import { keys } from '../db/keys';
import { commitIfConditionsHold } from '../db/unit-of-work';
import type { Logger } from '../logger';
import type { HoldRefusal } from '../money/holds';
import type { DispatchRequest } from '../ports';
import { enabledWebhooks, eventsToRaise, relay } from '../webhooks/outbox';
import { occurrenceEndEvent } from './occurrence-end';

export async function refuseOccurrence(
  deps: { db: Db; clock: Clock; log: Logger },
  campaign: CampaignItem,
  request: DispatchRequest,
  recipients: number,
  refusal: { reason: HoldRefusal },
): Promise<void> {
  const { db } = deps;
  const now = deps.clock.now();
  const at = now.toISOString();
  const events = eventsToRaise(
    db,
    { accountId: campaign.accountId, endpoints: await enabledWebhooks(db, campaign.accountId) },
    [
      occurrenceEndEvent(
        { accountId: campaign.accountId, campaignId: campaign.id, slot: request.slot },
        { recipients, sent: 0, failed: 0 },
        now,
        refusal.reason,
      ),
    ],
    now,
  );
  const written = await commitIfConditionsHold(db, [
    {
      Update: {
        TableName: db.tableName,
        Key: keys.occurrence(campaign.accountId, campaign.id, request.slot),
        UpdateExpression:
          'SET #state = :failed, failureReason = :reason, recipients = :recipients, endRaised = :yes, queuedAt = :now',
        ConditionExpression: '#state = :planned',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: {
          ':failed': 'FAILED',
          ':planned': 'PLANNED',
          ':reason': refusal.reason,
          ':recipients': recipients,
          ':yes': true,
          ':now': at,
        },
      },
    },
    {
      Update: {
        TableName: db.tableName,
        Key: keys.campaign(campaign.accountId, campaign.id),
        // Off the recovery's list: it was dispatched, and refused.
        UpdateExpression:
          'SET failureReason = :reason, dispatchedAt = if_not_exists(dispatchedAt, :now), updatedAt = :now REMOVE gsi2pk, gsi2sk',
        ExpressionAttributeValues: { ':reason': refusal.reason, ':now': at },
      },
    },
    ...(events ? [events.put] : []),
  ]);
  if (!written) return;
  await relay({ db, log: deps.log }, events);
  if (campaign.type !== 'RECURRING' && campaign.status === 'PENDING') {
    await changeCampaignStatus(db, campaign, 'FAILED', now, { expression: 'attribute_exists(pk)' });
  }
}
