import { ok } from '../../../shared/http/envelope';
import { segmentSize } from '../../../shared/segments/audience';
import { previewSegmentInput } from '../../../shared/segments/segment';
import { apiHandler } from '../pipeline';

export const handler = apiHandler({
  body: previewSegmentInput,
  handle: async ({ input, account, runtime }) => ok(await segmentSize(runtime.db, account.id, input)),
});
