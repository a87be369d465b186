import { listKeys } from '../../shared/accounts/key-use-cases';
import { keyView } from '../../shared/accounts/key-view';
import { listKeysInput } from '../../shared/accounts/keys-input';
import { paged } from '../../shared/http/envelope';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: listKeysInput,
  handle: async ({ input, account, runtime }) =>
    paged(await listKeys(runtime.db, account.id, { page: input.page, size: input.count }), keyView),
});
