import type { Actor } from '../audit/audit';
import { auditItem } from '../audit/repository';
import type { Clock } from '../clock';
import type { Db } from '../db/client';
import { AppError, notFound } from '../errors';
import type { Logger } from '../logger';
import type { Scheduler, WebhookQueue } from '../ports';
import { schedulesOf } from '../sending/schedules';
import { eventId } from '../webhooks/events';
import { enabledWebhooks, eventsToRaise, relay } from '../webhooks/outbox';
import { type CampaignItem, changeCampaignStatus, getCampaign } from './repository';

export async function requireCampaign(db: Db, accountId: string, campaignId: string) {
  const campaign = await getCampaign(db, accountId, campaignId);
  if (!campaign) throw notFound('campaign', campaignId);
  return campaign;
}

/**
 * Stops every future send. A recurring campaign may be cancelled at any time; an immediate or
 * scheduled one only while nothing of it has gone out.
 */
export async function cancelCampaign(
  deps: { db: Db; clock: Clock; scheduler: Scheduler; log: Logger; webhookQueue?: WebhookQueue },
  accountId: string,
  campaignId: string,
  actor: Actor,
): Promise<CampaignItem> {
  const endpoints = await enabledWebhooks(deps.db, accountId);
  for (let attempt = 0; attempt < 3; attempt++) {
    const campaign = await requireCampaign(deps.db, accountId, campaignId);
    const recurring = campaign.type === 'RECURRING';
    // Gone out is gone, but for recipients quiet hours still hold back.
    const holdsBack = (campaign.deferred ?? 0) > 0;
    const cancellable = recurring
      ? campaign.status !== 'CANCELLED'
      : campaign.status === 'PENDING' && (!campaign.dispatchedAt || holdsBack);
    if (!cancellable) {
      throw new AppError(
        'campaign-not-cancellable',
        campaign.status === 'CANCELLED'
          ? 'This campaign is already cancelled.'
          : `This ${campaign.type} campaign has already gone out (status ${campaign.status}).`,
      );
    }
    const now = deps.clock.now();
    const events = eventsToRaise(
      deps.db,
      { accountId, endpoints },
      [
        {
          id: eventId(accountId, campaignId, 'cancelled'),
          type: 'campaign.cancelled',
          timestamp: now.toISOString(),
          data: { campaignId, type: campaign.type },
        },
      ],
      now,
    );
    const changed = await changeCampaignStatus(
      deps.db,
      campaign,
      'CANCELLED',
      now,
      recurring
        ? { expression: 'attribute_exists(pk)' }
        : {
            expression: 'attribute_not_exists(dispatchedAt) OR #deferred > :none',
            names: { '#deferred': 'deferred' },
            values: { ':none': 0 },
          },
      events,
      [
        auditItem(
          deps.db,
          accountId,
          { actor, action: 'campaign.cancel', target: { type: 'campaign', id: campaignId } },
          now,
        ),
      ],
    );
    if (changed) {
      await relay(deps, events);
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
