import { ok } from '../../shared/http/envelope';
import { apiHandler } from '../../shared/http/pipeline';
import { previewInput, previewText } from '../../shared/text/preview';

export const handler = apiHandler({
  body: previewInput,
  handle: async ({ input }) => ok(previewText(input)),
});
