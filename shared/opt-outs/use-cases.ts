/** Changes of the opt-out list asked through the API, each with its audit entry (phones counted, not listed). */
import type { Actor } from '../audit/audit';
import { recordAudit } from '../audit/repository';
import type { Clock } from '../clock';
import type { Db } from '../db/client';
import type { RelayDeps } from '../webhooks/outbox';
import type { OptOut } from './opt-out';
import { addOptOuts, removeOptOuts } from './repository';

type Deps = { db: Db; clock: Clock; relayTo?: Omit<RelayDeps, 'db'> };

/** The list changes in transactions of 98 phones: the entry follows the last of them. */
export async function optOut(
  deps: Deps,
  accountId: string,
  phones: readonly string[],
  details: Omit<OptOut, 'phone' | 'createdAt'>,
  actor: Actor,
): Promise<string[]> {
  const now = deps.clock.now();
  const added = await addOptOuts(deps.db, accountId, phones, details, now, deps.relayTo);
  if (added.length > 0) {
    await recordAudit(
      deps.db,
      accountId,
      {
        actor,
        action: 'opt_out.add',
        target: { type: 'opt_out', id: accountId },
        details: { added: added.length, ...(details.reason ? { reason: details.reason } : {}) },
      },
      now,
    );
  }
  return added;
}

export async function optIn(deps: Deps, accountId: string, phones: readonly string[], actor: Actor) {
  const now = deps.clock.now();
  const removed = await removeOptOuts(deps.db, accountId, phones, now, deps.relayTo);
  if (removed.length > 0) {
    await recordAudit(
      deps.db,
      accountId,
      {
        actor,
        action: 'opt_out.remove',
        target: { type: 'opt_out', id: accountId },
        details: { removed: removed.length },
      },
      now,
    );
  }
  return removed;
}
