import { campaignSummary } from '../../shared/campaigns/view';
import { paged } from '../../shared/http/envelope';
import { senderCampaignsInput } from '../../shared/senders/sender';
import { senderCampaigns } from '../../shared/senders/use-cases';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: senderCampaignsInput,
  pathId: 'sender',
  handle: async ({ input, account, id, runtime }) => {
    const page = await senderCampaigns(runtime.db, account.id, id, {
      page: input.page,
      size: input.count,
    });
    return paged(page, (campaign) => campaignSummary(campaign, runtime.clock.now(), runtime.currency));
  },
});
