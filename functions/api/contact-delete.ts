import { actorOf } from '../../shared/audit/audit';
import { deleteContactInput } from '../../shared/contacts/contact';
import { deleteContact } from '../../shared/groups/contact-changes';
import { ok } from '../../shared/http/envelope';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: deleteContactInput,
  idempotent: true,
  pathId: 'contact',
  handle: async ({ account, caller, id, runtime }) => {
    const contact = await deleteContact(runtime, account.id, id, actorOf(caller));
    return ok({ id: contact.id, deleted: true });
  },
});
