import { paged } from '../../shared/http/envelope';
import { transactionsInput } from '../../shared/money/account';
import { listLedger } from '../../shared/money/repository';
import { transactionView } from '../../shared/money/view';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: transactionsInput,
  handle: async ({ input, account, runtime }) =>
    paged(
      await listLedger(
        runtime.db,
        account.id,
        { page: input.page, size: input.count },
        { type: input.type, campaignId: input.campaignId },
      ),
      (entry) => transactionView(entry, runtime.currency),
    ),
});
