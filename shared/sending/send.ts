import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { getAccount } from '../accounts/repository';
import {
  addToCampaignStats,
  campaignStatsUpdate,
  changeCampaignStatus,
  getCampaign,
} from '../campaigns/repository';
import type { Clock } from '../clock';
import type { Db } from '../db/client';
import { keys } from '../db/keys';
import type { TransactItem } from '../db/transactions';
import { putShortLink, shortLinkRemovalAt } from '../links/repository';
import { newLinkCode, shortenLinks } from '../links/short-links';
import type { Logger } from '../logger';
import { moneyDeps } from '../money/balance';
import { chargeChunk } from '../money/holds';
import { messageCost } from '../money/quote';
import { addOptOuts, optedOutAmong } from '../opt-outs/repository';
import {
  type FailureReason,
  ProviderError,
  type SendTask,
  type SmsProvider,
  type WebhookQueue,
} from '../ports';
import { renderText } from '../text/render';
import { MAX_SEGMENTS, measureText } from '../text/segments';
import { usageUpdate } from '../usage/repository';
import { dayOf, Tally } from '../usage/usage';
import { eventId } from '../webhooks/events';
import { enabledWebhooks, eventsToRaise, type RaisedEvents, relay } from '../webhooks/outbox';
import type { WebhookItem } from '../webhooks/repository';
import {
  claimMessage,
  failLostMessage,
  getMessageClaim,
  type MessageKey,
  recordMessageOutcome,
  releaseMessage,
} from './messages';
import { isComplete, raiseOccurrenceEnd } from './occurrence-end';
import {
  addToOccurrenceTally,
  getOccurrenceTally,
  type OccurrenceTally,
  occurrenceTallyUpdate,
} from './occurrences';
import type { MessagePacer } from './pace';

export interface SendDeps {
  db: Db;
  clock: Clock;
  provider: Pick<SmsProvider, 'send'>;
  log: Logger;
  /** How many messages of a chunk are handed to the provider at once (its calls take tens of ms each). */
  inFlight?: number;
  /** How long the invocation may still run (ms); when it runs short, the rest of the chunk is handed back. */
  timeLeft?: () => number;
  /** What must be left of `timeLeft` to take one more message: a provider call and the chunk's stats. */
  reserveMs?: number;
  /** How long a claim protects a message whose outcome is not yet written (a send in flight). */
  leaseMs?: number;
  /** Holds each message back until the sending rate and the throughput caps allow its parts. */
  pace?: MessagePacer;
  /** Where the events an occurrence's end raises go at once (the sweeper relays them otherwise). */
  webhookQueue?: WebhookQueue;
  /** The platform's currency, for the events a charge raises (`account.balance_low`). */
  currency?: string;
}

/** The send function's time limit; it stops taking messages `DEFAULT_RESERVE_MS` before it. */
export const SEND_TIMEOUT_SECONDS = 60;
const DEFAULT_RESERVE_MS = 10_000;
const CLAIM_DAYS = 30;
const DEFAULT_LEASE_MS = 5 * 60_000;

type Recipient = SendTask['recipients'][number];

export interface ChunkResult {
  sent: number;
  failed: number;
  /** Segments of the messages sent. */
  parts: number;
  /** Of `failed`: refused because the number opted out. */
  optedOut: number;
  /** What the messages sent cost, in units, at the prices the task carries (0 when it carries none). */
  charged: number;
  /** The first message of the chunk charged for: it names the chunk's charge (each message is sent once). */
  firstCharged?: string;
  /** Recipients to try again later (provider throttling, outages, a claim still in flight elsewhere). */
  retry: number;
  /** Recipients not tried because the invocation was running out of time: to hand on at once. */
  unsent: Recipient[];
}

/** What became of one recipient: `done` when an earlier attempt already settled it. */
type Outcome = 'sent' | 'failed' | 'retry' | 'done' | 'unknown' | 'out-of-time';

/**
 * Sends one chunk of an occurrence, `inFlight` messages at a time.
 * For each recipient: render and segment the text (a recipient on the account's opt-out list, read once
 * for the chunk, fails as `opted-out`), claim (campaign, occurrence, phone) with a conditional write,
 * wait for the sending rate, hand the message to the provider, record the outcome.
 * A claim found with no outcome after its lease is counted failed as `outcome-unknown`, never sent
 * blindly again. A call whose outcome is unknown (an outage) stops the chunk: the rest waits for the
 * queue's redelivery. When time runs short no new message is taken: the rest is handed back as `unsent`.
 * Then the campaign's stats move once for the whole chunk.
 */
export async function sendChunk(deps: SendDeps, task: SendTask): Promise<ChunkResult> {
  const result: ChunkResult = {
    sent: 0,
    failed: 0,
    parts: 0,
    optedOut: 0,
    charged: 0,
    retry: 0,
    unsent: [],
  };
  // What was sent and failed, by destination: the platform's usage counters move with the stats.
  const usage = new Tally();
  const reserveMs = deps.reserveMs ?? DEFAULT_RESERVE_MS;
  const timeIsShort = () => deps.timeLeft !== undefined && deps.timeLeft() < reserveMs;
  // One batched read for the chunk: the recipients who opted out since the campaign was made.
  const optedOut = await optedOutAmong(
    deps.db,
    task.accountId,
    task.recipients.map((r) => r.phone),
  );
  // One read for the chunk: an account suspended since the occurrence was planned sends no more of it.
  const suspended = (await getAccount(deps.db, task.accountId))?.suspension !== undefined;
  const failedEvents = failureEvents(deps, task);
  let next = 0;
  let stop: 'outage' | 'deadline' | undefined;
  const worker = async () => {
    while (!stop && next < task.recipients.length) {
      if (timeIsShort()) {
        stop = 'deadline';
        break;
      }
      const recipient = task.recipients[next++] as Recipient;
      const outcome = await sendOne(deps, task, recipient, {
        timeIsShort,
        result,
        usage,
        optedOut,
        suspended,
        failedEvents,
      });
      if (outcome === 'unknown') {
        stop ??= 'outage';
        result.retry++;
      } else if (outcome === 'out-of-time') {
        stop ??= 'deadline';
        result.unsent.push(recipient);
      } else if (outcome !== 'done') {
        result[outcome]++;
        if (outcome === 'failed') usage.add(recipient.phone, { failed: 1 });
      }
    }
  };
  const workers = Math.max(1, Math.min(deps.inFlight ?? 1, task.recipients.length));
  await Promise.all(Array.from({ length: workers }, worker));
  const untaken = task.recipients.slice(next);
  // An outage waits for the queue's redelivery (a backoff); a deadline hands the rest on at once.
  if (stop === 'outage') result.retry += untaken.length;
  else result.unsent.push(...untaken);
  if (result.sent || result.failed) await addToStats(deps, task, result, usage);
  // A redelivered chunk with nothing new: the stats may have moved before a crash, the end not raised.
  else if (result.retry === 0) await raiseOccurrenceEnd(endDeps(deps), task);
  return result;
}

async function sendOne(
  deps: SendDeps,
  task: SendTask,
  recipient: Recipient,
  chunk: {
    timeIsShort: () => boolean;
    result: Pick<ChunkResult, 'parts' | 'optedOut' | 'charged' | 'firstCharged'>;
    usage: Tally;
    optedOut: ReadonlySet<string>;
    suspended: boolean;
    failedEvents: FailedEvents;
  },
): Promise<Outcome> {
  const { timeIsShort, result, usage, failedEvents } = chunk;
  const { db } = deps;
  const claimKey = keys.messageClaim(task.accountId, task.campaignId, task.slot, recipient.phone);
  const now = deps.clock.now();
  const links = messageLinks(deps.db, task, recipient.phone, renderText(task.text, recipient), now);
  const { text } = links;
  const measure = measureText(text);
  const facts = {
    to: recipient.phone,
    contactId: recipient.id,
    segments: measure.segments,
    encoding: measure.encoding,
    // A message whose links are tracked is kept while they are: their clicks are counted on it.
    expiresAt: Math.max(
      Math.floor(now.getTime() / 1000) + CLAIM_DAYS * 86_400,
      task.links ? shortLinkRemovalAt(now, task.links.expiryDays) : 0,
    ),
    accountId: task.accountId,
    claimedAt: now.toISOString(),
  };
  // A failure is written with its `message.failed` event (when an endpoint wants it), then relayed.
  const failWith = async (
    failure: { reason: FailureReason; providerStatus?: string },
    write: (along: TransactItem[]) => Promise<boolean>,
  ): Promise<boolean> => {
    const events = await failedEvents({ phone: recipient.phone, ...failure });
    if (!(await write(events ? [events.put] : []))) return false;
    await relay(relayDeps(deps), events);
    return true;
  };
  if (chunk.optedOut.has(recipient.phone)) {
    const optedOut = { state: 'FAILED', reason: 'opted-out', at: now.toISOString() } as const;
    const failed = await failWith(optedOut, (along) => claimMessage(db, claimKey, facts, optedOut, along));
    if (!failed) return 'done';
    result.optedOut++;
    return 'failed';
  }
  if (chunk.suspended) {
    const refused = { state: 'FAILED', reason: 'account-suspended', at: now.toISOString() } as const;
    const failed = await failWith(refused, (along) => claimMessage(db, claimKey, facts, refused, along));
    return failed ? 'failed' : 'done';
  }
  if (measure.segments > MAX_SEGMENTS) {
    const tooLong = { state: 'FAILED', reason: 'message-too-long', at: now.toISOString() } as const;
    const failed = await failWith(tooLong, (along) => claimMessage(db, claimKey, facts, tooLong, along));
    return failed ? 'failed' : 'done';
  }
  const cost = task.prices ? messageCost(recipient.phone, measure.segments, task.prices) : 0;
  if (cost === undefined) {
    const unpriced = { state: 'FAILED', reason: 'destination-not-priced', at: now.toISOString() } as const;
    const failed = await failWith(unpriced, (along) => claimMessage(db, claimKey, facts, unpriced, along));
    return failed ? 'failed' : 'done';
  }
  const expired = (at: Date) => ({ state: 'FAILED', reason: 'expired', at: at.toISOString() }) as const;
  const expiresAt = task.expiresAt ? new Date(task.expiresAt).getTime() : undefined;
  if (expiresAt !== undefined && now.getTime() >= expiresAt) {
    const late = expired(now);
    const failed = await failWith(late, (along) => claimMessage(db, claimKey, facts, late, along));
    return failed ? 'failed' : 'done';
  }
  const leaseUntil = now.getTime() + (deps.leaseMs ?? DEFAULT_LEASE_MS);
  // Its links' item is written beside the claim, at the same time: a transaction of the two would cost the
  // send a fifth of its rate (bench/short-links.ts). A link item whose claim fails leads nowhere new: to
  // this very message's links, under a code no one was given, until its TTL.
  const [claim, linkWrite] = await Promise.allSettled([
    claimMessage(
      db,
      claimKey,
      { ...facts, ...(links.code ? { linkCode: links.code } : {}) },
      {
        state: 'SENDING',
        leaseUntil,
      },
    ),
    links.write(),
  ]);
  if (claim.status === 'rejected') throw claim.reason;
  const claimed = claim.value;
  if (linkWrite.status === 'rejected' || !linkWrite.value) {
    // No link item, or another message's under this code: nothing goes out under it.
    if (claimed) await releaseMessage(db, claimKey, facts, leaseUntil);
    if (linkWrite.status === 'rejected') throw linkWrite.reason;
    // Its code was another message's (one chance in 2⁴⁷): a new draw.
    if (claimed) return sendOne(deps, task, recipient, chunk);
  }
  if (!claimed) {
    const outcome = await settleExistingClaim(db, claimKey, now, (lost) =>
      failWith({ reason: 'outcome-unknown' }, lost),
    );
    return outcome === 'in-flight' ? 'retry' : outcome;
  }
  await deps.pace?.(measure.segments, { phone: recipient.phone, origination: task.senderName });
  if (timeIsShort()) {
    // Waiting for the sending rate took the time left: nothing went out, the next invocation sends it.
    return (await releaseMessage(db, claimKey, facts, leaseUntil)) ? 'out-of-time' : 'done';
  }
  // Waiting for the sending rate may have taken it past its validity: it fails, nothing went out.
  const handedAt = deps.clock.now();
  if (expiresAt !== undefined && handedAt.getTime() >= expiresAt) {
    const late = expired(handedAt);
    const failed = await failWith(late, (along) =>
      recordMessageOutcome(db, claimKey, late, leaseUntil, along),
    );
    return failed ? 'failed' : 'done';
  }
  try {
    const { messageId } = await deps.provider.send({
      to: recipient.phone,
      from: task.senderName,
      text,
      accountId: task.accountId,
      campaignId: task.campaignId,
      occurrence: task.slot,
      ...(expiresAt !== undefined ? { timeToLive: timeToLiveOf(expiresAt - handedAt.getTime()) } : {}),
    });
    const recorded = await recordMessageOutcome(
      db,
      claimKey,
      { state: 'SENT', messageId, at: deps.clock.now().toISOString() },
      leaseUntil,
    );
    if (!recorded) {
      // The call outlived the lease and the recovery counted the message `outcome-unknown`: that stands.
      deps.log.warn('a send outlived its claim; its outcome was already settled', {
        campaignId: task.campaignId,
        messageId,
      });
      return 'done';
    }
    result.parts += measure.segments;
    result.charged += cost;
    usage.add(recipient.phone, { sent: 1, segments: measure.segments, charged: cost });
    if (cost > 0) result.firstCharged ??= recipient.phone;
    return 'sent';
  } catch (error) {
    if (error instanceof ProviderError && error.retryable) {
      // Nothing went out: release the claim so the retry may send.
      return (await releaseMessage(db, claimKey, facts, leaseUntil)) ? 'retry' : 'done';
    }
    if (error instanceof ProviderError) {
      const refused = {
        state: 'FAILED',
        reason: error.reason,
        ...(error.providerStatus ? { providerStatus: error.providerStatus } : {}),
        at: deps.clock.now().toISOString(),
      } as const;
      const failed = await failWith(refused, (along) =>
        recordMessageOutcome(db, claimKey, refused, leaseUntil, along),
      );
      if (!failed) return 'done';
      if (error.reason === 'opted-out') {
        result.optedOut++;
        // The provider knows better than our list: the phone goes on it, nothing more is sent to it.
        await addOptOuts(db, task.accountId, [recipient.phone], { source: 'provider' }, deps.clock.now(), {
          log: deps.log,
          ...(deps.webhookQueue ? { webhookQueue: deps.webhookQueue } : {}),
        });
      }
      return 'failed';
    }
    // The call may or may not have reached the provider: the claim stays, and its lease decides.
    deps.log.error('provider call failed with an unknown outcome', { error, campaignId: task.campaignId });
    return 'unknown';
  }
}

/**
 * A message's text with its links shortened, when its campaign tracks them: a new code, and the write of
 * its links' item (one more item a message, holding all its links).
 */
function messageLinks(
  db: Db,
  task: SendTask,
  phone: string,
  rendered: string,
  now: Date,
): { text: string; code?: string; write: () => Promise<boolean> } {
  const nothing = async () => true;
  if (!task.links) return { text: rendered, write: nothing };
  const { links } = task;
  const code = newLinkCode();
  const { text, urls } = shortenLinks(rendered, links.base, code);
  if (urls.length === 0) return { text, write: nothing };
  const link = { urls, accountId: task.accountId, campaignId: task.campaignId, occurrence: task.slot, phone };
  return { text, code, write: () => putShortLink(db, code, link, now, links.expiryDays) };
}

/** End User Messaging keeps trying to hand a message over for 5 seconds to 72 hours (`TimeToLive`). */
const MIN_TIME_TO_LIVE_SECONDS = 5;
const MAX_TIME_TO_LIVE_SECONDS = 72 * 3600;

/** The provider's time to live for what is left of a message's validity. */
export const timeToLiveOf = (leftMs: number) =>
  Math.min(MAX_TIME_TO_LIVE_SECONDS, Math.max(MIN_TIME_TO_LIVE_SECONDS, Math.floor(leftMs / 1000)));

/** Someone claimed this message before: done already, in flight, or lost in flight (its lease ran out). */
async function settleExistingClaim(
  db: Db,
  key: MessageKey,
  now: Date,
  /** Fails the lost message with what must be written along (its event). */
  failLost: (write: (along: TransactItem[]) => Promise<boolean>) => Promise<boolean>,
): Promise<'done' | 'in-flight' | 'failed'> {
  const existing = await getMessageClaim(db, key);
  if (existing?.state !== 'SENDING') return 'done';
  if ((existing.leaseUntil ?? 0) > now.getTime()) return 'in-flight';
  const failed = await failLost((along) =>
    failLostMessage(db, key, existing.leaseUntil ?? 0, 'outcome-unknown', now.toISOString(), along),
  );
  return failed ? 'failed' : 'done';
}

type FailedEvents = (failure: {
  phone: string;
  reason: FailureReason;
  providerStatus?: string;
}) => Promise<RaisedEvents | undefined>;

/**
 * The `message.failed` event of a message of the chunk, to write with its failed outcome, when an
 * endpoint of the account wants it. The account's endpoints are read once a chunk, at its first failure:
 * a chunk that fails nothing reads nothing.
 */
function failureEvents(deps: SendDeps, task: SendTask): FailedEvents {
  let endpoints: Promise<WebhookItem[]> | undefined;
  return async (failure) => {
    endpoints ??= enabledWebhooks(deps.db, task.accountId);
    const now = deps.clock.now();
    return eventsToRaise(
      deps.db,
      { accountId: task.accountId, endpoints: await endpoints },
      [
        {
          id: eventId(task.accountId, task.campaignId, task.slot, failure.phone, 'message.failed'),
          type: 'message.failed',
          timestamp: now.toISOString(),
          data: {
            campaignId: task.campaignId,
            occurrence: task.slot,
            phone: failure.phone,
            status: 'FAILED',
            reason: failure.reason,
            ...(failure.providerStatus ? { providerStatus: failure.providerStatus } : {}),
          },
        },
      ],
      now,
    );
  };
}

const relayDeps = (deps: SendDeps) => ({
  db: deps.db,
  log: deps.log,
  ...(deps.webhookQueue ? { webhookQueue: deps.webhookQueue } : {}),
});

const endDeps = (deps: SendDeps) => ({
  ...relayDeps(deps),
  ...(deps.currency ? { currency: deps.currency } : {}),
  now: deps.clock.now(),
});

/**
 * The chunk's counts, on the campaign and on the occurrence, with its charge when it handed something
 * over at a price (one transaction); the campaign's status follows when all is done.
 */
async function addToStats(deps: SendDeps, task: SendTask, result: ChunkResult, tally: Tally) {
  const { db } = deps;
  const counts = {
    sent: result.sent,
    failed: result.failed,
    parts: result.parts,
    optedOut: result.optedOut,
    charged: result.charged,
  };
  const now = deps.clock.now();
  const usage = usageUpdate(db, task.accountId, dayOf(now), tally);
  let occurrence: OccurrenceTally | undefined;
  if (result.charged > 0 && result.firstCharged) {
    await chargeChunk(
      moneyDeps(deps),
      task,
      { units: result.charged, segments: result.parts, firstPhone: result.firstCharged },
      now,
      [
        { Update: campaignStatsUpdate(db, task, counts, now.toISOString()) },
        { Update: occurrenceTallyUpdate(db, task, counts, now.toISOString()) },
        { Update: usage },
      ],
    );
    occurrence = await getOccurrenceTally(db, task);
  } else {
    await addToCampaignStats(db, task, counts, now.toISOString());
    await db.client.send(new UpdateCommand(usage));
    occurrence = await addToOccurrenceTally(db, task, counts, now.toISOString());
  }
  if (!isComplete(occurrence)) return;
  await raiseOccurrenceEnd(endDeps(deps), task, occurrence);
  // The occurrence is complete: the campaign shows how it ended (a recurring one keeps going).
  const to = occurrence.sent > 0 ? 'SENT' : 'FAILED';
  const current = await getCampaign(db, task.accountId, task.campaignId);
  if (!current || current.status === to || current.status === 'CANCELLED') return;
  await changeCampaignStatus(db, current, to, deps.clock.now(), { expression: 'attribute_exists(pk)' });
}
