import { requireCampaign } from '../../shared/campaigns/use-cases';
import { paged } from '../../shared/http/envelope';
import { listMessages } from '../../shared/messages/log';
import { listMessagesInput } from '../../shared/messages/message';
import { messageView } from '../../shared/messages/view';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: listMessagesInput,
  pathId: 'campaign',
  handle: async ({ input, account, id, runtime }) => {
    const campaign = await requireCampaign(runtime.db, account.id, id);
    return paged(await listMessages(runtime.db, campaign, input), (message) =>
      messageView(campaign, message),
    );
  },
});
