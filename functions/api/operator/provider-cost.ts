import { ok } from '../../../shared/http/envelope';
import { money } from '../../../shared/money/amount';
import { setProviderCost } from '../../../shared/money/repository';
import { providerCostInput } from '../../../shared/operators/inputs';
import { operatorHandler } from '../pipeline';

/** What the provider charges per segment to a country: the margins and the overview's costs read it. */
export const handler = operatorHandler({
  body: providerCostInput,
  idempotent: true,
  handle: async ({ input, runtime }) => {
    await setProviderCost(runtime.db, input.country, input.cost, runtime.clock.now());
    return ok({
      country: input.country,
      providerCost: input.cost === null ? null : money(input.cost, runtime.currency),
    });
  },
});
