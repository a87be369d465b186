import { removeFromGroupInput } from '../../shared/groups/group';
import { removeFromGroup } from '../../shared/groups/use-cases';
import { ok } from '../../shared/http/envelope';
import { apiHandler } from '../../shared/http/pipeline';

export const handler = apiHandler({
  body: removeFromGroupInput,
  handle: async ({ input, account, pathParameters, runtime }) =>
    ok(await removeFromGroup(runtime, account.id, pathParameters.id, input.contactIds)),
});
