import { userDirectoryFromEnv } from '../../shared/accounts/aws/cognito';
import { removeMember } from '../../shared/accounts/member-use-cases';
import { memberView, removeMemberInput } from '../../shared/accounts/members';
import { ok } from '../../shared/http/envelope';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: removeMemberInput,
  idempotent: true,
  pathId: 'member',
  ports: { userDirectory: userDirectoryFromEnv },
  handle: async ({ id, caller, runtime, ports }) =>
    ok(
      memberView(
        await removeMember(
          { db: runtime.db, clock: runtime.clock, directory: ports.userDirectory },
          caller,
          id,
        ),
      ),
    ),
});
