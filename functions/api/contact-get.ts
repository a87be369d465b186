import { getContactInput } from '../../shared/contacts/contact';
import { getContact } from '../../shared/contacts/repository';
import { AppError } from '../../shared/errors';
import { ok } from '../../shared/http/envelope';
import { apiHandler } from '../../shared/http/pipeline';
import { isId } from '../../shared/ids';

export const handler = apiHandler({
  body: getContactInput,
  handle: async ({ account, pathParameters, runtime }) => {
    const id = pathParameters.id;
    const contact = isId(id) ? await getContact(runtime.db, account.id, id) : undefined;
    if (!contact) throw new AppError('contact-not-found', `No contact ${id ?? ''} in this account.`);
    return ok(contact);
  },
});
