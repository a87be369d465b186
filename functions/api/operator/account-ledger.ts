import { paged } from '../../../shared/http/envelope';
import { listLedger } from '../../../shared/money/repository';
import { transactionView } from '../../../shared/money/view';
import { requireAccount } from '../../../shared/operators/accounts';
import { ledgerInput } from '../../../shared/operators/inputs';
import { operatorHandler } from '../pipeline';

export const handler = operatorHandler({
  body: ledgerInput,
  pathId: 'account',
  handle: async ({ id, input, runtime }) => {
    await requireAccount(runtime.db, id);
    const page = await listLedger(
      runtime.db,
      id,
      { page: input.page, size: input.count },
      input.type ? { type: input.type } : {},
    );
    return paged(page, (entry) => transactionView(entry, runtime.currency));
  },
});
