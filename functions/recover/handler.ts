import { portsOf, requireConfiguration, runtime } from '../../shared/runtime';
import { dispatchQueueFromEnv, webhookQueueFromEnv } from '../../shared/sending/aws/sqs';
import { recoverStrandedCampaigns } from '../../shared/sending/recover';
import { sweepOutbox } from '../../shared/webhooks/outbox';

const NEEDS = requireConfiguration({
  table: true,
  ports: { dispatchQueue: dispatchQueueFromEnv, webhookQueue: webhookQueueFromEnv },
});

/**
 * Run every minute (a rate schedule on AWS, the local stack's tick): finds immediate campaigns whose
 * hand-off was lost, and events a stopped process left in the outbox.
 */
export async function handler(): Promise<{ requeued: number; relayed: number }> {
  const rt = runtime();
  const ports = portsOf(rt, NEEDS);
  // Each campaign handed over again is logged by the use case; a run that finds none says nothing.
  const { requeued } = await recoverStrandedCampaigns({ db: rt.db, clock: rt.clock, log: rt.log, ...ports });
  const relayed = await sweepOutbox({ db: rt.db, log: rt.log, ...ports }, rt.clock.now());
  return { requeued, relayed };
}
