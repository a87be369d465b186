import { createCampaignInput } from '../../shared/campaigns/campaign';
import { createCampaign } from '../../shared/campaigns/create';
import { campaignSummary } from '../../shared/campaigns/use-cases';
import { created } from '../../shared/http/envelope';
import { apiHandler } from '../../shared/http/pipeline';

export const handler = apiHandler({
  body: createCampaignInput,
  idempotent: true,
  handle: async ({ input, account, runtime, operationId }) =>
    created(
      campaignSummary(
        await createCampaign(runtime, account, input, operationId ? { campaignId: operationId } : {}),
        runtime.clock.now(),
      ),
    ),
});
