import { actorOf } from '../../../shared/audit/audit';
import { ok } from '../../../shared/http/envelope';
import { updateSegmentInput } from '../../../shared/segments/segment';
import { updateSegment } from '../../../shared/segments/use-cases';
import { apiHandler } from '../pipeline';

export const handler = apiHandler({
  body: updateSegmentInput,
  idempotent: true,
  pathId: 'segment',
  handle: async ({ input, account, caller, id, runtime }) =>
    ok(await updateSegment(runtime, account.id, id, input, actorOf(caller))),
});
