import { ok } from '../../../shared/http/envelope';
import { segmentSize } from '../../../shared/segments/audience';
import { previewSegmentInput } from '../../../shared/segments/segment';
import { apiHandler } from '../pipeline';

export const handler = apiHandler({
  body: previewSegmentInput,
  handle: async ({ input: { exact = false, ...rules }, account, runtime }) =>
    ok(await segmentSize(runtime.db, account.id, rules, { exact, largeAudience: runtime.largeAudience })),
});
