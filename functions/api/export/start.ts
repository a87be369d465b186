import { actorOf } from '../../../shared/audit/audit';
import { exportCampaignInput } from '../../../shared/exports/export';
import { startExport } from '../../../shared/exports/use-cases';
import { ok } from '../../../shared/http/envelope';
import { exportQueueFromEnv } from '../../../shared/sending/aws/sqs';
import { apiHandler } from '../pipeline';

export const handler = apiHandler({
  body: exportCampaignInput,
  pathId: 'campaign',
  idempotent: true,
  ports: { exportQueue: exportQueueFromEnv },
  handle: async ({ input, account, caller, id, runtime, ports, operationId }) => {
    const started = await startExport(
      { db: runtime.db, clock: runtime.clock, exportQueue: ports.exportQueue },
      account.id,
      id,
      input,
      actorOf(caller),
      operationId,
    );
    return ok({ id: started.id, status: started.status });
  },
});
