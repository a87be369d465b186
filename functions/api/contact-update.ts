import { actorOf } from '../../shared/audit/audit';
import { updateContactInput } from '../../shared/contacts/contact';
import { withOptOut } from '../../shared/contacts/view';
import { updateContact } from '../../shared/groups/contact-changes';
import { ok } from '../../shared/http/envelope';
import { optedOutAmong } from '../../shared/opt-outs/repository';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: updateContactInput,
  idempotent: true,
  pathId: 'contact',
  handle: async ({ input, account, caller, id, runtime }) => {
    const contact = await updateContact(runtime, account.id, id, input, actorOf(caller));
    return ok(withOptOut(contact, await optedOutAmong(runtime.db, account.id, [contact.phone])));
  },
});
