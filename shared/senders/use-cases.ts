import { type CampaignItem, listSenderCampaigns } from '../campaigns/repository';
import type { Clock } from '../clock';
import type { Db } from '../db/client';
import { isTransactionCancelled } from '../db/transactions';
import { notFound, OperatorError } from '../errors';
import { isId } from '../ids';
import type { Page } from '../page';
import { changeSenderStatus, findSenderById, getSender, type SenderItem } from './repository';
import type { SenderStatus } from './sender';
import { checkStatusChange } from './status';

export async function requireSender(db: Db, accountId: string, senderId: string) {
  const sender = await getSender(db, accountId, senderId);
  if (!sender) throw notFound('sender', senderId);
  return sender;
}

/** The campaigns that went out (or will) with one of the account's senders, newest first. */
export async function senderCampaigns(
  db: Db,
  accountId: string,
  senderId: string,
  request: { page: number; size: number },
): Promise<Page<CampaignItem>> {
  const sender = await requireSender(db, accountId, senderId);
  return listSenderCampaigns(db, accountId, sender.id, request);
}

/** An operator's status change, checked against the lifecycle before it is written. */
export async function setSenderStatus(
  deps: { db: Db; clock: Clock },
  input: { senderId: string; to: SenderStatus; reason?: string },
): Promise<SenderItem> {
  const sender = isId(input.senderId) ? await findSenderById(deps.db, input.senderId) : undefined;
  if (!sender) throw new OperatorError(`no sender ${input.senderId}`);
  checkStatusChange(sender.status, input.to, input.reason);
  try {
    return await changeSenderStatus(deps.db, {
      sender,
      to: input.to,
      reason: input.reason,
      now: deps.clock.now(),
    });
  } catch (error) {
    if (isTransactionCancelled(error)) {
      throw new OperatorError(
        `sender ${input.senderId} changed while this command ran; look again and retry`,
      );
    }
    throw error;
  }
}
