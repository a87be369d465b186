import { userDirectoryFromEnv } from '../../../shared/accounts/aws/cognito';
import { memberView } from '../../../shared/accounts/members';
import { created } from '../../../shared/http/envelope';
import { openAccount } from '../../../shared/operators/accounts';
import { openAccountInput } from '../../../shared/operators/inputs';
import { accountView } from '../../../shared/operators/views';
import { operatorHandler } from '../pipeline';

/** The account's first API key is never shown: its owner makes their own in the console. */
export const handler = operatorHandler({
  body: openAccountInput,
  idempotent: true,
  ports: { userDirectory: userDirectoryFromEnv },
  handle: async ({ input, runtime, ports, actor, operationId }) => {
    const { account, owner } = await openAccount(
      { db: runtime.db, clock: runtime.clock, currency: runtime.currency, directory: ports.userDirectory },
      {
        name: input.name,
        plan: input.plan,
        ...(input.openingBalance ? { openingBalance: input.openingBalance } : {}),
        ownerEmail: input.ownerEmail,
        ...(operationId ? { operationId } : {}),
      },
      actor,
    );
    return created({ ...accountView(account), owner: owner ? memberView(owner) : null });
  },
});
