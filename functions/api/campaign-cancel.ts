import { cancelCampaignInput } from '../../shared/campaigns/campaign';
import { campaignSummary, cancelCampaign } from '../../shared/campaigns/use-cases';
import { ok } from '../../shared/http/envelope';
import { apiHandler } from '../../shared/http/pipeline';

export const handler = apiHandler({
  body: cancelCampaignInput,
  handle: async ({ account, pathParameters, runtime }) =>
    ok(campaignSummary(await cancelCampaign(runtime, account.id, pathParameters.id), runtime.clock.now())),
});
