import { ok } from '../../shared/http/envelope';
import { apiHandler } from '../../shared/http/pipeline';
import { footerLine } from '../../shared/opt-outs/footer';
import { previewInput, previewText } from '../../shared/text/preview';

export const handler = apiHandler({
  body: previewInput,
  handle: async ({ input, runtime }) => ok(previewText(input, footerLine(runtime.stopNumber))),
});
