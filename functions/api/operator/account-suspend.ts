import { ok } from '../../../shared/http/envelope';
import { suspendAccount } from '../../../shared/operators/accounts';
import { suspendAccountInput } from '../../../shared/operators/inputs';
import { accountView } from '../../../shared/operators/views';
import { operatorHandler } from '../pipeline';

export const handler = operatorHandler({
  body: suspendAccountInput,
  pathId: 'account',
  idempotent: true,
  handle: async ({ id, input, runtime, actor }) =>
    ok(accountView(await suspendAccount(runtime, id, input.reason, actor))),
});
