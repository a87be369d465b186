import { campaignsAwaitingDispatch, handedOverAgain, stopAwaitingDispatch } from '../campaigns/repository';
import type { Clock } from '../clock';
import type { Db } from '../db/client';
import type { Logger } from '../logger';
import type { DispatchQueue } from '../ports';
import { isOccurrenceClaimed } from './occurrences';

export interface RecoveryDeps {
  db: Db;
  clock: Clock;
  dispatchQueue: DispatchQueue;
  log: Logger;
}

/** How long an immediate campaign's hand-off may take before the recovery hands it over again. */
export const HANDOFF_GRACE_MS = 2 * 60 * 1000;

/**
 * Hands immediate campaigns to dispatch again when their hand-off was lost (the queue refused it, or
 * the function was killed before it). Runs every minute.
 * 1. Read the campaigns awaiting dispatch last handed over more than the grace period ago, oldest first.
 * 2. One that will never be dispatched (cancelled, or gone out already) leaves the list.
 * 3. One whose occurrence is claimed is in the dispatch function's hands (its queue retries it, then
 *    dead-letters it): it leaves the list too.
 * 4. Any other is queued for dispatch again, under the same slot (the occurrence claim makes a repeat
 *    harmless), and waits another grace period before it is looked at again.
 */
export async function recoverStrandedCampaigns(deps: RecoveryDeps): Promise<{ requeued: number }> {
  const { db } = deps;
  const now = deps.clock.now();
  const handedOverBefore = new Date(now.getTime() - HANDOFF_GRACE_MS);
  let requeued = 0;
  for await (const campaigns of campaignsAwaitingDispatch(db, handedOverBefore)) {
    for (const campaign of campaigns) {
      const request = { accountId: campaign.accountId, campaignId: campaign.id, slot: campaign.createdAt };
      const stillOurs =
        campaign.status === 'PENDING' && !campaign.dispatchedAt && !(await isOccurrenceClaimed(db, request));
      if (!stillOurs) {
        await stopAwaitingDispatch(db, campaign.accountId, campaign.id);
        continue;
      }
      await deps.dispatchQueue.dispatch(request);
      await handedOverAgain(db, campaign, now);
      deps.log.warn('recovery: handed a stranded campaign to dispatch again', { ...request });
      requeued++;
    }
  }
  return { requeued };
}
