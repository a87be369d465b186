import { paged } from '../../../shared/http/envelope';
import { listPricesInput } from '../../../shared/operators/inputs';
import { costedPrices } from '../../../shared/operators/prices';
import { costedPriceView } from '../../../shared/operators/views';
import { operatorHandler } from '../pipeline';

/** The prices with the provider's cost beside each, when an operator noted it, and the margin it leaves. */
export const handler = operatorHandler({
  body: listPricesInput,
  handle: async ({ input, runtime }) => {
    const rows = await costedPrices(runtime.db, input.accountId);
    return paged({ items: rows, totalCount: rows.length, page: 1, size: Math.max(1, rows.length) }, (row) =>
      costedPriceView(row, runtime.currency),
    );
  },
});
