import { getCampaignInput } from '../../shared/campaigns/campaign';
import { recipientsPage } from '../../shared/campaigns/repository';
import { requireCampaign } from '../../shared/campaigns/use-cases';
import { campaignDetails } from '../../shared/campaigns/view';
import { ok } from '../../shared/http/envelope';
import { apiHandler } from '../../shared/http/pipeline';

export const handler = apiHandler({
  body: getCampaignInput,
  pathId: 'campaign',
  handle: async ({ input, account, id, runtime }) => {
    const campaign = await requireCampaign(runtime.db, account.id, id);
    const recipients = await recipientsPage(runtime.db, campaign, {
      page: input.contactsPage,
      size: input.contactsCount,
    });
    return ok(campaignDetails(campaign, recipients, runtime.clock.now()));
  },
});
