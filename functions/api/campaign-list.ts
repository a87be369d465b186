import { listCampaignsInput } from '../../shared/campaigns/campaign';
import { listCampaigns } from '../../shared/campaigns/repository';
import { campaignSummary } from '../../shared/campaigns/view';
import { paged } from '../../shared/http/envelope';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: listCampaignsInput,
  handle: async ({ input, account, runtime }) =>
    paged(
      await listCampaigns(runtime.db, account.id, {
        status: input.status,
        page: input.page,
        size: input.limit,
      }),
      (campaign) => campaignSummary(campaign, runtime.clock.now(), runtime.currency),
    ),
});
