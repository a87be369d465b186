import { paged } from '../../../shared/http/envelope';
import { listSegments } from '../../../shared/segments/repository';
import { listSegmentsInput } from '../../../shared/segments/segment';
import { apiHandler } from '../pipeline';

export const handler = apiHandler({
  body: listSegmentsInput,
  handle: async ({ input, account, runtime }) =>
    paged(
      await listSegments(runtime.db, account.id, { page: input.page, size: input.count }),
      (segment) => segment,
    ),
});
