import { getAccount } from '../accounts/repository';
import { keepingFields, type Recipient } from '../campaigns/campaign';
import { recipientsOfGroups, recipientsOfSegments } from '../campaigns/create';
import { prepareRecipients } from '../campaigns/prepare';
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
import { chunkWithin, groupBy } from '../collections';
import type { Db } from '../db/client';
import { keys } from '../db/keys';
import { inRange, queryAll } from '../db/paginate';
import type { Logger } from '../logger';
import { moneyDeps } from '../money/balance';
import { type HoldRefusal, holdOccurrence, holdOf } from '../money/holds';
import { type PriceTable, quoteFor } from '../money/quote';
import type { DispatchRequest, Scheduler, ScheduleSpec, SendQueue, SendTask } from '../ports';
import { allowedFrom } from '../quiet-hours/quiet-hours';
import { zoneOfPhone } from '../quiet-hours/zones';
import { getSegments } from '../segments/repository';
import { fieldKeysIn } from '../text/render';
import { raiseOccurrenceEnd } from './occurrence-end';
import {
  claimOccurrence,
  markOccurrenceQueued,
  markReleased,
  setOccurrenceRecipients,
  skipOccurrence,
} from './occurrences';
import { refuseOccurrence } from './refusal';
import { atExpression } from './schedules';

export interface DispatchDeps {
  db: Db;
  clock: Clock;
  sendQueue: SendQueue;
  /** Schedules the release of what quiet hours hold back. */
  scheduler: Scheduler;
  log: Logger;
  /** The platform's currency, for the events a hold raises (`account.balance_low`). */
  currency?: string;
}

export type DispatchOutcome =
  | 'queued'
  | 'preparing'
  | 'prepared'
  | 'duplicate'
  | 'cancelled'
  | 'unknown-campaign'
  | 'released'
  | HoldRefusal;

/**
 * Plans one occurrence of a campaign.
 * 1. Claim the occurrence (its slot), so a repeated invocation plans nothing more.
 * 2. Skip a cancelled campaign.
 * 3. Take the frozen recipients; a recurring campaign reads its groups again, and keeps what it read.
 * 3b. Hold the occurrence's cost on the account's balance; when it cannot be spent, the occurrence
 *    fails with the reason (`insufficient-balance` …) and nothing is sent.
 * 4. Queue one send task per chunk of the recipients who may receive now; keep those quiet hours hold
 *    back, by the instant their window ends, and schedule each group's release (`request.release`).
 * 5. Mark the occurrence queued and add its recipients (and those held back) to the campaign's counts,
 *    together.
 * A failure before step 5 leaves the claim PLANNED, and the retry plans again: sends are claimed per
 * phone, so a chunk queued twice still sends each message once.
 */
export async function dispatchOccurrence(
  deps: DispatchDeps,
  asked: DispatchRequest,
): Promise<DispatchOutcome> {
  const { db } = deps;
  // EventBridge Scheduler names the slot without milliseconds (`2026-06-08T08:00:00Z`): an occurrence is
  // named as every instant of the API is, whoever fired it.
  const { prepare, ...occurrence } = asked;
  let request: DispatchRequest = { ...occurrence, slot: new Date(asked.slot).toISOString() };
  let campaign = await getCampaign(db, request.accountId, request.campaignId);
  if (!campaign) {
    deps.log.warn('dispatch of an unknown campaign', { ...request });
    return 'unknown-campaign';
  }
  if (request.release) return releaseDeferred(deps, campaign, { ...request, release: request.release });
  // A large audience is read first. Turned away while another reads it: that one plans what is due.
  let prepared: Recipient[] | undefined;
  if (campaign.preparing) {
    const preparation = await prepareRecipients(deps, campaign);
    if (!preparation) return 'preparing';
    campaign = preparation.campaign;
    prepared = preparation.recipients;
    const due = dueSlot(campaign, deps.clock.now());
    if (prepare && !due) return 'prepared';
    if (due) request = { ...request, slot: due };
  } else if (prepare) {
    return 'prepared';
  }
  if (!(await claimOccurrence(db, request))) return 'duplicate';
  if (campaign.status === 'CANCELLED') {
    await skipOccurrence(db, request);
    return 'cancelled';
  }

  const { recipients, own } = await recipientsOf(db, campaign, prepared);
  // A suspended account sends nothing, and is charged nothing: its later occurrences go once resumed.
  if ((await getAccount(db, campaign.accountId))?.suspension) {
    await refuseOccurrence(deps, campaign, request, recipients.length, { reason: 'account-suspended' });
    deps.log.warn('occurrence refused', { ...request, reason: 'account-suspended' });
    return 'account-suspended';
  }
  const cost = await quoteFor(db, campaign.accountId, textToSend(campaign), recipients, campaign.links?.base);
  const hold = await holdOccurrence(
    moneyDeps(deps),
    request,
    cost.units,
    cost.prices,
    deps.clock.now(),
    campaign.maxCost,
  );
  if (!hold.held) {
    await refuseOccurrence(deps, campaign, request, recipients.length, hold);
    deps.log.warn('occurrence refused', {
      ...request,
      reason: hold.reason,
      cost: hold.cost,
      available: hold.available,
    });
    return hold.reason;
  }
  // Read again, they are kept with the occurrence: its message log lists them, in this order.
  if (own) {
    await writeRecipientChunks(
      db,
      (index) => keys.occurrenceRecipientChunk(campaign.accountId, campaign.id, request.slot, index),
      recipients,
    );
  }
  const { now: goingNow, later } = byQuietHours(recipients, campaign, request.slot, deps.clock.now());
  const deferred = [...later.values()].reduce((sum, group) => sum + group.length, 0);
  for (const [release, group] of later) {
    await writeRecipientChunks(
      db,
      (index) => keys.deferredChunk(campaign.accountId, campaign.id, request.slot, release, index),
      group,
    );
  }
  if (later.size) {
    await deps.scheduler.create(
      [...later.keys()].map((release) => releaseSchedule(campaign, request.slot, release)),
    );
  }
  // The count first: sends that finish before this function does can then tell the occurrence is complete.
  await setOccurrenceRecipients(db, request, recipients.length, own);
  await queueSends(deps.sendQueue, campaign, request.slot, goingNow, cost.prices);

  const now = deps.clock.now().toISOString();
  // False when another invocation of the same slot finished first: its tasks and ours send each message once.
  await markOccurrenceQueued(
    db,
    request,
    now,
    campaignDispatched(db, campaign, recipients.length, now, deferred, own),
    deferred,
  );
  await recordLatestSlot(db, campaign, request.slot);
  return 'queued';
}

/** The one-time occurrence of a prepared campaign, when it is due by now. */
function dueSlot(campaign: CampaignItem, now: Date): string | undefined {
  const slot = campaign.type === 'SMS' ? campaign.createdAt : campaign.scheduledDate;
  return slot !== undefined && new Date(slot).getTime() <= now.getTime() ? slot : undefined;
}

/** What a task's recipients may weigh: SQS takes 256 KiB a message, and the task carries its text and prices too. */
export const CHUNK_RECIPIENT_BYTES = 200_000;

/** Recipients made into tasks and handed to the queue this many at a time: a million's tasks are never all held at once. */
const RECIPIENTS_PER_HANDOVER = 40 * RECIPIENTS_PER_CHUNK;

/** Queues one send task per chunk of `recipients`, numbered from 0 in their order. */
async function queueSends(
  queue: SendQueue,
  campaign: CampaignItem,
  slot: string,
  recipients: readonly Recipient[],
  prices: PriceTable | undefined,
): Promise<void> {
  let chunks = 0;
  for (let start = 0; start < recipients.length; start += RECIPIENTS_PER_HANDOVER) {
    const part = recipients.slice(start, start + RECIPIENTS_PER_HANDOVER);
    const tasks = sendTasks(campaign, slot, part, prices, chunks);
    chunks += tasks.length;
    await queue.send(tasks);
  }
}

function sendTasks(
  campaign: CampaignItem,
  slot: string,
  recipients: readonly Recipient[],
  prices: PriceTable | undefined,
  /** The number of the first chunk. */
  firstChunk: number,
): SendTask[] {
  const fieldKeys = fieldKeysIn(textToSend(campaign));
  const expiresAt = expiryOf(campaign, slot);
  const sent = recipients.map(
    ({ viaGroup: _, viaSegment: __, createdAt: ___, updatedAt: ____, ...recipient }) =>
      keepingFields(recipient, fieldKeys),
  );
  // 250 recipients, or fewer when the fields the text reads are long: a task must fit in one SQS message.
  const chunks = chunkWithin(
    sent,
    { count: RECIPIENTS_PER_CHUNK, bytes: CHUNK_RECIPIENT_BYTES },
    (recipient) => Buffer.byteLength(JSON.stringify(recipient)),
  );
  return chunks.map((batch, index) => ({
    accountId: campaign.accountId,
    campaignId: campaign.id,
    slot,
    chunk: firstChunk + index,
    senderName: campaign.sender.name,
    text: textToSend(campaign),
    recipients: batch,
    ...(prices ? { prices } : {}),
    ...(expiresAt ? { expiresAt } : {}),
    ...(campaign.links ? { links: campaign.links } : {}),
  }));
}

/** When an occurrence's messages stop being worth sending: `validFor` minutes after it was due. */
const expiryOf = (campaign: CampaignItem, slot: string) =>
  campaign.validFor === undefined
    ? undefined
    : new Date(new Date(slot).getTime() + campaign.validFor * 60_000).toISOString();

/**
 * Recipients who may receive now, and the others by the instant their quiet hours end (in their own
 * time zone, from their phone). A release already past goes now.
 */
function byQuietHours(recipients: readonly Recipient[], campaign: CampaignItem, slot: string, now: Date) {
  const due = new Date(Math.max(new Date(slot).getTime(), now.getTime()));
  const byRelease = groupBy(recipients, (recipient) => {
    const from = campaign.quietHours
      ? allowedFrom(due, zoneOfPhone(recipient.phone), campaign.quietHours)
      : due;
    return from.getTime() > due.getTime() ? from.toISOString() : 'now';
  });
  const goingNow = byRelease.get('now') ?? [];
  byRelease.delete('now');
  return { now: goingNow, later: byRelease };
}

const compact = (iso: string) => iso.replace(/[-:]/g, '').slice(0, 13);

/** A one-time schedule that hands a held-back group back to the dispatch function when it may go. */
const releaseSchedule = (campaign: CampaignItem, slot: string, release: string): ScheduleSpec => ({
  name: `campaign-${campaign.id}-${compact(slot)}-${compact(release)}`,
  expression: atExpression(new Date(release)),
  timezone: 'UTC',
  request: { accountId: campaign.accountId, campaignId: campaign.id, slot, release },
});

/**
 * A held-back group's time has come: its recipients go to the send queue like any chunk (each message
 * claimed, so a repeated firing sends nothing twice), unless the campaign was cancelled meanwhile.
 */
async function releaseDeferred(
  deps: DispatchDeps,
  campaign: CampaignItem,
  request: DispatchRequest & { release: string },
): Promise<DispatchOutcome> {
  const recipients: Recipient[] = [];
  const range = keys.deferredChunksOf(campaign.accountId, campaign.id, request.slot, request.release);
  for await (const page of queryAll<{ recipients: Recipient[] }>(deps.db, inRange(range))) {
    for (const item of page) recipients.push(...item.recipients);
  }
  const cancelled = campaign.status === 'CANCELLED';
  // Suspended meanwhile: what quiet hours held back is dropped, as for a cancelled campaign.
  const suspended = !cancelled && (await getAccount(deps.db, campaign.accountId))?.suspension !== undefined;
  const dropped = cancelled || suspended;
  if (!dropped) {
    const { prices } = await holdOf(deps.db, request);
    await queueSends(deps.sendQueue, campaign, request.slot, recipients, prices);
  }
  await markReleased(deps.db, request, recipients.length, dropped);
  // Dropped, they may have been what the occurrence waited for to end (and give back its hold).
  if (dropped) await raiseOccurrenceEnd({ db: deps.db, log: deps.log, now: deps.clock.now() }, request);
  return cancelled ? 'cancelled' : suspended ? 'account-suspended' : 'released';
}

/**
 * Who receives this occurrence: the frozen list; or, for a recurring campaign, its own contacts and its
 * groups as they are now; and a scheduled or recurring campaign's segments evaluated now (deduplicated by
 * phone, the opted-out left out). A segment deleted since reaches no one.
 */
async function recipientsOf(
  db: Db,
  campaign: CampaignItem,
  /** The frozen list, when this dispatch has just written it. */
  justFrozen?: Recipient[],
): Promise<{ recipients: Recipient[]; own: boolean }> {
  const frozen = justFrozen ?? (await frozenRecipients(db, campaign));
  const rereadsGroups = campaign.type === 'RECURRING' && campaign.groupsIds.length > 0;
  const segmentIds = campaign.type === 'SMS' ? [] : (campaign.segmentIds ?? []);
  if (!rereadsGroups && segmentIds.length === 0) return { recipients: frozen, own: false };

  const fieldKeys = fieldKeysIn(textToSend(campaign));
  const byPhone = new Map<string, Recipient>();
  const add = (recipient: Recipient) => {
    if (!byPhone.has(recipient.phone)) byPhone.set(recipient.phone, recipient);
  };
  for (const recipient of frozen) {
    if (!recipient.viaSegment && !(rereadsGroups && recipient.viaGroup)) add(recipient);
  }
  if (rereadsGroups) {
    for (const member of await recipientsOfGroups(db, campaign.accountId, campaign.groupsIds, fieldKeys)) {
      add(member);
    }
  }
  const segments = [...(await getSegments(db, campaign.accountId, segmentIds)).values()];
  for (const recipient of await recipientsOfSegments(db, campaign.accountId, segments, fieldKeys))
    add(recipient);
  return { recipients: [...byPhone.values()], own: true };
}
