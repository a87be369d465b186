import { GetCommand, PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Recipient } from '../campaigns/campaign';
import {
  type CampaignItem,
  getCampaign,
  LEAVE_AWAITING_DISPATCH,
  RECIPIENTS_PER_CHUNK,
} from '../campaigns/repository';
import type { Clock } from '../clock';
import type { Contact } from '../contacts/contact';
import { chunk } from '../db/batch';
import type { Db } from '../db/client';
import { keys } from '../db/keys';
import { queryAll } from '../db/paginate';
import { isConditionFailure, isTransactionCancelled } from '../db/transactions';
import { allMembers } from '../groups/repository';
import type { Logger } from '../logger';
import type { DispatchRequest, Queues, SendTask } from './ports';

export interface DispatchDeps {
  db: Db;
  clock: Clock;
  queues: Pick<Queues, 'send'>;
  log: Logger;
}

export type DispatchOutcome = 'queued' | 'duplicate' | 'cancelled' | 'unknown-campaign';

/**
 * Plans one occurrence of a campaign.
 * 1. Claim the occurrence (its slot), so a repeated invocation plans nothing more.
 * 2. Skip a cancelled campaign.
 * 3. Take the frozen recipients; a recurring campaign reads its groups again.
 * 4. Queue one send task per chunk of recipients.
 * 5. Mark the occurrence queued and add its recipients to the campaign's total, together.
 * A failure before step 5 leaves the claim PLANNED, and the retry plans again: sends are claimed per
 * phone, so a chunk queued twice still sends each message once.
 */
export async function dispatchOccurrence(
  deps: DispatchDeps,
  request: DispatchRequest,
): Promise<DispatchOutcome> {
  const { db } = deps;
  const campaign = await getCampaign(db, request.accountId, request.campaignId);
  if (!campaign) {
    deps.log.warn('dispatch of an unknown campaign', { ...request });
    return 'unknown-campaign';
  }
  const occurrence = keys.occurrence(request.accountId, request.campaignId, request.slot);
  try {
    await db.client.send(
      new PutCommand({
        TableName: db.tableName,
        Item: {
          ...occurrence,
          entity: 'occurrence',
          slot: request.slot,
          state: 'PLANNED',
          sent: 0,
          failed: 0,
        },
        ConditionExpression: 'attribute_not_exists(pk) OR #state = :planned',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':planned': 'PLANNED' },
      }),
    );
  } catch (error) {
    if (isConditionFailure(error)) return 'duplicate';
    throw error;
  }
  if (campaign.status === 'CANCELLED') {
    await db.client.send(
      new PutCommand({
        TableName: db.tableName,
        Item: { ...occurrence, entity: 'occurrence', slot: request.slot, state: 'SKIPPED' },
      }),
    );
    return 'cancelled';
  }

  const recipients = await recipientsOf(db, campaign);
  const tasks: SendTask[] = chunk(recipients, RECIPIENTS_PER_CHUNK).map((batch, index) => ({
    accountId: campaign.accountId,
    campaignId: campaign.id,
    slot: request.slot,
    chunk: index,
    senderName: campaign.sender.name,
    text: campaign.text,
    recipients: batch.map(({ viaGroup: _, createdAt: __, ...recipient }) => recipient),
  }));
  // The count first: sends that finish before this function does can then tell the occurrence is complete.
  await db.client.send(
    new UpdateCommand({
      TableName: db.tableName,
      Key: occurrence,
      UpdateExpression: 'SET recipients = :count',
      ExpressionAttributeValues: { ':count': recipients.length },
    }),
  );
  await deps.queues.send(tasks);

  const now = deps.clock.now().toISOString();
  try {
    await db.client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: db.tableName,
              Key: occurrence,
              UpdateExpression: 'SET #state = :queued, queuedAt = :now',
              ConditionExpression: '#state = :planned',
              ExpressionAttributeNames: { '#state': 'state' },
              ExpressionAttributeValues: { ':queued': 'QUEUED', ':planned': 'PLANNED', ':now': now },
            },
          },
          {
            Update: {
              TableName: db.tableName,
              Key: keys.campaign(campaign.accountId, campaign.id),
              UpdateExpression: `SET dispatchedAt = if_not_exists(dispatchedAt, :now), updatedAt = :now${campaign.type === 'RECURRING' ? ' ADD #total :count' : ''} ${LEAVE_AWAITING_DISPATCH}`,
              ...(campaign.type === 'RECURRING' ? { ExpressionAttributeNames: { '#total': 'total' } } : {}),
              ExpressionAttributeValues: {
                ':now': now,
                ...(campaign.type === 'RECURRING' ? { ':count': recipients.length } : {}),
              },
            },
          },
        ],
      }),
    );
  } catch (error) {
    // Another invocation of the same slot finished first: its tasks and ours send each message once.
    if (!isTransactionCancelled(error)) throw error;
  }
  await recordLatestSlot(db, campaign, request.slot);
  return 'queued';
}

/** Slots may be dispatched out of order (a clock moved by weeks, retries): keep the latest. */
async function recordLatestSlot(db: Db, campaign: CampaignItem, slot: string) {
  try {
    await db.client.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: keys.campaign(campaign.accountId, campaign.id),
        UpdateExpression: 'SET lastSlot = :slot',
        ConditionExpression: 'attribute_not_exists(lastSlot) OR lastSlot < :slot',
        ExpressionAttributeValues: { ':slot': slot },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

/** Whether a dispatch has claimed this occurrence already (it is then in the dispatch function's hands). */
export async function isOccurrenceClaimed(db: Db, request: DispatchRequest): Promise<boolean> {
  const found = await db.client.send(
    new GetCommand({
      TableName: db.tableName,
      Key: keys.occurrence(request.accountId, request.campaignId, request.slot),
      ConsistentRead: true,
    }),
  );
  return found.Item !== undefined;
}

/** The chunks the campaign counts, and no others (an attempt cut short may have left more under its id). */
async function frozenRecipients(db: Db, campaign: CampaignItem): Promise<Recipient[]> {
  if (campaign.chunkCount === 0) return [];
  const first = keys.recipientChunk(campaign.accountId, campaign.id, 0);
  const last = keys.recipientChunk(campaign.accountId, campaign.id, campaign.chunkCount - 1);
  const recipients: Recipient[] = [];
  const chunks = queryAll<{ recipients: Recipient[] }>(db, {
    KeyConditionExpression: 'pk = :pk AND sk BETWEEN :first AND :last',
    ExpressionAttributeValues: { ':pk': first.pk, ':first': first.sk, ':last': last.sk },
  });
  for await (const page of chunks) for (const item of page) recipients.push(...item.recipients);
  return recipients;
}

/** Who receives this occurrence: the frozen list, or for a recurring campaign its own contacts and its groups as they are now. */
async function recipientsOf(db: Db, campaign: CampaignItem): Promise<Recipient[]> {
  const frozen = await frozenRecipients(db, campaign);
  if (campaign.type !== 'RECURRING' || campaign.groupsIds.length === 0) return frozen;
  const byPhone = new Map<string, Recipient>();
  for (const recipient of frozen) if (!recipient.viaGroup) byPhone.set(recipient.phone, recipient);
  for (const groupId of campaign.groupsIds) {
    for await (const members of allMembers(db, campaign.accountId, groupId)) {
      for (const member of members as Contact[])
        if (!byPhone.has(member.phone)) byPhone.set(member.phone, member);
    }
  }
  return [...byPhone.values()];
}
