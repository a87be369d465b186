import { paged } from '../../shared/http/envelope';
import { pricesInput } from '../../shared/money/account';
import { listPrices } from '../../shared/money/repository';
import { priceView } from '../../shared/money/view';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: pricesInput,
  handle: async ({ account, runtime }) => {
    const prices = await listPrices(runtime.db, account.id);
    return paged(
      { items: prices, totalCount: prices.length, page: 1, size: Math.max(1, prices.length) },
      (price) => priceView(price, runtime.currency),
    );
  },
});
