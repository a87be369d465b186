import { actorOf } from '../../../shared/audit/audit';
import { ok } from '../../../shared/http/envelope';
import { segmentInput } from '../../../shared/segments/segment';
import { deleteSegment } from '../../../shared/segments/use-cases';
import { apiHandler } from '../pipeline';

export const handler = apiHandler({
  body: segmentInput,
  idempotent: true,
  pathId: 'segment',
  handle: async ({ account, caller, id, runtime }) =>
    ok(await deleteSegment(runtime, account.id, id, actorOf(caller))),
});
