import { actorOf } from '../../shared/audit/audit';
import { createGroupInput } from '../../shared/groups/group';
import { makeGroup } from '../../shared/groups/use-cases';
import { created } from '../../shared/http/envelope';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: createGroupInput,
  idempotent: true,
  handle: async ({ input, account, caller, runtime, operationId }) =>
    created(await makeGroup(runtime, account.id, input, actorOf(caller), operationId)),
});
