import { actorOf } from '../../shared/audit/audit';
import { createContactInput } from '../../shared/contacts/contact';
import { addContact } from '../../shared/contacts/use-cases';
import { withOptOut } from '../../shared/contacts/view';
import { created } from '../../shared/http/envelope';
import { optedOutAmong } from '../../shared/opt-outs/repository';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: createContactInput,
  idempotent: true,
  handle: async ({ input, account, caller, runtime, operationId }) => {
    const contact = await addContact(runtime, account.id, input, actorOf(caller), operationId);
    // A phone may have opted out before it was a contact.
    return created(withOptOut(contact, await optedOutAmong(runtime.db, account.id, [contact.phone])));
  },
});
