import { getContactInput } from '../../shared/contacts/contact';
import { requireContact } from '../../shared/contacts/use-cases';
import { ok } from '../../shared/http/envelope';
import { apiHandler } from '../../shared/http/pipeline';

export const handler = apiHandler({
  body: getContactInput,
  pathId: 'contact',
  handle: async ({ account, id, runtime }) => ok(await requireContact(runtime.db, account.id, id)),
});
