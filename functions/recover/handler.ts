import { portsOf, requireConfiguration, runtime } from '../../shared/runtime';
import { dispatchQueueFromEnv } from '../../shared/sending/aws/sqs';
import { recoverStrandedCampaigns } from '../../shared/sending/recover';

const NEEDS = requireConfiguration({ table: true, ports: { dispatchQueue: dispatchQueueFromEnv } });

/** Run every minute (a rate schedule on AWS, the local stack's tick): finds immediate campaigns whose hand-off was lost. */
export async function handler(): Promise<{ requeued: number }> {
  const rt = runtime();
  // Each campaign handed over again is logged by the use case; a run that finds none says nothing.
  return recoverStrandedCampaigns({ db: rt.db, clock: rt.clock, log: rt.log, ...portsOf(rt, NEEDS) });
}
