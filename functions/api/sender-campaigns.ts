import { paged } from '../../shared/http/envelope';
import { apiHandler } from '../../shared/http/pipeline';
import { senderCampaignsInput } from '../../shared/senders/sender';
import { listSenderCampaigns } from '../../shared/senders/use-cases';

export const handler = apiHandler({
  body: senderCampaignsInput,
  handle: async ({ input, account, pathParameters, runtime }) => {
    const page = await listSenderCampaigns(runtime.db, account.id, pathParameters.id, {
      page: input.page,
      size: input.count,
    });
    return paged(page, (campaign) => campaign);
  },
});
