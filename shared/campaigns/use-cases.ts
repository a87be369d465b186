import type { Clock } from '../clock';
import type { Db } from '../db/client';
import { type Page, totalPages } from '../db/paginate';
import { AppError } from '../errors';
import { isId } from '../ids';
import type { Scheduler } from '../sending/ports';
import { nextFiring, schedulesOf } from '../sending/schedules';
import type { Recipient } from './campaign';
import { type CampaignItem, changeCampaignStatus, getCampaign } from './repository';

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
export function campaignSummary(item: CampaignItem, now: Date) {
  const next = nextRunAt(item, now);
  return {
    id: item.id,
    name: item.name,
    type: item.type,
    status: item.status,
    text: item.text,
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
    recipientCount: item.recipientCount,
    ...(item.lastSlot ? { lastRunAt: item.lastSlot } : {}),
    ...(next ? { nextRunAt: next } : {}),
    stats: {
      total: item.total,
      sent: item.sent,
      failed: item.failed,
      pending: Math.max(0, item.total - item.sent - item.failed),
    },
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

/** `CampaignDetails` of the docs: the summary and one page of the recipients. */
export function campaignDetails(item: CampaignItem, recipients: Page<Recipient>, now: Date) {
  return {
    ...campaignSummary(item, now),
    contacts: recipients.items,
    contactsPage: {
      totalCount: recipients.totalCount,
      count: recipients.items.length,
      page: recipients.page,
      totalPage: totalPages(recipients.totalCount, recipients.size),
    },
  };
}

export async function requireCampaign(db: Db, accountId: string, campaignId: string | undefined) {
  const campaign = isId(campaignId) ? await getCampaign(db, accountId, campaignId) : undefined;
  if (!campaign) throw new AppError('campaign-not-found', `No campaign ${campaignId ?? ''} in this account.`);
  return campaign;
}

/**
 * Stops every future send. A recurring campaign may be cancelled at any time; an immediate or
 * scheduled one only while nothing of it has gone out.
 */
export async function cancelCampaign(
  deps: { db: Db; clock: Clock; scheduler: Scheduler },
  accountId: string,
  campaignId: string | undefined,
): Promise<CampaignItem> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const campaign = await requireCampaign(deps.db, accountId, campaignId);
    const recurring = campaign.type === 'RECURRING';
    const cancellable = recurring
      ? campaign.status !== 'CANCELLED'
      : campaign.status === 'PENDING' && !campaign.dispatchedAt;
    if (!cancellable) {
      throw new AppError(
        'campaign-not-cancellable',
        campaign.status === 'CANCELLED'
          ? 'This campaign is already cancelled.'
          : `This ${campaign.type} campaign has already gone out (status ${campaign.status}).`,
      );
    }
    const now = deps.clock.now();
    const changed = await changeCampaignStatus(deps.db, campaign, 'CANCELLED', now, {
      expression: recurring ? 'attribute_exists(pk)' : 'attribute_not_exists(dispatchedAt)',
    });
    if (changed) {
      // A schedule that still fires finds the campaign cancelled and sends nothing; this removes it.
      await deps.scheduler.delete(schedulesOf(campaign).map((schedule) => schedule.name));
      return { ...campaign, status: 'CANCELLED', updatedAt: now.toISOString() };
    }
    // It changed meanwhile (dispatched, or cancelled by another request): look again.
  }
  throw new AppError(
    'campaign-not-cancellable',
    'This campaign changed while it was being cancelled; look at it again.',
  );
}
