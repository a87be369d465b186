import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Account } from '../accounts/account';
import type { Db } from '../db/client';
import { keys } from '../db/keys';
import { isId } from '../ids';
import { getSender, type SenderItem } from '../senders/repository';
import { senderNameKey } from '../senders/sender';
import type { SenderChoice } from './campaign';

/** The platform's sender name when an account has none of its own (configuration: DEFAULT_SENDER_NAME). */
export const platformDefaultSender = () => process.env.DEFAULT_SENDER_NAME || 'SMSInfo';

async function findSender(db: Db, accountId: string, requested: string): Promise<SenderItem | undefined> {
  if (isId(requested)) return getSender(db, accountId, requested);
  const guard = await db.client.send(
    new GetCommand({
      TableName: db.tableName,
      Key: keys.senderNameGuard(accountId, senderNameKey(requested)),
      ConsistentRead: true,
    }),
  );
  const senderId = guard.Item?.senderId as string | undefined;
  return senderId ? getSender(db, accountId, senderId) : undefined;
}

/**
 * The sender a campaign goes out with: the one asked for (by id or name) when it is ACCEPTED,
 * otherwise the account's default sender, otherwise the platform's; and why. Never a failure.
 */
export async function chooseSender(
  db: Db,
  account: Account,
  requested: string | undefined,
): Promise<SenderChoice> {
  const fallback = account.defaultSender ?? platformDefaultSender();
  if (!requested) return { id: null, name: fallback, requested: null, reason: 'not-requested' };
  const sender = await findSender(db, account.id, requested);
  if (!sender) return { id: null, name: fallback, requested, reason: 'not-found' };
  if (sender.status !== 'ACCEPTED') return { id: null, name: fallback, requested, reason: 'not-accepted' };
  return { id: sender.id, name: sender.name, requested, reason: 'requested' };
}
