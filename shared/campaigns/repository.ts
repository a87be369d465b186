import { TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { accountCounter } from '../accounts/repository';
import { toContact } from '../contacts/view';
import { batchGet, batchWrite, chunk, mapLimit } from '../db/batch';
import type { Db } from '../db/client';
import { getItem } from '../db/items';
import { keys } from '../db/keys';
import { countQuery, inRange, queryAll, queryKeysPage } from '../db/paginate';
import { type TransactItem, type TransactionUpdate, whenConditionHolds } from '../db/transactions';
import { commitIfConditionsHold } from '../db/unit-of-work';
import type { LinkTracking } from '../links/short-links';
import type { HoldRefusal } from '../money/holds';
import { withFooter } from '../opt-outs/footer';
import type { Page } from '../page';
import type { QuietHours } from '../quiet-hours/quiet-hours';
import type { Weekday } from '../time-zones';
import type { RaisedEvents } from '../webhooks/outbox';
import type { CampaignStatus, CampaignType, Recipient, SenderChoice, TextAnalysisSummary } from './campaign';
import { addSendCounts, type SendCounts, type StatsCounters } from './stats';

/** Recipients frozen at creation, this many per item. */
export const RECIPIENTS_PER_CHUNK = 250;

export interface CampaignItem extends StatsCounters {
  id: string;
  accountId: string;
  name: string;
  type: CampaignType;
  status: CampaignStatus;
  text: string;
  /** The opt-out line appended to `text` as it was when the campaign was made, if asked. */
  optOutFooter?: string;
  /** The daily window, in each recipient's own time, in which nothing reaches them. */
  quietHours?: QuietHours;
  /** Units: an occurrence that would cost more is refused. */
  maxCost?: number;
  /** Minutes a message stays worth sending after its occurrence is due. */
  validFor?: number;
  /** Its links shortened and their clicks counted (`trackLinks`): under which address, for how long. */
  links?: LinkTracking;
  /** A test send (`campaign/test`): in no list and no count of the account's campaigns. */
  test?: true;
  /** Why its latest occurrence was refused (`insufficient-balance` …), if it was. */
  failureReason?: HoldRefusal;
  sender: SenderChoice;
  scheduledDate?: string;
  recurring?: Partial<Record<Weekday, string>>;
  timezone: string;
  groupsIds: string[];
  /** Segments, evaluated again by each scheduled or recurring occurrence. */
  segmentIds?: string[];
  recipientCount: number;
  chunkCount: number;
  total: number;
  analysis: TextAnalysisSummary;
  /**
   * Its audience is large: only the contacts given inline are frozen yet; the groups' members and the
   * segments' contacts are added by `prepareRecipients`, which removes the mark.
   */
  preparing?: true;
  /** Who is preparing it (a token) and since when: one preparation at a time, a stopped one taken over. */
  preparationClaim?: string;
  preparationClaimedAt?: string;
  dispatchedAt?: string;
  /** The slot of the latest occurrence dispatched. */
  lastSlot?: string;
  createdAt: string;
  updatedAt: string;
}

const statusCounter = (status: CampaignStatus) => `campaignCount${status}`;

/** The text every recipient gets (before personalisation): the campaign's, and its opt-out line. */
export const textToSend = (campaign: Pick<CampaignItem, 'text' | 'optOutFooter'>): string =>
  withFooter(campaign.text, campaign.optOutFooter);

/**
 * Recipients kept in order, in chunks of `RECIPIENTS_PER_CHUNK`: a campaign's frozen at creation, or an
 * occurrence's own when a recurring campaign read its groups again. Any position is found by arithmetic.
 */
export interface RecipientList {
  chunkKey: (index: number) => { pk: string; sk: string };
  count: number;
}

export const campaignRecipients = (campaign: CampaignItem): RecipientList => ({
  chunkKey: (index) => keys.recipientChunk(campaign.accountId, campaign.id, index),
  count: campaign.recipientCount,
});

/** Writes `recipients` in order, as chunks under `chunkKey`; returns how many chunks. */
export async function writeRecipientChunks(
  db: Db,
  chunkKey: RecipientList['chunkKey'],
  recipients: readonly Recipient[],
): Promise<number> {
  const chunks = chunk(recipients, RECIPIENTS_PER_CHUNK);
  const items = chunks.map((recipientsOfChunk, index) => ({
    PutRequest: {
      Item: { ...chunkKey(index), entity: 'recipients', index, recipients: recipientsOfChunk },
    },
  }));
  await batchWrite(db, items);
  return chunks.length;
}

export async function deleteRecipientChunks(db: Db, accountId: string, campaignId: string, count: number) {
  const deletes = Array.from({ length: count }, (_, index) => ({
    DeleteRequest: { Key: keys.recipientChunk(accountId, campaignId, index) },
  }));
  await batchWrite(db, deletes);
}

/** The commit point of a campaign's creation: the campaign and the account's counters, together. */
export async function putCampaign(
  db: Db,
  campaign: CampaignItem,
  also: readonly TransactItem[] = [],
): Promise<void> {
  await db.client.send(
    new TransactWriteCommand({
      TransactItems: [
        {
          Put: {
            TableName: db.tableName,
            Item: {
              ...keys.campaign(campaign.accountId, campaign.id),
              ...(campaign.test
                ? {}
                : keys.campaignListings(
                    campaign.accountId,
                    campaign.id,
                    campaign.status,
                    campaign.sender.id ?? undefined,
                  )),
              ...(campaign.type === 'SMS'
                ? keys.campaignAwaitingDispatch(campaign.createdAt, campaign.accountId, campaign.id)
                : {}),
              entity: 'campaign',
              ...campaign,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        ...(campaign.test ? [] : [countCampaign(db, campaign)]),
        ...also,
      ],
    }),
  );
}

/** The account's count of campaigns, and of those with its status. */
const countCampaign = (db: Db, campaign: CampaignItem) => ({
  Update: {
    TableName: db.tableName,
    Key: keys.account(campaign.accountId),
    UpdateExpression: 'ADD campaignCount :one, #status :one',
    ExpressionAttributeNames: { '#status': statusCounter(campaign.status) },
    ExpressionAttributeValues: { ':one': 1 },
  },
});

export async function getCampaign(
  db: Db,
  accountId: string,
  campaignId: string,
): Promise<CampaignItem | undefined> {
  return getItem<CampaignItem>(db, keys.campaign(accountId, campaignId));
}

/**
 * Takes the preparation of a campaign's recipients (`token`), unless another took it less than
 * `staleBefore` ago: a preparation stopped midway is taken over once its claim is that old.
 */
export async function claimPreparation(
  db: Db,
  campaign: CampaignItem,
  token: string,
  now: Date,
  staleBefore: Date,
): Promise<boolean> {
  return whenConditionHolds(
    db.client.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: keys.campaign(campaign.accountId, campaign.id),
        UpdateExpression: 'SET preparationClaim = :token, preparationClaimedAt = :now',
        ConditionExpression:
          'preparing = :yes AND (attribute_not_exists(preparationClaimedAt) OR preparationClaimedAt < :stale)',
        ExpressionAttributeValues: {
          ':token': token,
          ':now': now.toISOString(),
          ':yes': true,
          ':stale': staleBefore.toISOString(),
        },
      }),
    ),
  );
}

/**
 * The recipients are frozen: the campaign says how many, and is prepared. False when the claim was
 * taken over meanwhile (the one who took it finishes).
 */
export async function recipientsPrepared(
  db: Db,
  campaign: CampaignItem,
  token: string,
  prepared: { recipientCount: number; chunkCount: number; analysis: TextAnalysisSummary },
  now: Date,
): Promise<boolean> {
  return whenConditionHolds(
    db.client.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: keys.campaign(campaign.accountId, campaign.id),
        // Only one-time campaigns are prepared: their total is their recipients.
        UpdateExpression:
          'SET recipientCount = :count, chunkCount = :chunks, analysis = :analysis, #total = :count, updatedAt = :now' +
          ' REMOVE preparing, preparationClaim, preparationClaimedAt',
        ConditionExpression: 'preparationClaim = :token',
        ExpressionAttributeNames: { '#total': 'total' },
        ExpressionAttributeValues: {
          ':count': prepared.recipientCount,
          ':chunks': prepared.chunkCount,
          ':analysis': prepared.analysis,
          ':now': now.toISOString(),
          ':token': token,
        },
      }),
    ),
  );
}

/** Removes a campaign from the recovery's work list (`keys.campaignAwaitingDispatch`). */
const LEAVE_AWAITING_DISPATCH = 'REMOVE gsi2pk, gsi2sk';

/**
 * The campaign's side of a dispatched occurrence, written in the occurrence's transaction: dispatched
 * (the first time), off the recovery's list, and for a recurring campaign its total grown by the occurrence.
 */
export function campaignDispatched(
  db: Db,
  campaign: CampaignItem,
  recipientCount: number,
  now: string,
  deferred = 0,
  /** The occurrence read its recipients again (segments): a one-time campaign's total is theirs, not creation's. */
  own = false,
) {
  const recurring = campaign.type === 'RECURRING';
  const replaced = !recurring && own;
  const adds = [...(recurring ? ['#total :count'] : []), ...(deferred ? ['#deferred :deferred'] : [])];
  const sets = [
    'dispatchedAt = if_not_exists(dispatchedAt, :now)',
    'updatedAt = :now',
    ...(replaced ? ['#total = :count'] : []),
  ];
  return {
    TableName: db.tableName,
    Key: keys.campaign(campaign.accountId, campaign.id),
    UpdateExpression: `SET ${sets.join(', ')}${adds.length ? ` ADD ${adds.join(', ')}` : ''} ${LEAVE_AWAITING_DISPATCH}`,
    ...(adds.length || replaced
      ? {
          ExpressionAttributeNames: {
            ...(recurring || replaced ? { '#total': 'total' } : {}),
            ...(deferred ? { '#deferred': 'deferred' } : {}),
          },
        }
      : {}),
    ExpressionAttributeValues: {
      ':now': now,
      ...(recurring || replaced ? { ':count': recipientCount } : {}),
      ...(deferred ? { ':deferred': deferred } : {}),
    },
  };
}

/** Slots may be dispatched out of order (a clock moved by weeks, retries): keep the latest. */
export async function recordLatestSlot(db: Db, campaign: CampaignItem, slot: string): Promise<void> {
  await whenConditionHolds(
    db.client.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: keys.campaign(campaign.accountId, campaign.id),
        UpdateExpression: 'SET lastSlot = :slot',
        ConditionExpression: 'attribute_not_exists(lastSlot) OR lastSlot < :slot',
        ExpressionAttributeValues: { ':slot': slot },
      }),
    ),
  );
}

/** The write that adds a chunk's outcomes to the campaign's stats, for the chunk's transaction. */
export const campaignStatsUpdate = (
  db: Db,
  task: { accountId: string; campaignId: string },
  counts: SendCounts,
  now: string,
): TransactionUpdate => ({
  TableName: db.tableName,
  Key: keys.campaign(task.accountId, task.campaignId),
  ...addSendCounts(counts, now),
});

/** Adds a chunk's outcomes to the campaign's stats, alone. */
export async function addToCampaignStats(
  db: Db,
  task: { accountId: string; campaignId: string },
  counts: SendCounts,
  now: string,
): Promise<void> {
  await db.client.send(new UpdateCommand(campaignStatsUpdate(db, task, counts, now)));
}

/** The recipients frozen at creation: the chunks the campaign counts, and no others (an attempt cut short may have left more under its id). */
export const frozenRecipients = (db: Db, campaign: CampaignItem): Promise<Recipient[]> =>
  readRecipients(db, campaignRecipients(campaign));

/**
 * Chunks are read in windows of 16, 8 windows at once. DynamoDB Local's Query costs what is left of its
 * range for every page it answers, so one range read page by page grows with the square of its length:
 * a million recipients took 14 minutes that way, and seconds by windows.
 */
const CHUNKS_PER_READ = 16;
const READS_AT_ONCE = 8;

/** Every recipient of a list, in order. */
export async function readRecipients(db: Db, list: RecipientList): Promise<Recipient[]> {
  const chunkCount = Math.ceil(list.count / RECIPIENTS_PER_CHUNK);
  const windows = Array.from({ length: Math.ceil(chunkCount / CHUNKS_PER_READ) }, (_, index) => index);
  const read = await mapLimit(windows, READS_AT_ONCE, async (window) => {
    const first = list.chunkKey(window * CHUNKS_PER_READ);
    const last = list.chunkKey(Math.min(chunkCount, (window + 1) * CHUNKS_PER_READ) - 1);
    const items: { recipients: Recipient[] }[] = [];
    const select = inRange({ pk: first.pk, skPrefix: '' }, { sk: { between: [first.sk, last.sk] } });
    for await (const page of queryAll<{ recipients: Recipient[] }>(db, select)) items.push(...page);
    return items;
  });
  const recipients: Recipient[] = [];
  for (const items of read)
    for (const item of items) for (const recipient of item.recipients) recipients.push(recipient);
  return recipients;
}

/** Immediate campaigns not yet dispatched, last handed over before `handedOverBefore`, oldest first, page by page. */
export function campaignsAwaitingDispatch(db: Db, handedOverBefore: Date): AsyncGenerator<CampaignItem[]> {
  return queryAll<CampaignItem>(
    db,
    inRange(keys.campaignsAwaitingDispatch(), { sk: { before: handedOverBefore.toISOString() } }),
  );
}

/** The recovery handed the campaign over again: it is looked at again only a grace period after `at`. */
export async function handedOverAgain(db: Db, campaign: CampaignItem, at: Date): Promise<void> {
  await whenConditionHolds(
    db.client.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: keys.campaign(campaign.accountId, campaign.id),
        UpdateExpression: 'SET gsi2sk = :sk',
        // The dispatch may have taken it off the list meanwhile: it stays off.
        ConditionExpression: 'attribute_exists(gsi2pk)',
        ExpressionAttributeValues: {
          ':sk': keys.campaignAwaitingDispatch(at.toISOString(), campaign.accountId, campaign.id).gsi2sk,
        },
      }),
    ),
  );
}

/** A campaign that will never be dispatched (cancelled, or already gone out) leaves the recovery's work list. */
export async function stopAwaitingDispatch(db: Db, accountId: string, campaignId: string): Promise<void> {
  await whenConditionHolds(
    db.client.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: keys.campaign(accountId, campaignId),
        UpdateExpression: LEAVE_AWAITING_DISPATCH,
        ConditionExpression: 'attribute_exists(pk)',
      }),
    ),
  );
}

/** One page of a campaign's frozen recipients, reading only the chunks that hold it. */
export async function recipientsPage(
  db: Db,
  campaign: CampaignItem,
  request: { page: number; size: number },
): Promise<Page<Recipient>> {
  const page = { totalCount: campaign.recipientCount, page: request.page, size: request.size };
  const recipients = await recipientsAt(
    db,
    campaignRecipients(campaign),
    (request.page - 1) * request.size,
    request.size,
  );
  const items = recipients.map((recipient) => ({
    ...toContact(recipient),
    ...(recipient.viaGroup ? { viaGroup: true as const } : {}),
    ...(recipient.viaSegment ? { viaSegment: true as const } : {}),
  }));
  return { items, ...page };
}

/** `count` recipients of `list` from position `first`: only the chunks that hold them are read. */
export async function recipientsAt(
  db: Db,
  list: RecipientList,
  first: number,
  count: number,
): Promise<Recipient[]> {
  const last = Math.min(first + count, list.count) - 1;
  if (first > last) return [];
  const chunkIndexes = [];
  for (
    let index = Math.floor(first / RECIPIENTS_PER_CHUNK);
    index <= Math.floor(last / RECIPIENTS_PER_CHUNK);
    index++
  ) {
    chunkIndexes.push(index);
  }
  const chunks = await batchGet<{ index: number; recipients: Recipient[] }>(
    db,
    chunkIndexes.map((index) => list.chunkKey(index)),
  );
  chunks.sort((a, b) => a.index - b.index);
  const start = first - (chunkIndexes[0] ?? 0) * RECIPIENTS_PER_CHUNK;
  return chunks.flatMap((found) => found.recipients).slice(start, start + count);
}

/** Newest first; counters give the totals and a keys-only index the order, so no page reads more than keys before it. */
export async function listCampaigns(
  db: Db,
  accountId: string,
  options: { status: CampaignStatus | 'ALL'; page: number; size: number },
): Promise<Page<CampaignItem>> {
  const request = { page: options.page, size: options.size };
  if (options.status === 'ALL') {
    return queryKeysPage<CampaignItem>(
      db,
      inRange(keys.campaignsOf(accountId), { descending: true }),
      request,
      await accountCounter(db, accountId, 'campaignCount'),
    );
  }
  return queryKeysPage<CampaignItem>(
    db,
    inRange(keys.campaignsWithStatus(accountId, options.status), { descending: true }),
    request,
    await accountCounter(db, accountId, statusCounter(options.status)),
  );
}

export async function listSenderCampaigns(
  db: Db,
  accountId: string,
  senderId: string,
  request: { page: number; size: number },
): Promise<Page<CampaignItem>> {
  const select = inRange(keys.campaignsOfSender(accountId, senderId), { descending: true });
  return queryKeysPage<CampaignItem>(db, select, request, await countQuery(db, { select }));
}

/**
 * Moves a campaign to a new status if `condition` still holds, and the account's counters with it.
 * Returns false when the condition failed.
 */
export async function changeCampaignStatus(
  db: Db,
  campaign: CampaignItem,
  to: CampaignStatus,
  now: Date,
  condition: { expression: string; names?: Record<string, string>; values?: Record<string, unknown> },
  /** Written in the same transaction: the events the change raises. */
  events?: RaisedEvents,
  /** Written in the same transaction too: the change's audit entry. */
  also: readonly TransactItem[] = [],
): Promise<boolean> {
  return commitIfConditionsHold(db, [
    {
      Update: {
        TableName: db.tableName,
        Key: keys.campaign(campaign.accountId, campaign.id),
        // A test send is listed nowhere, whatever its status.
        UpdateExpression: `SET #status = :to, ${campaign.test ? '' : 'gsi4pk = :listing, '}updatedAt = :now`,
        ConditionExpression: `#status = :from AND (${condition.expression})`,
        ExpressionAttributeNames: { '#status': 'status', ...condition.names },
        ExpressionAttributeValues: {
          ':to': to,
          ':from': campaign.status,
          ...(campaign.test ? {} : { ':listing': keys.campaignsWithStatus(campaign.accountId, to).pk }),
          ':now': now.toISOString(),
          ...condition.values,
        },
      },
    },
    ...(campaign.test
      ? []
      : [
          {
            Update: {
              TableName: db.tableName,
              Key: keys.account(campaign.accountId),
              UpdateExpression: 'ADD #from :minus, #to :one',
              ExpressionAttributeNames: { '#from': statusCounter(campaign.status), '#to': statusCounter(to) },
              ExpressionAttributeValues: { ':minus': -1, ':one': 1 },
            },
          },
        ]),
    ...(events ? [events.put] : []),
    ...also,
  ]);
}
