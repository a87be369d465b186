import { getContactInput } from '../../shared/contacts/contact';
import { requireContact } from '../../shared/contacts/use-cases';
import { withOptOut } from '../../shared/contacts/view';
import { ok } from '../../shared/http/envelope';
import { optedOutAmong } from '../../shared/opt-outs/repository';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: getContactInput,
  pathId: 'contact',
  handle: async ({ account, id, runtime }) => {
    const contact = await requireContact(runtime.db, account.id, id);
    return ok(withOptOut(contact, await optedOutAmong(runtime.db, account.id, [contact.phone])));
  },
});
