/** What the API answers about messages (the SDK's answer types are these). */
import { type CampaignItem, textToSend } from '../campaigns/repository';
import type { FailureReason } from '../sending/ports';
import { renderText } from '../text/render';
import { measureText } from '../text/segments';
import type { LoggedMessage } from './log';
import { type MessageStatus, statusOf } from './message';

export interface Message {
  campaignId: string;
  /** The occurrence's slot: the instant it was scheduled for (or created, for an immediate campaign). */
  occurrence: string;
  phone: string;
  contactId: string;
  /** As the recipient receives it. */
  text: string;
  encoding: string;
  segments: number;
  status: MessageStatus;
  reason?: FailureReason;
  providerStatus?: string;
  sentAt?: string;
  deliveredAt?: string;
  updatedAt: string;
}

export function messageView(
  campaign: CampaignItem,
  { occurrence, recipient, record }: LoggedMessage,
): Message {
  const text = renderText(textToSend(campaign), recipient);
  const measured = record ?? measureText(text);
  return {
    campaignId: campaign.id,
    occurrence: occurrence.slot,
    phone: recipient.phone,
    contactId: recipient.id,
    text,
    encoding: measured.encoding,
    segments: measured.segments,
    status: statusOf(record),
    ...(record?.state === 'FAILED' && record.reason ? { reason: record.reason } : {}),
    ...(record?.providerStatus ? { providerStatus: record.providerStatus } : {}),
    ...(record?.state === 'SENT' && record.at ? { sentAt: record.at } : {}),
    ...(record?.deliveredAt ? { deliveredAt: record.deliveredAt } : {}),
    updatedAt: record?.updatedAt ?? record?.at ?? occurrence.queuedAt ?? campaign.createdAt,
  };
}
