/**
 * A campaign's message log. Each occurrence lists its recipients in the order they were kept (the
 * campaign's, frozen at creation, or its own), so a page is found by arithmetic (its recipients'
 * chunks, then their message items by key) however far it is; a status filter reads on from the first
 * occurrence until the page is full, and takes its total from the stats.
 */
import type { Recipient } from '../campaigns/campaign';
import {
  type CampaignItem,
  campaignRecipients,
  RECIPIENTS_PER_CHUNK,
  type RecipientList,
  recipientsAt,
} from '../campaigns/repository';
import { countsOf } from '../campaigns/stats';
import { batchGet } from '../db/batch';
import type { Db } from '../db/client';
import { keys } from '../db/keys';
import { inRange, queryAll } from '../db/paginate';
import type { HoldRefusal } from '../money/holds';
import type { Page } from '../page';
import type { OccurrenceTally } from '../sending/occurrences';
import type { ListMessagesInput, MessageRecord, MessageStatus } from './message';
import { statusOf } from './message';

export interface OccurrenceItem extends OccurrenceTally {
  slot: string;
  state: string;
  queuedAt?: string;
  /** Set when the account could not pay for it (it sent nothing). */
  failureReason?: HoldRefusal;
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

/** Who an occurrence sent to, in order: its own list if it read its groups again, else the campaign's. */
function recipientsOf(campaign: CampaignItem, occurrence: OccurrenceItem): RecipientList {
  if (!occurrence.ownRecipients) return campaignRecipients(campaign);
  return {
    chunkKey: (index) =>
      keys.occurrenceRecipientChunk(campaign.accountId, campaign.id, occurrence.slot, index),
    count: occurrence.recipients ?? 0,
  };
}

/** How many messages of an occurrence have `status`, from its stats. */
function countWithStatus(occurrence: OccurrenceItem, recipients: number, status: MessageStatus): number {
  const stats = countsOf(occurrence, recipients);
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
  const occurrences = (await occurrencesOf(db, campaign))
    .filter(
      (occurrence) =>
        input.occurrence === undefined || new Date(occurrence.slot).getTime() === input.occurrence,
    )
    .map((occurrence) => ({ occurrence, list: recipientsOf(campaign, occurrence) }));
  const first = (input.page - 1) * input.count;
  const page = { page: input.page, size: input.count };
  if (input.phone !== undefined) {
    const items = (await messagesOfPhone(db, campaign, occurrences, input.phone)).filter(
      (message) => input.status === 'ALL' || statusOf(message.record) === input.status,
    );
    return { items: items.slice(first, first + input.count), totalCount: items.length, ...page };
  }
  if (input.status === 'ALL') {
    // The page's first position, occurrence by occurrence: only the chunks it covers are read.
    const items: LoggedMessage[] = [];
    let skip = first;
    for (const { occurrence, list } of occurrences) {
      if (items.length >= input.count) break;
      if (skip >= list.count) {
        skip -= list.count;
        continue;
      }
      const recipients = await recipientsAt(db, list, skip, input.count - items.length);
      items.push(...(await withRecords(db, campaign, occurrence, recipients)));
      skip = 0;
    }
    const totalCount = occurrences.reduce((sum, { list }) => sum + list.count, 0);
    return { items, totalCount, ...page };
  }
  const status = input.status;
  const totalCount = occurrences.reduce(
    (sum, { occurrence, list }) => sum + countWithStatus(occurrence, list.count, status),
    0,
  );
  // A status is found only by reading: from the start, until the page is full.
  const items: LoggedMessage[] = [];
  let skipped = 0;
  const filter = { status, ...(input.occurrence !== undefined ? { occurrence: input.occurrence } : {}) };
  for await (const messages of allMessages(db, campaign, filter)) {
    for (const message of messages) {
      if (skipped < first) skipped++;
      else items.push(message);
    }
    if (items.length >= input.count) break;
  }
  return { items: items.slice(0, input.count), totalCount, ...page };
}

/**
 * Every message of the log (of one occurrence, with one status, when asked), a chunk of recipients at a
 * time, in the log's order: memory holds one chunk however long the log (an export reads it so).
 */
export async function* allMessages(
  db: Db,
  campaign: CampaignItem,
  filter: { status?: MessageStatus; occurrence?: number } = {},
): AsyncGenerator<LoggedMessage[]> {
  for (const occurrence of await occurrencesOf(db, campaign)) {
    if (filter.occurrence !== undefined && new Date(occurrence.slot).getTime() !== filter.occurrence)
      continue;
    const list = recipientsOf(campaign, occurrence);
    for (let offset = 0; offset < list.count; offset += RECIPIENTS_PER_CHUNK) {
      const recipients = await recipientsAt(db, list, offset, RECIPIENTS_PER_CHUNK);
      const messages = await withRecords(db, campaign, occurrence, recipients);
      yield filter.status
        ? messages.filter((message) => statusOf(message.record) === filter.status)
        : messages;
    }
  }
}

/** One phone's messages, one per occurrence that sent to it: found in each list, then by key. */
async function messagesOfPhone(
  db: Db,
  campaign: CampaignItem,
  occurrences: { occurrence: OccurrenceItem; list: RecipientList }[],
  phone: string,
): Promise<LoggedMessage[]> {
  const found: LoggedMessage[] = [];
  for (const { occurrence, list } of occurrences) {
    const recipient = await findRecipient(db, list, phone);
    if (recipient) found.push(...(await withRecords(db, campaign, occurrence, [recipient])));
  }
  return found;
}

async function findRecipient(db: Db, list: RecipientList, phone: string): Promise<Recipient | undefined> {
  const step = RECIPIENTS_PER_CHUNK * 4;
  for (let offset = 0; offset < list.count; offset += step) {
    const recipient = (await recipientsAt(db, list, offset, step)).find(
      (candidate) => candidate.phone === phone,
    );
    if (recipient) return recipient;
  }
  return undefined;
}
