/**
 * A test send (CONTRACT.md, Test send): a text sent now to one to five phones through the very path a
 * campaign takes (the same sender choice, rendering, hold, claim, provider and charge), as a campaign of
 * its own that no list shows, answered with what became of each message.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import type { Account } from '../accounts/account';
import type { Actor } from '../audit/audit';
import { auditItem } from '../audit/repository';
import type { Recipient } from '../campaigns/campaign';
import { type CampaignItem, putCampaign, writeRecipientChunks } from '../campaigns/repository';
import { chooseSender } from '../campaigns/sender-choice';
import { EMPTY_COUNTERS } from '../campaigns/stats';
import type { Clock } from '../clock';
import { contactIdOf } from '../contacts/contact';
import type { Db } from '../db/client';
import { keys } from '../db/keys';
import { AppError } from '../errors';
import { newId } from '../ids';
import { checkLinkTracking, linkTrackingFields, linkTrackingOf } from '../links/input';
import { measuredForm } from '../links/short-links';
import type { Logger } from '../logger';
import { listMessages } from '../messages/log';
import { type Message, messageView } from '../messages/view';
import { ensureAffordable } from '../money/holds';
import { quoteFor } from '../money/quote';
import type { SmsProvider, WebhookQueue } from '../ports';
import { fieldKeysIn } from '../text/render';
import { contactFieldsSchema, phoneSchema, sendableTextSchema } from '../text/schema';
import { measureText } from '../text/segments';
import { dispatchOccurrence } from './dispatch';
import { sendChunk } from './send';

export const MAX_TEST_PHONES = 5;
export const TEST_SENDS_PER_HOUR = 30;

export const testSendInput = z
  .strictObject({
    text: sendableTextSchema,
    senderId: z.string().trim().min(1).max(64).optional(),
    phones: z
      .array(phoneSchema)
      .min(1, 'give at least one phone')
      .max(MAX_TEST_PHONES, `must hold at most ${MAX_TEST_PHONES} phones`),
    /** The values the text is rendered with (`@prenom`, `@montant` …), as a contact would give them. */
    contact: contactFieldsSchema.omit({ phone: true }).optional(),
    ...linkTrackingFields,
  })
  .superRefine((input, context) =>
    checkLinkTracking(input, (path, message) => context.addIssue({ code: 'custom', path: [path], message })),
  );
export type TestSendInput = z.infer<typeof testSendInput>;

export interface TestSendDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  provider: Pick<SmsProvider, 'send'>;
  webhookQueue?: WebhookQueue;
  currency: string;
  defaultSenderName: string;
  /** Where this deployment serves short links: needed by a test with `trackLinks`. */
  linkBase?: string;
}

/** What became of one message of a test: as the message log says it. */
export type TestMessage = Pick<Message, 'phone' | 'text' | 'segments' | 'status' | 'reason'>;

/** Counts a test send in the account's hour, or refuses it past `TEST_SENDS_PER_HOUR` (`429`). */
async function takeTestSend(db: Db, accountId: string, now: Date): Promise<void> {
  const hour = now.toISOString().slice(0, 13);
  try {
    await db.client.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: keys.testSends(accountId, hour),
        UpdateExpression: 'ADD sends :one SET expiresAt = if_not_exists(expiresAt, :expires)',
        ConditionExpression: 'attribute_not_exists(sends) OR sends < :limit',
        ExpressionAttributeValues: {
          ':one': 1,
          ':limit': TEST_SENDS_PER_HOUR,
          ':expires': Math.floor(now.getTime() / 1000) + 2 * 86_400,
        },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    const retryAfter = 3600 - Math.floor((now.getTime() % 3_600_000) / 1000);
    throw new AppError(
      'rate-limited',
      `This account made ${TEST_SENDS_PER_HOUR} test sends this hour: the next one may go in ${Math.ceil(retryAfter / 60)} minutes.`,
      { headers: { 'retry-after': String(retryAfter) } },
    );
  }
}

export async function sendTest(
  deps: TestSendDeps,
  account: Account,
  input: TestSendInput,
  actor: Actor,
): Promise<{ campaignId: string; messages: TestMessage[] }> {
  const { db } = deps;
  const now = deps.clock.now();
  const at = now.toISOString();
  const fieldKeys = fieldKeysIn(input.text);
  const values = input.contact ?? {};
  const recipients: Recipient[] = [...new Set(input.phones)].map((phone) => ({
    ...values,
    ...(values.fields
      ? {
          fields: Object.fromEntries(
            Object.entries(values.fields).filter(([key]) => fieldKeys.includes(key)),
          ),
        }
      : {}),
    id: contactIdOf(account.id, phone),
    phone,
    createdAt: at,
  }));
  const links = linkTrackingOf(input, deps.linkBase);
  const cost = await quoteFor(db, account.id, input.text, recipients, links?.base);
  await ensureAffordable(db, account.id, cost.units, now, deps.currency);
  await takeTestSend(db, account.id, now);

  const sender = await chooseSender(db, account, input.senderId, deps.defaultSenderName);
  const id = newId(now);
  const asWritten = measureText(measuredForm(input.text, links?.base));
  const campaign: CampaignItem = {
    id,
    accountId: account.id,
    name: 'Test',
    type: 'SMS',
    test: true,
    status: 'PENDING',
    text: input.text,
    ...(links ? { links } : {}),
    sender,
    timezone: 'UTC',
    groupsIds: [],
    recipientCount: recipients.length,
    chunkCount: await writeRecipientChunks(
      db,
      (index) => keys.recipientChunk(account.id, id, index),
      recipients,
    ),
    total: recipients.length,
    ...EMPTY_COUNTERS,
    analysis: {
      encoding: asWritten.encoding,
      segmentsPerMessage: asWritten.segments,
      totalSegments: cost.segments,
      maxSegmentsPerMessage: asWritten.segments,
      ucs2Recipients: 0,
      tooLongRecipients: cost.tooLong,
    },
    createdAt: at,
    updatedAt: at,
  };
  await putCampaign(db, campaign, [
    auditItem(
      db,
      account.id,
      {
        actor,
        action: 'campaign.test',
        target: { type: 'campaign', id },
        details: { phones: recipients.length },
      },
      now,
    ),
  ]);
  // The occurrence is planned as any is, and its one chunk sent here and now rather than through the queue.
  await dispatchOccurrence(
    {
      db,
      clock: deps.clock,
      log: deps.log,
      currency: deps.currency,
      scheduler: { create: async () => {}, delete: async () => {} },
      sendQueue: {
        send: async (tasks) => {
          for (const task of tasks) await sendChunk({ ...deps, inFlight: MAX_TEST_PHONES }, task);
        },
      },
    },
    { accountId: account.id, campaignId: id, slot: at },
  );
  const logged = await listMessages(db, campaign, { page: 1, count: MAX_TEST_PHONES, status: 'ALL' });
  return {
    campaignId: id,
    messages: logged.items.map((message) => {
      const view = messageView(campaign, message);
      return {
        phone: view.phone,
        text: view.text,
        segments: view.segments,
        status: view.status,
        ...(view.reason ? { reason: view.reason } : {}),
      };
    }),
  };
}
