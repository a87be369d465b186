import { updateMember } from '../../shared/accounts/member-use-cases';
import { memberView, updateMemberInput } from '../../shared/accounts/members';
import { ok } from '../../shared/http/envelope';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: updateMemberInput,
  idempotent: true,
  pathId: 'member',
  handle: async ({ id, input, caller, runtime }) =>
    ok(memberView(await updateMember(runtime, caller, id, input))),
});
