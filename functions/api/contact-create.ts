import { createContactInput } from '../../shared/contacts/contact';
import { createContact } from '../../shared/contacts/repository';
import { withOptOut } from '../../shared/contacts/view';
import { created } from '../../shared/http/envelope';
import { optedOutAmong } from '../../shared/opt-outs/repository';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: createContactInput,
  idempotent: true,
  handle: async ({ input, account, runtime, operationId }) => {
    const contact = await createContact(runtime.db, account.id, input, runtime.clock.now(), operationId);
    // A phone may have opted out before it was a contact.
    return created(withOptOut(contact, await optedOutAmong(runtime.db, account.id, [contact.phone])));
  },
});
