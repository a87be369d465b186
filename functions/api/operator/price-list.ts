import { paged } from '../../../shared/http/envelope';
import { money } from '../../../shared/money/amount';
import { listPrices, listProviderCosts } from '../../../shared/money/repository';
import { priceView } from '../../../shared/money/view';
import { requireAccount } from '../../../shared/operators/accounts';
import { listPricesInput } from '../../../shared/operators/inputs';
import { operatorHandler } from '../pipeline';

/** The prices with the provider's cost beside each, when an operator noted it, and the margin it leaves. */
export const handler = operatorHandler({
  body: listPricesInput,
  handle: async ({ input, runtime }) => {
    if (input.accountId) await requireAccount(runtime.db, input.accountId);
    const [prices, costs] = await Promise.all([
      listPrices(runtime.db, input.accountId),
      listProviderCosts(runtime.db),
    ]);
    const currency = runtime.currency;
    const countries = new Set([...prices.map((price) => price.country), ...costs.keys()]);
    const byCountry = new Map(prices.map((price) => [price.country, price]));
    const rows = [...countries].sort();
    return paged(
      { items: rows, totalCount: rows.length, page: 1, size: Math.max(1, rows.length) },
      (country) => {
        const price = byCountry.get(country);
        const cost = costs.get(country);
        return {
          country,
          price: price ? priceView(price, currency).price : null,
          source: price?.source ?? null,
          providerCost: cost === undefined ? null : money(cost, currency),
          margin: price && cost !== undefined ? money(price.units - cost, currency) : null,
        };
      },
    );
  },
});
