import { listContactsInput } from '../../shared/contacts/contact';
import { listContacts } from '../../shared/contacts/repository';
import { withOptOut } from '../../shared/contacts/view';
import { paged } from '../../shared/http/envelope';
import { optedOutAmong } from '../../shared/opt-outs/repository';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: listContactsInput,
  handle: async ({ input, account, runtime }) => {
    const page = await listContacts(runtime.db, account.id, {
      page: input.page,
      size: input.count,
      phone: input.phone,
      search: input.search,
    });
    const optedOut = await optedOutAmong(
      runtime.db,
      account.id,
      page.items.map((contact) => contact.phone),
    );
    return paged(page, (contact) => withOptOut(contact, optedOut));
  },
});
