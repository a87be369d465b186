import { actorOf } from '../../shared/audit/audit';
import { ok } from '../../shared/http/envelope';
import { smsProviderFromEnv } from '../../shared/sending/aws/sms';
import { webhookQueueFromEnv } from '../../shared/sending/aws/sqs';
import { sendTest, testSendInput } from '../../shared/sending/test-send';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: testSendInput,
  idempotent: true,
  ports: { smsProvider: smsProviderFromEnv, webhookQueue: webhookQueueFromEnv },
  handle: async ({ input, account, caller, runtime, ports }) => {
    const { messages } = await sendTest(
      {
        db: runtime.db,
        clock: runtime.clock,
        log: runtime.log,
        provider: ports.smsProvider,
        webhookQueue: ports.webhookQueue,
        currency: runtime.currency,
        linkBase: runtime.shortLinkBase,
        defaultSenderName: runtime.defaultSenderName,
      },
      account,
      input,
      actorOf(caller),
    );
    return ok({ messages });
  },
});
