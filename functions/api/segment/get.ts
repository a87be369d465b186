import { ok } from '../../../shared/http/envelope';
import { segmentInput } from '../../../shared/segments/segment';
import { segmentWithCount } from '../../../shared/segments/use-cases';
import { apiHandler } from '../pipeline';

export const handler = apiHandler({
  body: segmentInput,
  pathId: 'segment',
  handle: async ({ account, id, runtime }) => ok(await segmentWithCount(runtime.db, account.id, id)),
});
