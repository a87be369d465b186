import { ok } from '../../../shared/http/envelope';
import { accountFile } from '../../../shared/operators/accounts';
import { accountInput } from '../../../shared/operators/inputs';
import { accountFileView } from '../../../shared/operators/views';
import { operatorHandler } from '../pipeline';

export const handler = operatorHandler({
  body: accountInput,
  pathId: 'account',
  handle: async ({ id, runtime }) => {
    const now = runtime.clock.now();
    return ok(accountFileView(await accountFile(runtime.db, id, now), runtime.currency, now));
  },
});
