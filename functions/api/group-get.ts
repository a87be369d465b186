import { totalPages } from '../../shared/db/paginate';
import { getGroupInput } from '../../shared/groups/group';
import { listMembers } from '../../shared/groups/repository';
import { requireGroup } from '../../shared/groups/use-cases';
import { ok } from '../../shared/http/envelope';
import { apiHandler } from '../../shared/http/pipeline';

export const handler = apiHandler({
  body: getGroupInput,
  handle: async ({ input, account, pathParameters, runtime }) => {
    const group = await requireGroup(runtime.db, account.id, pathParameters.id);
    const members = await listMembers(runtime.db, account.id, group, { page: input.page, size: input.count });
    return ok({
      ...group,
      members: members.items,
      membersPage: {
        totalCount: members.totalCount,
        count: members.items.length,
        page: members.page,
        totalPage: totalPages(members.totalCount, members.size),
      },
    });
  },
});
