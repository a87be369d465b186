import { knownFieldKeys } from '../../shared/contacts/repository';
import { ok } from '../../shared/http/envelope';
import { footerLine } from '../../shared/opt-outs/footer';
import { previewInput, previewText } from '../../shared/text/preview';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: previewInput,
  handle: async ({ input, account, runtime }) =>
    ok(
      previewText(
        input,
        footerLine(runtime.stopNumber),
        await knownFieldKeys(runtime.db, account.id),
        runtime.shortLinkBase,
      ),
    ),
});
