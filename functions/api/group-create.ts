import { createGroupInput } from '../../shared/groups/group';
import { createGroup } from '../../shared/groups/repository';
import { created } from '../../shared/http/envelope';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: createGroupInput,
  idempotent: true,
  handle: async ({ input, account, runtime, operationId }) =>
    created(await createGroup(runtime.db, account.id, input, runtime.clock.now(), operationId)),
});
