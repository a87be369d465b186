import { createKey } from '../../shared/accounts/key-use-cases';
import { createdKeyView } from '../../shared/accounts/key-view';
import { createKeyInput } from '../../shared/accounts/keys-input';
import { created } from '../../shared/http/envelope';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: createKeyInput,
  idempotent: true,
  handle: async ({ input, caller, runtime, operationId }) => {
    const { record, apiKey } = await createKey(runtime, caller, input, operationId);
    return created(createdKeyView(record, apiKey));
  },
});
