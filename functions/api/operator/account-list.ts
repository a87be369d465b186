import { paged } from '../../../shared/http/envelope';
import { findAccounts } from '../../../shared/operators/accounts';
import { listAccountsInput } from '../../../shared/operators/inputs';
import { accountRowView } from '../../../shared/operators/views';
import { operatorHandler } from '../pipeline';

export const handler = operatorHandler({
  body: listAccountsInput,
  handle: async ({ input, runtime }) => {
    const page = await findAccounts(runtime.db, {
      page: input.page,
      size: input.count,
      ...(input.search ? { search: input.search } : {}),
    });
    const now = runtime.clock.now();
    return paged(page, (row) => accountRowView(row, runtime.currency, now));
  },
});
