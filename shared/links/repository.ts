/**
 * The short-link item: one per message sent with `trackLinks`, written beside the message's claim (at the
 * same time, never over another link), and read by the redirect (its only read). It is kept `GONE_DAYS`
 * after its links stop leading anywhere, so those answer 410 rather than 404; then DynamoDB's TTL removes it.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Db } from '../db/client';
import { getItem } from '../db/items';
import { keys } from '../db/keys';
import { whenConditionHolds } from '../db/transactions';

const GONE_DAYS = 30;
const DAY_MS = 86_400_000;

export interface ShortLinkItem {
  /** The links of the message, by rank. */
  urls: string[];
  accountId: string;
  campaignId: string;
  occurrence: string;
  phone: string;
  /** When its links stop leading to their page (ISO). */
  validUntil: string;
}

/** Epoch seconds when a message sent `at` and its links are removed (DynamoDB's TTL). */
export const shortLinkRemovalAt = (at: Date, expiryDays: number) =>
  Math.floor((at.getTime() + (expiryDays + GONE_DAYS) * DAY_MS) / 1000);

/**
 * Writes the item of a message's links, never over another's: false when its code is already taken (one
 * chance in 2⁴⁷), for the sender to draw another.
 */
export function putShortLink(
  db: Db,
  messageCode: string,
  link: Omit<ShortLinkItem, 'validUntil'>,
  at: Date,
  expiryDays: number,
): Promise<boolean> {
  return whenConditionHolds(
    db.client.send(
      new PutCommand({
        TableName: db.tableName,
        Item: {
          ...keys.shortLink(messageCode),
          entity: 'link',
          ...link,
          validUntil: new Date(at.getTime() + expiryDays * DAY_MS).toISOString(),
          expiresAt: shortLinkRemovalAt(at, expiryDays),
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    ),
  );
}

/** An eventually consistent read (half the cost): a link is clicked seconds after its SMS went, never sooner. */
export const getShortLink = (db: Db, messageCode: string) =>
  getItem<ShortLinkItem>(db, keys.shortLink(messageCode), { consistent: false });
