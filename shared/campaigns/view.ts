/** What the API answers about campaigns (the SDK's answer types are these). */

import type { OccurrenceItem } from '../messages/log';
import { money } from '../money/amount';
import type { HoldRefusal } from '../money/holds';
import type { Money } from '../money/view';
import { type Page, type PageInfo, pageInfo } from '../page';
import type { QuietHours } from '../quiet-hours/quiet-hours';
import { nextFiring, schedulesOf } from '../sending/schedules';
import type { Weekday } from '../time-zones';
import type { CampaignStatus, CampaignType, Recipient, SenderChoice, TextAnalysisSummary } from './campaign';
import type { CampaignItem } from './repository';
import { type Stats, statsOf } from './stats';

/** A campaign in lists and in answers to create and cancel. */
export interface CampaignSummary {
  id: string;
  name: string;
  type: CampaignType;
  status: CampaignStatus;
  text: string;
  /** The opt-out line appended to `text`, when the campaign asked for one. */
  optOutFooter?: string;
  quietHours: QuietHours | null;
  /** The docs' senderId: the customer's sender when it was used, else the default sender's name. */
  senderId: string;
  sender: SenderChoice;
  scheduledDate?: string;
  recurring?: Partial<Record<Weekday, string>>;
  timezone: string;
  groupsIds: string[];
  segmentIds: string[];
  recipientCount: number;
  /**
   * Its audience is large and is being read (after the answer): until then `recipientCount` and the
   * analysis count only the contacts given inline.
   */
  preparing?: true;
  maxCost?: Money;
  /** Minutes a message stays worth sending after its occurrence is due (later: `expired`, uncharged). */
  validFor?: number;
  /** Its links replaced by short links whose clicks are counted, and for how many days they lead on. */
  trackLinks: boolean;
  linkExpiryDays?: number;
  /** A test send (`campaign/test`), in no list. */
  test?: true;
  /** Why its latest occurrence was refused, when it was (`insufficient-balance` …). */
  failureReason?: HoldRefusal;
  lastRunAt?: string;
  nextRunAt?: string;
  stats: Stats;
  analysis: TextAnalysisSummary;
  createdAt: string;
  updatedAt: string;
}

/** One occurrence of a campaign (the only one, unless it recurs) and its own stats. */
export interface OccurrenceSummary {
  /** Its slot: the instant it was scheduled for (or created, for an immediate campaign). */
  occurrence: string;
  status: 'SENDING' | 'SENT' | 'FAILED';
  /** Why it was refused, when it was (`insufficient-balance` …). */
  reason?: HoldRefusal;
  stats: Stats;
}

/** `CampaignDetails` of the docs: the summary, one page of the recipients and one of the occurrences, newest first. */
export interface CampaignDetails extends CampaignSummary {
  contacts: Recipient[];
  contactsPage: PageInfo;
  occurrences: OccurrenceSummary[];
  occurrencesPage: PageInfo;
}

/** When a campaign goes out next: its date, or its next weekly slot; nothing once cancelled or gone out. */
function nextRunAt(item: CampaignItem, now: Date): string | undefined {
  if (item.status === 'CANCELLED' || (item.type !== 'RECURRING' && item.dispatchedAt)) return undefined;
  const next = schedulesOf(item)
    .map((schedule) => nextFiring(schedule, now))
    .filter((date): date is Date => date !== undefined)
    .sort((a, b) => a.getTime() - b.getTime())[0];
  return next?.toISOString();
}

/** What the API shows of a campaign in lists; `now` tells when it goes out next. */
export function campaignSummary(item: CampaignItem, now: Date, currency: string): CampaignSummary {
  const next = nextRunAt(item, now);
  return {
    id: item.id,
    name: item.name,
    type: item.type,
    status: item.status,
    text: item.text,
    ...(item.optOutFooter ? { optOutFooter: item.optOutFooter } : {}),
    quietHours: item.quietHours ?? null,
    // The docs' senderId: the customer's sender when it was used, else the default sender's name.
    senderId: item.sender.id ?? item.sender.name,
    sender: {
      id: item.sender.id,
      name: item.sender.name,
      requested: item.sender.requested,
      reason: item.sender.reason,
    },
    ...(item.scheduledDate ? { scheduledDate: item.scheduledDate } : {}),
    ...(item.recurring ? { recurring: item.recurring } : {}),
    timezone: item.timezone,
    groupsIds: item.groupsIds,
    segmentIds: item.segmentIds ?? [],
    recipientCount: item.recipientCount,
    ...(item.preparing ? { preparing: true as const } : {}),
    ...(item.maxCost !== undefined ? { maxCost: money(item.maxCost, currency) } : {}),
    ...(item.validFor !== undefined ? { validFor: item.validFor } : {}),
    trackLinks: item.links !== undefined,
    ...(item.links ? { linkExpiryDays: item.links.expiryDays } : {}),
    ...(item.test ? { test: true as const } : {}),
    ...(item.failureReason ? { failureReason: item.failureReason } : {}),
    ...(item.lastSlot ? { lastRunAt: item.lastSlot } : {}),
    ...(next ? { nextRunAt: next } : {}),
    stats: statsOf(item, item.total, currency),
    analysis: {
      encoding: item.analysis.encoding,
      segmentsPerMessage: item.analysis.segmentsPerMessage,
      totalSegments: item.analysis.totalSegments,
      maxSegmentsPerMessage: item.analysis.maxSegmentsPerMessage,
      ucs2Recipients: item.analysis.ucs2Recipients,
      tooLongRecipients: item.analysis.tooLongRecipients,
    },
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  };
}

export function occurrenceSummary(
  item: CampaignItem,
  occurrence: OccurrenceItem,
  currency: string,
): OccurrenceSummary {
  const stats = statsOf(occurrence, occurrence.recipients ?? item.recipientCount, currency);
  const done = occurrence.recipients !== undefined && stats.pending === 0;
  if (occurrence.failureReason) {
    return { occurrence: occurrence.slot, status: 'FAILED', reason: occurrence.failureReason, stats };
  }
  return {
    occurrence: occurrence.slot,
    status: !done ? 'SENDING' : stats.sent > 0 ? 'SENT' : 'FAILED',
    stats,
  };
}

export function campaignDetails(
  item: CampaignItem,
  recipients: Page<Recipient>,
  occurrences: Page<OccurrenceItem>,
  now: Date,
  currency: string,
): CampaignDetails {
  return {
    ...campaignSummary(item, now, currency),
    contacts: recipients.items,
    contactsPage: pageInfo(recipients),
    occurrences: occurrences.items.map((occurrence) => occurrenceSummary(item, occurrence, currency)),
    occurrencesPage: pageInfo(occurrences),
  };
}
