/**
 * A campaign's message log. Each occurrence lists the campaign's recipients in their frozen order, so
 * a page is found by arithmetic (its recipients' chunks, then their message items by key) however far
 * it is; a status filter reads on from the first occurrence until the page is full, and takes its
 * total from the stats.
 */
import type { Recipient } from '../campaigns/campaign';
import { type CampaignItem, RECIPIENTS_PER_CHUNK, recipientsAt } from '../campaigns/repository';
import { statsOf } from '../campaigns/stats';
import { batchGet } from '../db/batch';
import type { Db } from '../db/client';
import { keys } from '../db/keys';
import { inRange, queryAll } from '../db/paginate';
import type { Page } from '../page';
import type { OccurrenceTally } from '../sending/occurrences';
import type { ListMessagesInput, MessageRecord, MessageStatus } from './message';
import { statusOf } from './message';

export interface OccurrenceItem extends OccurrenceTally {
  slot: string;
  state: string;
  queuedAt?: string;
}

/** A message as the log shows it: the recipient, its occurrence, and its record if it has one. */
export interface LoggedMessage {
  occurrence: OccurrenceItem;
  recipient: Recipient;
  record?: MessageRecord;
}

/** The occurrences that went out or are going out (a skipped one has no messages), oldest first. */
export async function occurrencesOf(db: Db, campaign: CampaignItem): Promise<OccurrenceItem[]> {
  const found: OccurrenceItem[] = [];
  const pages = queryAll<OccurrenceItem>(db, inRange(keys.occurrencesOf(campaign.accountId, campaign.id)));
  for await (const page of pages) found.push(...page.filter((item) => item.state !== 'SKIPPED'));
  return found;
}

async function withRecords(
  db: Db,
  campaign: CampaignItem,
  occurrence: OccurrenceItem,
  recipients: Recipient[],
): Promise<LoggedMessage[]> {
  const records = await batchGet<MessageRecord>(
    db,
    recipients.map((recipient) =>
      keys.messageClaim(campaign.accountId, campaign.id, occurrence.slot, recipient.phone),
    ),
  );
  const byPhone = new Map(records.map((record) => [record.to, record] as const));
  return recipients.map((recipient) => {
    const record = byPhone.get(recipient.phone);
    return { occurrence, recipient, ...(record ? { record } : {}) };
  });
}

/** How many messages of an occurrence have `status`, from its stats. */
function countWithStatus(occurrence: OccurrenceItem, recipients: number, status: MessageStatus): number {
  const stats = statsOf(occurrence, recipients);
  const byStatus: Record<MessageStatus, number> = {
    PENDING: stats.pending,
    SENT: stats.sent - stats.delivered - stats.undelivered - stats.unknown,
    DELIVERED: stats.delivered,
    UNDELIVERED: stats.undelivered,
    UNKNOWN: stats.unknown,
    FAILED: stats.failed,
  };
  return Math.max(0, byStatus[status]);
}

export async function listMessages(
  db: Db,
  campaign: CampaignItem,
  input: ListMessagesInput,
): Promise<Page<LoggedMessage>> {
  const occurrences = (await occurrencesOf(db, campaign)).filter(
    (occurrence) =>
      input.occurrence === undefined || new Date(occurrence.slot).getTime() === input.occurrence,
  );
  const first = (input.page - 1) * input.count;
  const page = { page: input.page, size: input.count };
  if (input.phone !== undefined) {
    const items = (await messagesOfPhone(db, campaign, occurrences, input.phone)).filter(
      (message) => input.status === 'ALL' || statusOf(message.record) === input.status,
    );
    return { items: items.slice(first, first + input.count), totalCount: items.length, ...page };
  }
  if (input.status === 'ALL') {
    const items: LoggedMessage[] = [];
    for (
      let offset = first;
      items.length < input.count && offset < occurrences.length * campaign.recipientCount;
      offset = first + items.length
    ) {
      const occurrence = occurrences[Math.floor(offset / campaign.recipientCount)] as OccurrenceItem;
      const within = offset % campaign.recipientCount;
      const recipients = await recipientsAt(db, campaign, within, input.count - items.length);
      items.push(...(await withRecords(db, campaign, occurrence, recipients)));
    }
    return { items, totalCount: occurrences.length * campaign.recipientCount, ...page };
  }
  const totalCount = occurrences.reduce(
    (sum, occurrence) =>
      sum + countWithStatus(occurrence, campaign.recipientCount, input.status as MessageStatus),
    0,
  );
  const items: LoggedMessage[] = [];
  let skipped = 0;
  for (const occurrence of occurrences) {
    for (
      let offset = 0;
      offset < campaign.recipientCount && items.length < input.count;
      offset += RECIPIENTS_PER_CHUNK
    ) {
      const recipients = await recipientsAt(db, campaign, offset, RECIPIENTS_PER_CHUNK);
      for (const message of await withRecords(db, campaign, occurrence, recipients)) {
        if (statusOf(message.record) !== input.status) continue;
        if (skipped < first) skipped++;
        else if (items.length < input.count) items.push(message);
      }
    }
  }
  return { items, totalCount, ...page };
}

/** One phone's messages, one per occurrence: found in the frozen recipients once, then by key. */
async function messagesOfPhone(
  db: Db,
  campaign: CampaignItem,
  occurrences: OccurrenceItem[],
  phone: string,
): Promise<LoggedMessage[]> {
  let recipient: Recipient | undefined;
  for (let offset = 0; offset < campaign.recipientCount && !recipient; offset += RECIPIENTS_PER_CHUNK * 4) {
    const recipients = await recipientsAt(db, campaign, offset, RECIPIENTS_PER_CHUNK * 4);
    recipient = recipients.find((candidate) => candidate.phone === phone);
  }
  if (!recipient) return [];
  const found = recipient;
  const messages = await Promise.all(
    occurrences.map((occurrence) => withRecords(db, campaign, occurrence, [found])),
  );
  return messages.flat();
}
