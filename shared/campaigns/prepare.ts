import type { Clock } from '../clock';
import type { Db } from '../db/client';
import { keys } from '../db/keys';
import { newId } from '../ids';
import { getSegments } from '../segments/repository';
import { fieldKeysIn } from '../text/render';
import type { Recipient } from './campaign';
import { analyse, recipientsOfGroups, recipientsOfSegments, uniqueByPhone } from './create';
import {
  type CampaignItem,
  claimPreparation,
  frozenRecipients,
  getCampaign,
  recipientsPrepared,
  textToSend,
  writeRecipientChunks,
} from './repository';

/**
 * A claim older than this belongs to a preparation that stopped: the dispatch function's time (5
 * minutes) and a margin, as long as its queue hides a message being handled.
 */
export const PREPARATION_CLAIM_MS = 6 * 60_000;

/**
 * Freezes the recipients of a campaign to a large audience, as its creation would have: the contacts
 * given inline (frozen already) first, then the groups' members, then the segments' contacts, one per
 * phone. One preparation at a time: answers the prepared campaign (and its recipients, when this call
 * read them), or undefined while another prepares it. A preparation run twice writes the same chunks again; only the one holding the claim commits.
 */
export async function prepareRecipients(
  deps: { db: Db; clock: Clock },
  campaign: CampaignItem,
): Promise<{ campaign: CampaignItem; recipients?: Recipient[] } | undefined> {
  const { db, clock } = deps;
  const token = newId(clock.now());
  const claimed = await claimPreparation(
    db,
    campaign,
    token,
    clock.now(),
    new Date(clock.now().getTime() - PREPARATION_CLAIM_MS),
  );
  if (!claimed) {
    const now = await getCampaign(db, campaign.accountId, campaign.id);
    return now && !now.preparing ? { campaign: now } : undefined;
  }
  const text = textToSend(campaign);
  const fieldKeys = fieldKeysIn(text);
  const inline = await frozenRecipients(db, campaign);
  const groupMembers = await recipientsOfGroups(db, campaign.accountId, campaign.groupsIds, fieldKeys);
  const segments = [...(await getSegments(db, campaign.accountId, campaign.segmentIds ?? [])).values()];
  const segmentMembers = await recipientsOfSegments(db, campaign.accountId, segments, fieldKeys);
  const recipients = uniqueByPhone(inline, groupMembers, fieldKeys, segmentMembers);
  const chunkCount = await writeRecipientChunks(
    db,
    (index) => keys.recipientChunk(campaign.accountId, campaign.id, index),
    recipients,
  );
  const prepared = {
    recipientCount: recipients.length,
    chunkCount,
    analysis: analyse(text, recipients, campaign.links?.base),
  };
  if (!(await recipientsPrepared(db, campaign, token, prepared, clock.now()))) return undefined;
  const { preparing: _, preparationClaim: __, preparationClaimedAt: ___, ...rest } = campaign;
  return { campaign: { ...rest, ...prepared, total: prepared.recipientCount }, recipients };
}
