import { revokeKey } from '../../shared/accounts/key-use-cases';
import { keyView } from '../../shared/accounts/key-view';
import { revokeKeyInput } from '../../shared/accounts/keys-input';
import { ok } from '../../shared/http/envelope';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: revokeKeyInput,
  idempotent: true,
  pathId: 'key',
  handle: async ({ id, caller, runtime }) => ok(keyView(await revokeKey(runtime, caller, id))),
});
