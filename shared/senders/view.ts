/** What the API answers about senders (the SDK's answer types are these). */
import type { SenderItem } from './repository';
import type { Sender } from './sender';

/** A sender as answered: its refusal reason only once refused. */
export const toSender = (item: SenderItem): Sender => ({
  id: item.id,
  name: item.name,
  description: item.description,
  status: item.status,
  ...(item.status === 'REFUSED' && item.refusalReason ? { refusalReason: item.refusalReason } : {}),
  createdAt: item.createdAt,
});
