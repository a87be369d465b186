import { ok } from '../../../shared/http/envelope';
import { countSegmentInput } from '../../../shared/segments/segment';
import { segmentWithCount } from '../../../shared/segments/use-cases';
import { apiHandler } from '../pipeline';

export const handler = apiHandler({
  body: countSegmentInput,
  pathId: 'segment',
  handle: async ({ input, account, id, runtime }) =>
    ok(
      await segmentWithCount(runtime.db, account.id, id, {
        exact: input.exact ?? false,
        largeAudience: runtime.largeAudience,
      }),
    ),
});
