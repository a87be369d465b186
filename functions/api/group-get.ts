import { getGroupInput } from '../../shared/groups/group';
import { listMembers } from '../../shared/groups/repository';
import { requireGroup } from '../../shared/groups/use-cases';
import { groupDetails } from '../../shared/groups/view';
import { ok } from '../../shared/http/envelope';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: getGroupInput,
  pathId: 'group',
  handle: async ({ input, account, id, runtime }) => {
    const group = await requireGroup(runtime.db, account.id, id);
    const members = await listMembers(runtime.db, account.id, group, { page: input.page, size: input.count });
    return ok(groupDetails(group, members));
  },
});
