import { paged } from '../../shared/http/envelope';
import { listSenders } from '../../shared/senders/repository';
import { listSendersInput } from '../../shared/senders/sender';
import { toSender } from '../../shared/senders/view';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: listSendersInput,
  handle: async ({ input, account, runtime }) => {
    const page = await listSenders(runtime.db, account.id, {
      orderBy: input.orderBy,
      sort: input.sort,
      page: input.page,
      size: input.count,
    });
    return paged(page, toSender);
  },
});
