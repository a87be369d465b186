import type { Account } from '../accounts/account';
import type { Db } from '../db/client';
import { isId } from '../ids';
import { findSenderByName, getSender, type SenderItem } from '../senders/repository';
import type { SenderChoice } from './campaign';

const findSender = (db: Db, accountId: string, requested: string): Promise<SenderItem | undefined> =>
  isId(requested) ? getSender(db, accountId, requested) : findSenderByName(db, accountId, requested);

/**
 * The sender a campaign goes out with: the one asked for (by id or name) when it is ACCEPTED,
 * otherwise the account's default sender, otherwise the platform's; and why. Never a failure.
 */
export async function chooseSender(
  db: Db,
  account: Account,
  requested: string | undefined,
  /** The platform's sender name, for accounts that have none of their own (configuration). */
  platformDefault: string,
): Promise<SenderChoice> {
  const fallback = account.defaultSender ?? platformDefault;
  if (!requested) return { id: null, name: fallback, requested: null, reason: 'not-requested' };
  const sender = await findSender(db, account.id, requested);
  if (!sender) return { id: null, name: fallback, requested, reason: 'not-found' };
  if (sender.status !== 'ACCEPTED') return { id: null, name: fallback, requested, reason: 'not-accepted' };
  return { id: sender.id, name: sender.name, requested, reason: 'requested' };
}
