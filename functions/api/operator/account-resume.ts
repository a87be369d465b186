import { ok } from '../../../shared/http/envelope';
import { resumeAccount } from '../../../shared/operators/accounts';
import { resumeAccountInput } from '../../../shared/operators/inputs';
import { accountView } from '../../../shared/operators/views';
import { operatorHandler } from '../pipeline';

export const handler = operatorHandler({
  body: resumeAccountInput,
  pathId: 'account',
  idempotent: true,
  handle: async ({ id, input, runtime, actor }) =>
    ok(accountView(await resumeAccount(runtime, id, input.note, actor))),
});
