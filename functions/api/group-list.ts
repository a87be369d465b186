import { listGroupsInput } from '../../shared/groups/group';
import { listGroups } from '../../shared/groups/repository';
import { paged } from '../../shared/http/envelope';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: listGroupsInput,
  handle: async ({ input, account, runtime }) =>
    paged(
      await listGroups(runtime.db, account.id, { page: input.page, size: input.count }),
      (group) => group,
    ),
});
