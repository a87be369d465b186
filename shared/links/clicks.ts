/**
 * Applying the clicks the redirect counted (CONTRACT.md, Tracked short links), a batch at a time from the
 * reports queue: each click counts once (its id is kept beside its link), on its message (`clicks`, its
 * first `clickedAt`), on the campaign's and the occurrence's stats (`clicks`; `clicked` when it is the
 * message's first), and in the campaign's clicks of that hour; a message's first click on each of its
 * links raises `link.clicked`. Each piece is one transaction, on condition that the messages still hold
 * what was read: a concurrent batch makes it read again.
 */
import * as z from 'zod';
import { groupBy } from '../collections';
import { batchGet } from '../db/batch';
import type { Db } from '../db/client';
import { keys } from '../db/keys';
import { isTransactionCancelled, type TransactItem } from '../db/transactions';
import { commit } from '../db/unit-of-work';
import { MalformedEvent } from '../errors';
import type { LinkClick, WebhookEvent } from '../ports';
import { eventId } from '../webhooks/events';
import { enabledWebhooks, eventsToRaise, type RaisedEvents } from '../webhooks/outbox';

export interface ClicksResult {
  applied: number;
  /** Clicks whose message is no longer kept, or was sent under another code. */
  unmatched: LinkClick[];
  /** Clicks left for the queue to hand over again: more on one message than one transaction holds. */
  deferred: LinkClick[];
  raised: RaisedEvents[];
}

interface ClickedMessage {
  pk: string;
  sk: string;
  linkCode?: string;
  clicks?: number;
  clickedAt?: string;
  clickedLinks?: number[];
}

interface Change {
  key: { pk: string; sk: string };
  phone: string;
  before: number;
  clicks: LinkClick[];
  clickedAt: string;
  clickedLinks: number[];
  /** Its first click on each link it had no click on. */
  firstOnLink: LinkClick[];
}

/**
 * A transaction holds 100 items: the campaign's and the occurrence's stats, the events' outbox item, and
 * these: the messages, their clicks' ids and the hours the clicks fell in.
 */
const ITEMS_PER_PIECE = 96;
/** Clicks on one message applied in one batch; the rest come back from the queue (a robot not recognised). */
const CLICKS_PER_MESSAGE = 40;
const ATTEMPTS = 8;
/** A click's id is kept as long as SQS may hand the click over again (its longest retention, 14 days). */
const COUNTED_CLICK_SECONDS = 14 * 86_400;

const linkClickSchema = z.strictObject({
  id: z.string().min(1),
  messageCode: z.string().min(1),
  rank: z.number().int().min(0),
  accountId: z.string().min(1),
  campaignId: z.string().min(1),
  occurrence: z.string().min(1),
  phone: z.string().min(1),
  url: z.string().min(1),
  at: z.iso.datetime({ offset: true }),
});

/** The click a reports queue message carries, if it is one (`{ linkClick }`); malformed ones are refused. */
export function clickOf(body: string): LinkClick | undefined {
  if (!body.includes('"linkClick"')) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new MalformedEvent('the click is not JSON');
  }
  if (typeof json !== 'object' || json === null || !('linkClick' in json)) return undefined;
  const parsed = linkClickSchema.safeParse(json.linkClick);
  if (!parsed.success) throw new MalformedEvent(`not a link click: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export async function applyClicks(db: Db, clicks: readonly LinkClick[], now: Date): Promise<ClicksResult> {
  const result: ClicksResult = { applied: 0, unmatched: [], deferred: [], raised: [] };
  const unique = [...new Map(clicks.map((click) => [click.id, click])).values()];
  const byOccurrence = groupBy(unique, (click) =>
    JSON.stringify([click.accountId, click.campaignId, click.occurrence]),
  );
  for (const group of byOccurrence.values()) {
    const outcome = await applyToOccurrence(db, group, now);
    result.applied += outcome.applied;
    result.unmatched.push(...outcome.unmatched);
    result.deferred.push(...outcome.deferred);
    result.raised.push(...outcome.raised);
  }
  return result;
}

async function applyToOccurrence(db: Db, clicks: LinkClick[], now: Date): Promise<ClicksResult> {
  const { accountId, campaignId, occurrence } = clicks[0] as LinkClick;
  const endpoints = await enabledWebhooks(db, accountId);
  for (let attempt = 1; ; attempt++) {
    const counted = new Set(
      (
        await batchGet<{ sk: string }>(
          db,
          clicks.map((click) => keys.countedClick(click.messageCode, click.id)),
        )
      ).map((item) => item.sk.slice('CLICK#'.length)),
    );
    const fresh = clicks.filter((click) => !counted.has(click.id));
    const byPhone = groupBy(fresh, (click) => click.phone);
    const messages = new Map(
      (
        await batchGet<ClickedMessage & { to: string }>(
          db,
          [...byPhone.keys()].map((phone) => keys.messageClaim(accountId, campaignId, occurrence, phone)),
        )
      ).map((item) => [item.to, item] as const),
    );
    const unmatched: LinkClick[] = [];
    const deferred: LinkClick[] = [];
    const changes: Change[] = [];
    for (const [phone, forPhone] of byPhone) {
      const message = messages.get(phone);
      const matching = forPhone.filter((click) => message?.linkCode === click.messageCode);
      unmatched.push(...forPhone.filter((click) => !matching.includes(click)));
      deferred.push(...matching.slice(CLICKS_PER_MESSAGE));
      if (message && matching.length)
        changes.push(changeOf(message, phone, matching.slice(0, CLICKS_PER_MESSAGE)));
    }
    try {
      const raised: RaisedEvents[] = [];
      let applied = 0;
      for (const piece of pieces(changes)) {
        const events = eventsToRaise(
          db,
          { accountId, endpoints },
          piece.flatMap((change) => clickEvents({ accountId, campaignId, occurrence }, change)),
          now,
        );
        await commit(db, [
          ...piece.flatMap((change) => messageItems(db, change, now)),
          ...statsItems(db, { accountId, campaignId, occurrence }, piece, now),
          ...(events ? [events.put] : []),
        ]);
        applied += piece.reduce((sum, change) => sum + change.clicks.length, 0);
        if (events) raised.push(events);
      }
      return { applied, unmatched, deferred, raised };
    } catch (error) {
      if (!isTransactionCancelled(error) || attempt >= ATTEMPTS) throw error;
      await new Promise((wake) => setTimeout(wake, Math.random() * 20 * 2 ** attempt));
    }
  }
}

function changeOf(message: ClickedMessage, phone: string, clicks: LinkClick[]): Change {
  const inOrder = [...clicks].sort((a, b) => a.at.localeCompare(b.at));
  const clickedLinks = [...(message.clickedLinks ?? [])];
  const firstOnLink: LinkClick[] = [];
  for (const click of inOrder) {
    if (clickedLinks.includes(click.rank)) continue;
    clickedLinks.push(click.rank);
    firstOnLink.push(click);
  }
  const earliest = (inOrder[0] as LinkClick).at;
  return {
    key: { pk: message.pk, sk: message.sk },
    phone,
    before: message.clicks ?? 0,
    clicks: inOrder,
    clickedAt: message.clickedAt && message.clickedAt < earliest ? message.clickedAt : earliest,
    clickedLinks,
    firstOnLink,
  };
}

/** Changes in transactions of at most `ITEMS_PER_PIECE` messages, clicks and hours. */
function pieces(changes: Change[]): Change[][] {
  const out: Change[][] = [];
  let current: Change[] = [];
  let size = 0;
  let hours = new Set<string>();
  for (const change of changes) {
    const itsHours = new Set(change.clicks.map(hourOf));
    const added = [...itsHours].filter((hour) => !hours.has(hour)).length;
    if (current.length && size + 1 + change.clicks.length + added > ITEMS_PER_PIECE) {
      out.push(current);
      current = [];
      size = 0;
      hours = new Set();
    }
    const before = hours.size;
    for (const hour of itsHours) hours.add(hour);
    current.push(change);
    size += 1 + change.clicks.length + hours.size - before;
  }
  if (current.length) out.push(current);
  return out;
}

/** The hour a click falls in (UTC, `2026-12-05T21`): where the campaign's clicks over time count it. */
const hourOf = (click: LinkClick) => click.at.slice(0, 13);

/** The message's new counts, on condition it still holds what was read, and each click's id. */
function messageItems(db: Db, change: Change, now: Date): TransactItem[] {
  const expiresAt = Math.floor(now.getTime() / 1000) + COUNTED_CLICK_SECONDS;
  return [
    {
      Update: {
        TableName: db.tableName,
        Key: change.key,
        UpdateExpression: 'SET clicks = :after, clickedAt = :clickedAt, clickedLinks = :links',
        ConditionExpression:
          change.before === 0
            ? 'attribute_exists(pk) AND attribute_not_exists(clicks)'
            : 'attribute_exists(pk) AND clicks = :before',
        ExpressionAttributeValues: {
          ':after': change.before + change.clicks.length,
          ':clickedAt': change.clickedAt,
          ':links': change.clickedLinks,
          ...(change.before === 0 ? {} : { ':before': change.before }),
        },
      },
    },
    ...change.clicks.map(
      (click): TransactItem => ({
        Put: {
          TableName: db.tableName,
          Item: { ...keys.countedClick(click.messageCode, click.id), entity: 'click', expiresAt },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      }),
    ),
  ];
}

/** The clicks on the campaign's and the occurrence's stats, and in the campaign's hours. */
function statsItems(
  db: Db,
  at: { accountId: string; campaignId: string; occurrence: string },
  piece: Change[],
  now: Date,
): TransactItem[] {
  const clicks = piece.reduce((sum, change) => sum + change.clicks.length, 0);
  const clicked = piece.filter((change) => change.before === 0).length;
  const stats = [
    keys.campaign(at.accountId, at.campaignId),
    keys.occurrence(at.accountId, at.campaignId, at.occurrence),
  ].map(
    (key): TransactItem => ({
      Update: {
        TableName: db.tableName,
        Key: key,
        UpdateExpression: 'ADD clicks :clicks, clicked :clicked SET updatedAt = :now',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':clicks': clicks, ':clicked': clicked, ':now': now.toISOString() },
      },
    }),
  );
  const byHour = groupBy(
    piece.flatMap((change) => change.clicks),
    hourOf,
  );
  const hours = [...byHour].map(
    ([hour, inHour]): TransactItem => ({
      Update: {
        TableName: db.tableName,
        Key: keys.campaignClicks(at.accountId, at.campaignId, hour),
        UpdateExpression: 'ADD clicks :clicks SET entity = :entity',
        ExpressionAttributeValues: { ':clicks': inHour.length, ':entity': 'campaign-clicks' },
      },
    }),
  );
  return [...stats, ...hours];
}

/** `link.clicked`: once per message and link, at its first click. */
function clickEvents(
  at: { accountId: string; campaignId: string; occurrence: string },
  change: Change,
): WebhookEvent[] {
  return change.firstOnLink.map((click) => ({
    id: eventId(at.accountId, at.campaignId, at.occurrence, change.phone, 'link.clicked', String(click.rank)),
    type: 'link.clicked',
    timestamp: click.at,
    data: {
      campaignId: at.campaignId,
      occurrence: at.occurrence,
      phone: change.phone,
      url: click.url,
      clickedAt: click.at,
    },
  }));
}
