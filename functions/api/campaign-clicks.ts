import { requireCampaign } from '../../shared/campaigns/use-cases';
import { ok } from '../../shared/http/envelope';
import { clicksOverTime, clicksOverTimeInput } from '../../shared/links/clicks-over-time';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: clicksOverTimeInput,
  pathId: 'campaign',
  handle: async ({ input, account, id, runtime }) => {
    const campaign = await requireCampaign(runtime.db, account.id, id);
    return ok(await clicksOverTime(runtime.db, campaign, input));
  },
});
