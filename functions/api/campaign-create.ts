import { actorOf } from '../../shared/audit/audit';
import { createCampaignInput } from '../../shared/campaigns/campaign';
import { createCampaign } from '../../shared/campaigns/create';
import { campaignSummary } from '../../shared/campaigns/view';
import { created } from '../../shared/http/envelope';
import { schedulerFromEnv } from '../../shared/sending/aws/scheduler';
import { dispatchQueueFromEnv } from '../../shared/sending/aws/sqs';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: createCampaignInput,
  idempotent: true,
  ports: { scheduler: schedulerFromEnv, dispatchQueue: dispatchQueueFromEnv },
  handle: async ({ input, account, caller, runtime, ports, operationId }) =>
    created(
      campaignSummary(
        await createCampaign(
          {
            db: runtime.db,
            clock: runtime.clock,
            log: runtime.log,
            defaultSenderName: runtime.defaultSenderName,
            stopNumber: runtime.stopNumber,
            currency: runtime.currency,
            linkBase: runtime.shortLinkBase,
            largeAudience: runtime.largeAudience,
            ...ports,
          },
          account,
          input,
          { actor: actorOf(caller), ...(operationId ? { campaignId: operationId } : {}) },
        ),
        runtime.clock.now(),
        runtime.currency,
      ),
    ),
});
