import { knownFieldKeys } from '../../../shared/contacts/repository';
import { ok } from '../../../shared/http/envelope';
import { segmentInput } from '../../../shared/segments/segment';
import { apiHandler } from '../pipeline';

/** The keys of the fields the account's contacts have: what texts (`@key`) and conditions (`fields.key`) may use. */
export const handler = apiHandler({
  body: segmentInput,
  handle: async ({ account, runtime }) => ok({ keys: await knownFieldKeys(runtime.db, account.id) }),
});
