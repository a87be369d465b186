import { giveOpeningBalance, seedDemoPrices } from '../../local/demo';
import { createAccount } from '../../shared/accounts/repository';
import { createCampaignInput } from '../../shared/campaigns/campaign';
import { createCampaign } from '../../shared/campaigns/create';
import type { Clock } from '../../shared/clock';
import type { Db } from '../../shared/db/client';
import { createLogger } from '../../shared/logger';
import type { SendTask } from '../../shared/ports';
import { dispatchOccurrence } from '../../shared/sending/dispatch';
import { campaignPorts } from './fake-ports';

/** An account as the demo's: the demonstration prices (platform-wide, once) and the opening balance. */
export async function fundedWithPrices(db: Db, clock: Clock, accountId: string): Promise<void> {
  await seedDemoPrices(db, clock);
  await giveOpeningBalance(db, clock, accountId);
}

/**
 * An immediate campaign of `count` recipients on a new account, dispatched: the send tasks its chunks
 * became. `recipient(i)` adds to the i-th recipient (names, fields) and `text` replaces `Bonjour`.
 */
export async function dispatchedCampaign(
  db: Db,
  clock: Clock,
  count: number,
  options: {
    text?: string;
    recipient?: (index: number) => Record<string, unknown>;
    /** Short links under this address (`trackLinks`). */
    linkBase?: string;
  } = {},
): Promise<SendTask[]> {
  const log = createLogger({ level: 'silent' });
  const { account } = await createAccount(db, { name: 'T', plan: { senderLimit: 1 }, now: clock.now() });
  await fundedWithPrices(db, clock, account.id);
  const input = createCampaignInput.parse({
    contacts: Array.from({ length: count }, (_, i) => ({
      phone: `22507${String(i).padStart(8, '0')}`,
      ...options.recipient?.(i),
    })),
    text: options.text ?? 'Bonjour',
    trackLinks: options.linkBase !== undefined,
  });
  const campaign = await createCampaign(
    { db, clock, log, ...campaignPorts(), ...(options.linkBase ? { linkBase: options.linkBase } : {}) },
    account,
    input,
  );
  const tasks: SendTask[] = [];
  await dispatchOccurrence(
    {
      db,
      clock,
      log,
      scheduler: { create: async () => {}, delete: async () => {} },
      sendQueue: { send: async (queued) => void tasks.push(...queued) },
    },
    { accountId: account.id, campaignId: campaign.id, slot: campaign.createdAt },
  );
  return tasks;
}
