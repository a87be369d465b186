import { ok } from '../../../shared/http/envelope';
import { overviewInput } from '../../../shared/operators/inputs';
import { platformOverview } from '../../../shared/operators/overview';
import { overviewView } from '../../../shared/operators/views';
import { operatorHandler } from '../pipeline';

export const handler = operatorHandler({
  body: overviewInput,
  handle: async ({ runtime }) =>
    ok(overviewView(await platformOverview(runtime.db, runtime.clock.now()), runtime.currency)),
});
