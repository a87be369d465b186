import { ok } from '../../../shared/http/envelope';
import { previewSegmentInput } from '../../../shared/segments/segment';
import { previewSegment } from '../../../shared/segments/use-cases';
import { apiHandler } from '../pipeline';

export const handler = apiHandler({
  body: previewSegmentInput,
  handle: async ({ input, account, runtime }) => ok(await previewSegment(runtime.db, account.id, input)),
});
