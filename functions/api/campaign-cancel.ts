import { actorOf } from '../../shared/audit/audit';
import { cancelCampaignInput } from '../../shared/campaigns/campaign';
import { cancelCampaign } from '../../shared/campaigns/use-cases';
import { campaignSummary } from '../../shared/campaigns/view';
import { ok } from '../../shared/http/envelope';
import { schedulerFromEnv } from '../../shared/sending/aws/scheduler';
import { webhookQueueFromEnv } from '../../shared/sending/aws/sqs';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: cancelCampaignInput,
  idempotent: true,
  ports: { scheduler: schedulerFromEnv, webhookQueue: webhookQueueFromEnv },
  pathId: 'campaign',
  handle: async ({ account, caller, id, runtime, ports }) =>
    ok(
      campaignSummary(
        await cancelCampaign(
          { db: runtime.db, clock: runtime.clock, log: runtime.log, ...ports },
          account.id,
          id,
          actorOf(caller),
        ),
        runtime.clock.now(),
        runtime.currency,
      ),
    ),
});
