import type { Actor } from '../audit/audit';
import { auditOf } from '../audit/repository';
import { type CampaignItem, listSenderCampaigns } from '../campaigns/repository';
import type { Clock } from '../clock';
import type { Db } from '../db/client';
import { isTransactionCancelled } from '../db/transactions';
import { notFound, OperatorError } from '../errors';
import { isId, newId } from '../ids';
import type { Logger } from '../logger';
import type { Page } from '../page';
import type { WebhookQueue } from '../ports';
import { eventId } from '../webhooks/events';
import { enabledWebhooks, eventsToRaise, relay } from '../webhooks/outbox';
import { changeSenderStatus, createSender, findSenderById, getSender, type SenderItem } from './repository';
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

/**
 * An operator's status change, checked against the lifecycle before it is written, with the
 * `sender.status_changed` event it raises (relayed at once when a webhook queue is at hand, by the
 * sweeper otherwise: the operators' command line has none).
 */
export async function setSenderStatus(
  deps: { db: Db; clock: Clock; log?: Logger; webhookQueue?: WebhookQueue },
  input: { senderId: string; to: SenderStatus; reason?: string; actor: Actor },
): Promise<SenderItem> {
  const sender = isId(input.senderId) ? await findSenderById(deps.db, input.senderId) : undefined;
  if (!sender) throw new OperatorError('sender-not-found', `No sender ${input.senderId}.`);
  checkStatusChange(sender.status, input.to, input.reason);
  const now = deps.clock.now();
  const reason = input.reason?.trim();
  const events = eventsToRaise(
    deps.db,
    { accountId: sender.accountId, endpoints: await enabledWebhooks(deps.db, sender.accountId) },
    [
      {
        id: eventId(sender.accountId, sender.id, input.to, now.toISOString()),
        type: 'sender.status_changed',
        timestamp: now.toISOString(),
        data: {
          senderId: sender.id,
          name: sender.name,
          status: input.to,
          previousStatus: sender.status,
          ...(reason ? { reason } : {}),
        },
      },
    ],
    now,
  );
  let updated: SenderItem;
  try {
    updated = await changeSenderStatus(deps.db, { sender, to: input.to, reason: input.reason, now }, events, [
      auditOf(
        deps.db,
        sender.accountId,
        input.actor,
        'sender.set_status',
        { type: 'sender', id: sender.id },
        now,
        {
          name: sender.name,
          from: sender.status,
          to: input.to,
          ...(reason ? { reason } : {}),
        },
      ),
    ]);
  } catch (error) {
    if (isTransactionCancelled(error)) {
      throw new OperatorError(
        'changed-meanwhile',
        `Sender ${input.senderId} changed meanwhile: look again and retry.`,
      );
    }
    throw error;
  }
  if (deps.log) await relay({ ...deps, log: deps.log }, events);
  return updated;
}

/** A sender request, with its audit entry. */
export async function requestSender(
  deps: { db: Db; clock: Clock },
  accountId: string,
  input: { name: string; description: string },
  actor: Actor,
  operationId?: string,
) {
  const now = deps.clock.now();
  const id = operationId ?? newId(now);
  return createSender(deps.db, { accountId, ...input, now, id }, [
    auditOf(deps.db, accountId, actor, 'sender.create', { type: 'sender', id }, now, { name: input.name }),
  ]);
}
