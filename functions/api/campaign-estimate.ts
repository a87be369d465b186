import { createCampaignInput } from '../../shared/campaigns/campaign';
import { estimateCampaign } from '../../shared/campaigns/estimate';
import { ok } from '../../shared/http/envelope';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: createCampaignInput,
  handle: async ({ input, account, runtime }) =>
    ok(
      await estimateCampaign(
        {
          db: runtime.db,
          stopNumber: runtime.stopNumber,
          currency: runtime.currency,
          linkBase: runtime.shortLinkBase,
          largeAudience: runtime.largeAudience,
          now: runtime.clock.now(),
        },
        account,
        input,
      ),
    ),
});
