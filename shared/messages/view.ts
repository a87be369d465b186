/** What the API answers about messages (the SDK's answer types are these). */
import { type CampaignItem, textToSend } from '../campaigns/repository';
import { measuredForm, shortenLinks } from '../links/short-links';
import type { FailureReason } from '../ports';
import { allowedFrom } from '../quiet-hours/quiet-hours';
import { zoneOfPhone } from '../quiet-hours/zones';
import { renderText } from '../text/render';
import { measureText } from '../text/segments';
import type { LoggedMessage, OccurrenceItem } from './log';
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
  /** Its campaign tracks links: the first click on one of them, and how many clicks were counted. */
  clickedAt?: string;
  clicks?: number;
  /** A `PENDING` message quiet hours hold back: when it will go. */
  deferredUntil?: string;
  updatedAt: string;
}

export function messageView(
  campaign: CampaignItem,
  { occurrence, recipient, record }: LoggedMessage,
): Message {
  const rendered = renderText(textToSend(campaign), recipient);
  // Its links as they went (its own code), or, not yet sent, in the form they will take.
  const text =
    campaign.links && record?.linkCode
      ? shortenLinks(rendered, campaign.links.base, record.linkCode).text
      : rendered;
  const measured = record ?? measureText(measuredForm(text, campaign.links?.base));
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
    ...(record?.clickedAt ? { clickedAt: record.clickedAt } : {}),
    ...(campaign.links ? { clicks: record?.clicks ?? 0 } : {}),
    ...(!record ? deferral(campaign, occurrence, recipient.phone) : {}),
    updatedAt: record?.updatedAt ?? record?.at ?? occurrence.queuedAt ?? campaign.createdAt,
  };
}

/** When quiet hours let a message not yet claimed go, if later than its occurrence was planned. */
function deferral(
  campaign: CampaignItem,
  occurrence: OccurrenceItem,
  phone: string,
): { deferredUntil?: string } {
  if (!campaign.quietHours) return {};
  const planned = Math.max(new Date(occurrence.slot).getTime(), new Date(occurrence.queuedAt ?? 0).getTime());
  const due = new Date(planned);
  const from = allowedFrom(due, zoneOfPhone(phone), campaign.quietHours);
  return from.getTime() > due.getTime() ? { deferredUntil: from.toISOString() } : {};
}
