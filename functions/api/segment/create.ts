import { actorOf } from '../../../shared/audit/audit';
import { created } from '../../../shared/http/envelope';
import { createSegmentInput } from '../../../shared/segments/segment';
import { createSegment } from '../../../shared/segments/use-cases';
import { apiHandler } from '../pipeline';

export const handler = apiHandler({
  body: createSegmentInput,
  idempotent: true,
  handle: async ({ input, account, caller, runtime, operationId }) =>
    created(await createSegment(runtime, account.id, input, actorOf(caller), operationId)),
});
