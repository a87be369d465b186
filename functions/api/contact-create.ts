import { createContactInput } from '../../shared/contacts/contact';
import { createContact } from '../../shared/contacts/repository';
import { created } from '../../shared/http/envelope';
import { apiHandler } from '../../shared/http/pipeline';

export const handler = apiHandler({
  body: createContactInput,
  idempotent: true,
  handle: async ({ input, account, runtime, operationId }) =>
    created(await createContact(runtime.db, account.id, input, runtime.clock.now(), operationId)),
});
