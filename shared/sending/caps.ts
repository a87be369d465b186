/**
 * Throughput caps (CONTRACT.md, Bulk import and scale): message parts per second per destination country
 * and per origination identity (sender ID or number), as End User Messaging meters them. Held in the
 * table, so every send function running at once shares them: each second of each cap is one item, and a
 * message takes its parts from the current second of every cap it falls under, all in one transaction,
 * or waits for the next second. Messages wait; none fails for a cap.
 */
import { TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../clock';
import type { Db } from '../db/client';
import { keys } from '../db/keys';
import { cancellationCodes, isConditionFailure, isTransactionCancelled } from '../db/transactions';
import { countryOfPhone } from '../text/phone';
import { type MessagePacer, realSleep } from './pace';

export interface ThroughputCaps {
  /** Parts per second to each of these countries (ISO 3166 alpha-2). */
  byCountry: Readonly<Record<string, number>>;
  /** Parts per second to each other country; 0: no cap. */
  perOtherCountry: number;
  /** Parts per second from each sender ID or number; 0: no cap. */
  perOrigination: number;
}

export const NO_CAPS: ThroughputCaps = { byCountry: {}, perOtherCountry: 0, perOrigination: 0 };

/** `CI:20,SN:10` → `{ CI: 20, SN: 10 }`; throws saying what is wrong. */
export function parseCountryCaps(text: string): Record<string, number> {
  const caps: Record<string, number> = {};
  for (const entry of text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const match = /^([A-Za-z]{2})\s*:\s*(\d+)$/.exec(entry);
    if (!match || Number(match[2]) < 1)
      throw new Error(
        `"${entry}" is not a country's cap: write it CI:20 (a country code, parts per second ≥ 1)`,
      );
    caps[(match[1] as string).toUpperCase()] = Number(match[2]);
  }
  return caps;
}

/** The caps as the send function's settings (none when there is none). */
export function capSettings(caps: ThroughputCaps): {
  countryPartsPerSecond?: string;
  defaultPartsPerSecond?: string;
  originationPartsPerSecond?: string;
} {
  const countries = Object.entries(caps.byCountry).map(([country, limit]) => `${country}:${limit}`);
  return {
    ...(countries.length ? { countryPartsPerSecond: countries.join(',') } : {}),
    ...(caps.perOtherCountry > 0 ? { defaultPartsPerSecond: String(caps.perOtherCountry) } : {}),
    ...(caps.perOrigination > 0 ? { originationPartsPerSecond: String(caps.perOrigination) } : {}),
  };
}

export const hasCaps = (caps: ThroughputCaps) =>
  Object.keys(caps.byCountry).length > 0 || caps.perOtherCountry > 0 || caps.perOrigination > 0;

/** The caps a message from `origination` to `phone` falls under, each with its parts per second. */
export function capsOf(
  caps: ThroughputCaps,
  message: { phone: string; origination: string },
): { name: string; limit: number }[] {
  const country = countryOfPhone(message.phone) ?? 'unknown';
  const countryLimit = caps.byCountry[country] ?? caps.perOtherCountry;
  return [
    ...(countryLimit > 0 ? [{ name: `country#${country}`, limit: countryLimit }] : []),
    ...(caps.perOrigination > 0
      ? [{ name: `origination#${message.origination}`, limit: caps.perOrigination }]
      : []),
  ];
}

/** How long a second's item is kept after it: a minute, then DynamoDB's time to live removes it. */
const KEPT_SECONDS = 60;

/** A pacer that waits until `parts` more parts may go from `origination` to `phone` under every cap. */
export function sharedCaps(
  db: Db,
  clock: Clock,
  caps: ThroughputCaps,
  sleep: (ms: number) => Promise<void> = realSleep,
): MessagePacer {
  return async (parts, message) => {
    const applying = capsOf(caps, message);
    if (applying.length === 0) return;
    for (;;) {
      const now = clock.now().getTime();
      const second = Math.floor(now / 1000);
      const taken = await takeParts(db, applying, second, parts);
      if (taken === 'taken') return;
      // This second is full under one of its caps: the next one. Met a rival's transaction: again now.
      if (taken === 'full') await sleep((second + 1) * 1000 - now);
    }
  };
}

/**
 * Takes `parts` from this second of every cap, all or none: `full` when one of them has no room left,
 * `conflict` when a rival's transaction held one of its items at that instant.
 */
async function takeParts(
  db: Db,
  applying: readonly { name: string; limit: number }[],
  second: number,
  parts: number,
): Promise<'taken' | 'full' | 'conflict'> {
  const updates = applying.map(({ name, limit }) => ({
    TableName: db.tableName,
    Key: keys.throughput(name, second),
    UpdateExpression: 'ADD #used :parts SET expiresAt = :expires',
    // A message longer than a whole second's worth still goes, alone in its second.
    ConditionExpression:
      limit >= parts ? 'attribute_not_exists(#used) OR #used <= :room' : 'attribute_not_exists(#used)',
    ExpressionAttributeNames: { '#used': 'used' },
    ExpressionAttributeValues: {
      ':parts': parts,
      ':expires': second + KEPT_SECONDS,
      ...(limit >= parts ? { ':room': limit - parts } : {}),
    },
  }));
  try {
    // One cap alone needs no transaction: DynamoDB applies updates of one item one after the other.
    if (updates.length === 1) await db.client.send(new UpdateCommand(updates[0] as (typeof updates)[number]));
    else
      await db.client.send(
        new TransactWriteCommand({ TransactItems: updates.map((Update) => ({ Update })) }),
      );
    return 'taken';
  } catch (error) {
    if (isConditionFailure(error)) return 'full';
    if (isTransactionCancelled(error))
      return cancellationCodes(error).includes('ConditionalCheckFailed') ? 'full' : 'conflict';
    throw error;
  }
}
