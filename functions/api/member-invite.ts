import { userDirectoryFromEnv } from '../../shared/accounts/aws/cognito';
import { inviteMember } from '../../shared/accounts/member-use-cases';
import { inviteMemberInput, memberView } from '../../shared/accounts/members';
import { created } from '../../shared/http/envelope';
import { apiHandler } from './pipeline';

export const handler = apiHandler({
  body: inviteMemberInput,
  idempotent: true,
  ports: { userDirectory: userDirectoryFromEnv },
  handle: async ({ input, caller, runtime, ports }) =>
    created(
      memberView(
        await inviteMember(
          { db: runtime.db, clock: runtime.clock, directory: ports.userDirectory },
          caller,
          input,
        ),
      ),
    ),
});
