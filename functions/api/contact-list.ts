import { listContactsInput } from '../../shared/contacts/contact';
import { listContacts } from '../../shared/contacts/repository';
import { paged } from '../../shared/http/envelope';
import { apiHandler } from '../../shared/http/pipeline';

export const handler = apiHandler({
  body: listContactsInput,
  handle: async ({ input, account, runtime }) =>
    paged(
      await listContacts(runtime.db, account.id, {
        page: input.page,
        size: input.count,
        phone: input.phone,
        search: input.search,
      }),
      (contact) => contact,
    ),
});
