import { ok } from '../../../shared/http/envelope';
import { money } from '../../../shared/money/amount';
import { setPriceAs } from '../../../shared/money/use-cases';
import { requireAccount } from '../../../shared/operators/accounts';
import { setPriceInput } from '../../../shared/operators/inputs';
import { operatorHandler } from '../pipeline';

/** The platform's price to a country, or (`accountId`) one account's own, in its audit log. */
export const handler = operatorHandler({
  body: setPriceInput,
  idempotent: true,
  handle: async ({ input, runtime, actor }) => {
    if (input.accountId) await requireAccount(runtime.db, input.accountId);
    const price = {
      country: input.country,
      units: input.price,
      ...(input.accountId ? { accountId: input.accountId } : {}),
    };
    await setPriceAs(runtime, price, actor);
    return ok({
      country: price.country,
      price: money(price.units, runtime.currency),
      source: input.accountId ? 'account' : 'platform',
      accountId: input.accountId ?? null,
    });
  },
});
