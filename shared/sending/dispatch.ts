import type { Recipient } from '../campaigns/campaign';
import {
  type CampaignItem,
  campaignDispatched,
  frozenRecipients,
  getCampaign,
  RECIPIENTS_PER_CHUNK,
  recordLatestSlot,
  textToSend,
  writeRecipientChunks,
} from '../campaigns/repository';
import type { Clock } from '../clock';
import type { Contact } from '../contacts/contact';
import { chunk } from '../db/batch';
import type { Db } from '../db/client';
import { keys } from '../db/keys';
import { allMembers } from '../groups/repository';
import type { Logger } from '../logger';
import {
  claimOccurrence,
  markOccurrenceQueued,
  setOccurrenceRecipients,
  skipOccurrence,
} from './occurrences';
import type { DispatchRequest, SendQueue, SendTask } from './ports';

export interface DispatchDeps {
  db: Db;
  clock: Clock;
  sendQueue: SendQueue;
  log: Logger;
}

export type DispatchOutcome = 'queued' | 'duplicate' | 'cancelled' | 'unknown-campaign';

/**
 * Plans one occurrence of a campaign.
 * 1. Claim the occurrence (its slot), so a repeated invocation plans nothing more.
 * 2. Skip a cancelled campaign.
 * 3. Take the frozen recipients; a recurring campaign reads its groups again, and keeps what it read.
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
  if (!(await claimOccurrence(db, request))) return 'duplicate';
  if (campaign.status === 'CANCELLED') {
    await skipOccurrence(db, request);
    return 'cancelled';
  }

  const { recipients, own } = await recipientsOf(db, campaign);
  // Read again, they are kept with the occurrence: its message log lists them, in this order.
  if (own) {
    await writeRecipientChunks(
      db,
      (index) => keys.occurrenceRecipientChunk(campaign.accountId, campaign.id, request.slot, index),
      recipients,
    );
  }
  const tasks: SendTask[] = chunk(recipients, RECIPIENTS_PER_CHUNK).map((batch, index) => ({
    accountId: campaign.accountId,
    campaignId: campaign.id,
    slot: request.slot,
    chunk: index,
    senderName: campaign.sender.name,
    text: textToSend(campaign),
    recipients: batch.map(({ viaGroup: _, createdAt: __, ...recipient }) => recipient),
  }));
  // The count first: sends that finish before this function does can then tell the occurrence is complete.
  await setOccurrenceRecipients(db, request, recipients.length, own);
  await deps.sendQueue.send(tasks);

  const now = deps.clock.now().toISOString();
  // False when another invocation of the same slot finished first: its tasks and ours send each message once.
  await markOccurrenceQueued(db, request, now, campaignDispatched(db, campaign, recipients.length, now));
  await recordLatestSlot(db, campaign, request.slot);
  return 'queued';
}

/** Who receives this occurrence: the frozen list, or for a recurring campaign its own contacts and its groups as they are now. */
async function recipientsOf(
  db: Db,
  campaign: CampaignItem,
): Promise<{ recipients: Recipient[]; own: boolean }> {
  const frozen = await frozenRecipients(db, campaign);
  if (campaign.type !== 'RECURRING' || campaign.groupsIds.length === 0)
    return { recipients: frozen, own: false };
  const byPhone = new Map<string, Recipient>();
  for (const recipient of frozen) if (!recipient.viaGroup) byPhone.set(recipient.phone, recipient);
  for (const groupId of campaign.groupsIds) {
    for await (const members of allMembers(db, campaign.accountId, groupId)) {
      for (const member of members as Contact[])
        if (!byPhone.has(member.phone)) byPhone.set(member.phone, member);
    }
  }
  return { recipients: [...byPhone.values()], own: true };
}
