import { runtime } from '../../shared/runtime';
import { recoverStrandedCampaigns } from '../../shared/sending/recover';

/** Run every minute (a rate schedule on AWS, the local stack's tick): finds immediate campaigns whose hand-off was lost. */
export async function handler(): Promise<{ requeued: number }> {
  const rt = runtime();
  if (!rt.sending) throw new Error('Missing configuration: the recovery function has no dispatch queue');
  // Each campaign handed over again is logged by the use case; a run that finds none says nothing.
  return recoverStrandedCampaigns({ db: rt.db, clock: rt.clock, queues: rt.sending.queues, log: rt.log });
}
