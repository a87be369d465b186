import { listTeam } from '../../shared/accounts/member-use-cases';
import { listMembersInput, memberView } from '../../shared/accounts/members';
import { paged } from '../../shared/http/envelope';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: listMembersInput,
  handle: async ({ input, account, runtime }) =>
    paged(await listTeam(runtime.db, account.id, { page: input.page, size: input.count }), memberView),
});
