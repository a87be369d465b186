import { listAuditInput } from '../../shared/audit/audit';
import { listAudit } from '../../shared/audit/repository';
import { paged } from '../../shared/http/envelope';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: listAuditInput,
  handle: async ({ input, account, runtime }) =>
    paged(
      await listAudit(
        runtime.db,
        account.id,
        { page: input.page, size: input.count },
        { action: input.action, actorId: input.actorId },
      ),
      (entry) => entry,
    ),
});
