import { actorOf } from '../../shared/audit/audit';
import { addToGroupInput } from '../../shared/groups/group';
import { addToGroup } from '../../shared/groups/use-cases';
import { ok } from '../../shared/http/envelope';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: addToGroupInput,
  idempotent: true,
  pathId: 'group',
  handle: async ({ input, account, caller, id, runtime }) =>
    ok(await addToGroup(runtime, account.id, id, input, actorOf(caller))),
});
