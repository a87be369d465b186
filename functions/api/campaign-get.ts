import { getCampaignInput } from '../../shared/campaigns/campaign';
import { recipientsPage } from '../../shared/campaigns/repository';
import { requireCampaign } from '../../shared/campaigns/use-cases';
import { campaignDetails } from '../../shared/campaigns/view';
import { ok } from '../../shared/http/envelope';
import { occurrencesOf } from '../../shared/messages/log';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: getCampaignInput,
  pathId: 'campaign',
  handle: async ({ input, account, id, runtime }) => {
    const campaign = await requireCampaign(runtime.db, account.id, id);
    const recipients = await recipientsPage(runtime.db, campaign, {
      page: input.contactsPage,
      size: input.contactsCount,
    });
    // Newest first: a recurring campaign's latest occurrences are what its owner looks for.
    const occurrences = (await occurrencesOf(runtime.db, campaign)).reverse();
    const first = (input.occurrencesPage - 1) * input.occurrencesCount;
    const occurrencesPage = {
      items: occurrences.slice(first, first + input.occurrencesCount),
      totalCount: occurrences.length,
      page: input.occurrencesPage,
      size: input.occurrencesCount,
    };
    return ok(campaignDetails(campaign, recipients, occurrencesPage, runtime.clock.now(), runtime.currency));
  },
});
