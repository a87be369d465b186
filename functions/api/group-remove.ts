import { actorOf } from '../../shared/audit/audit';
import { removeFromGroupInput } from '../../shared/groups/group';
import { removeFromGroup } from '../../shared/groups/use-cases';
import { ok } from '../../shared/http/envelope';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: removeFromGroupInput,
  idempotent: true,
  pathId: 'group',
  handle: async ({ input, account, caller, id, runtime }) =>
    ok(await removeFromGroup(runtime, account.id, id, input.contactIds, actorOf(caller))),
});
