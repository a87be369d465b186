import { getCampaignInput } from '../../shared/campaigns/campaign';
import { recipientsPage } from '../../shared/campaigns/repository';
import { campaignDetails, requireCampaign } from '../../shared/campaigns/use-cases';
import { ok } from '../../shared/http/envelope';
import { apiHandler } from '../../shared/http/pipeline';

export const handler = apiHandler({
  body: getCampaignInput,
  handle: async ({ input, account, pathParameters, runtime }) => {
    const campaign = await requireCampaign(runtime.db, account.id, pathParameters.id);
    const recipients = await recipientsPage(runtime.db, campaign, {
      page: input.contactsPage,
      size: input.contactsCount,
    });
    return ok(campaignDetails(campaign, recipients, runtime.clock.now()));
  },
});
