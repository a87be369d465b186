import { cancelCampaignInput } from '../../shared/campaigns/campaign';
import { campaignSummary, cancelCampaign } from '../../shared/campaigns/use-cases';
import { ok } from '../../shared/http/envelope';
import { apiHandler } from '../../shared/http/pipeline';

export const handler = apiHandler({
  body: cancelCampaignInput,
  ports: ['scheduler'],
  handle: async ({ account, pathParameters, runtime, ports }) =>
    ok(
      campaignSummary(
        await cancelCampaign(
          { db: runtime.db, clock: runtime.clock, ...ports },
          account.id,
          pathParameters.id,
        ),
        runtime.clock.now(),
      ),
    ),
});
