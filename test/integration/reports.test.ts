import { beforeAll, describe, expect, it } from 'vitest';
import { Outbox } from '../../local/sending';
import { createAccount } from '../../shared/accounts/repository';
import { createCampaignInput } from '../../shared/campaigns/campaign';
import { createCampaign } from '../../shared/campaigns/create';
import { getCampaign } from '../../shared/campaigns/repository';
import { ManualClock } from '../../shared/clock';
import type { Db } from '../../shared/db/client';
import { getItem } from '../../shared/db/items';
import { keys } from '../../shared/db/keys';
import { createLogger } from '../../shared/logger';
import { applyReports } from '../../shared/reports/apply';
import type { DeliveryReport } from '../../shared/reports/report';
import { dispatchOccurrence } from '../../shared/sending/dispatch';
import type { SendTask } from '../../shared/sending/ports';
import { sendChunk } from '../../shared/sending/send';
import { createTestDb } from '../support/db';
import { campaignPorts } from '../support/fake-ports';

let db: Db;
const clock = new ManualClock('2026-05-04T08:00:00.000Z');
const log = createLogger({ level: 'silent' });

beforeAll(async () => {
  db = await createTestDb();
});

/** A campaign of `count` recipients, sent: its task and what the provider was handed. */
async function sentCampaign(count: number) {
  const { account } = await createAccount(db, { name: 'T', plan: { senderLimit: 1 }, now: clock.now() });
  const input = createCampaignInput.parse({
    contacts: Array.from({ length: count }, (_, i) => ({ phone: `22507${String(i).padStart(8, '0')}` })),
    text: 'Bonjour',
  });
  const campaign = await createCampaign({ db, clock, log, ...campaignPorts() }, account, input);
  const tasks: SendTask[] = [];
  await dispatchOccurrence(
    { db, clock, log, sendQueue: { send: async (queued) => void tasks.push(...queued) } },
    { accountId: account.id, campaignId: campaign.id, slot: campaign.createdAt },
  );
  const outbox = new Outbox(clock);
  for (const task of tasks) await sendChunk({ db, clock, log, provider: outbox, inFlight: 4 }, task);
  return { task: tasks[0] as SendTask, outbox };
}

function reportsOf(
  task: SendTask,
  outbox: Outbox,
  fate: (index: number) => Pick<DeliveryReport, 'delivery' | 'providerStatus'>,
  at = clock.now().getTime(),
): DeliveryReport[] {
  return outbox.messages.map((message, index) => ({
    accountId: task.accountId,
    campaignId: task.campaignId,
    occurrence: task.slot,
    phone: message.to,
    messageId: message.messageId,
    at,
    ...fate(index),
  }));
}

const shuffled = <T>(items: readonly T[], seed: number): T[] => {
  const copy = [...items];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
};

async function statsOf(task: SendTask) {
  const campaign = await getCampaign(db, task.accountId, task.campaignId);
  const occurrence = await getItem<Record<string, number>>(
    db,
    keys.occurrence(task.accountId, task.campaignId, task.slot),
  );
  const pick = (item: Record<string, unknown> | undefined) => ({
    sent: item?.sent,
    delivered: item?.delivered,
    undelivered: item?.undelivered,
    unknown: item?.unknown,
  });
  return { campaign: pick(campaign as unknown as Record<string, unknown>), occurrence: pick(occurrence) };
}

describe('delivery reports', () => {
  it('end exact whatever their order, each delivered twice, and a final word is never taken back', async () => {
    const { task, outbox } = await sentCampaign(120);
    const t0 = clock.now().getTime();
    const pending = reportsOf(task, outbox, () => ({ providerStatus: 'TEXT_QUEUED' }), t0 + 1_000);
    const finals = reportsOf(
      task,
      outbox,
      (i) =>
        i % 10 === 0
          ? { delivery: 'UNDELIVERED', providerStatus: 'TEXT_CARRIER_UNREACHABLE' }
          : i % 10 === 1
            ? { delivery: 'UNKNOWN', providerStatus: 'TEXT_UNKNOWN' }
            : { delivery: 'DELIVERED', providerStatus: 'TEXT_DELIVERED' },
      t0 + 2_000,
    );
    // A pending word later than the final one must not undo it either.
    const latePending = reportsOf(task, outbox, () => ({ providerStatus: 'TEXT_SUCCESSFUL' }), t0 + 3_000);
    const all = shuffled([...pending, ...finals, ...finals, ...latePending], 7);
    for (const batch of [all.slice(0, 150), all.slice(150, 300), all.slice(300)]) {
      await applyReports(db, batch, clock.now());
    }
    const expected = { sent: 120, delivered: 96, undelivered: 12, unknown: 12 };
    expect(await statsOf(task)).toEqual({ campaign: expected, occurrence: expected });

    // The same batches again change nothing.
    const again = await applyReports(db, all, clock.now());
    expect(again.applied).toBe(0);
    expect(await statsOf(task)).toEqual({ campaign: expected, occurrence: expected });

    const undelivered = await getItem<Record<string, unknown>>(
      db,
      keys.messageClaim(task.accountId, task.campaignId, task.slot, outbox.messages[0]?.to ?? ''),
    );
    expect(undelivered).toMatchObject({
      delivery: 'UNDELIVERED',
      providerStatus: 'TEXT_CARRIER_UNREACHABLE',
    });
    const delivered = await getItem<Record<string, unknown>>(
      db,
      keys.messageClaim(task.accountId, task.campaignId, task.slot, outbox.messages[2]?.to ?? ''),
    );
    expect(delivered).toMatchObject({
      delivery: 'DELIVERED',
      deliveredAt: new Date(t0 + 2_000).toISOString(),
    });
  });

  it('lets a later final word replace an earlier one, moving the stats with it', async () => {
    const { task, outbox } = await sentCampaign(3);
    const t0 = clock.now().getTime();
    await applyReports(
      db,
      reportsOf(task, outbox, () => ({ delivery: 'UNKNOWN', providerStatus: 'TEXT_UNKNOWN' }), t0),
      clock.now(),
    );
    await applyReports(
      db,
      reportsOf(task, outbox, () => ({ delivery: 'DELIVERED', providerStatus: 'TEXT_DELIVERED' }), t0 + 1),
      clock.now(),
    );
    const expected = { sent: 3, delivered: 3, undelivered: 0, unknown: 0 };
    expect(await statsOf(task)).toEqual({ campaign: expected, occurrence: expected });
  });

  it("applies nothing a report names that is not that account's message, and says so", async () => {
    const { task, outbox } = await sentCampaign(2);
    const other = await sentCampaign(1);
    const [real] = reportsOf(task, outbox, () => ({
      delivery: 'DELIVERED',
      providerStatus: 'TEXT_DELIVERED',
    }));
    const strays: DeliveryReport[] = [
      // Another account's id with this campaign and phone.
      { ...(real as DeliveryReport), accountId: other.task.accountId },
      // A phone the campaign never sent to.
      { ...(real as DeliveryReport), phone: '2250799999999' },
      // The right message, another provider id.
      { ...(real as DeliveryReport), messageId: 'not-ours' },
    ];
    const result = await applyReports(db, strays, clock.now());
    expect(result).toEqual({ applied: 0, unmatched: strays });
    expect((await statsOf(task)).campaign.delivered).toBe(0);
    expect((await statsOf(other.task)).campaign.delivered).toBe(0);
  });

  it('counts a price once per message, in the currency reported', async () => {
    const { task, outbox } = await sentCampaign(2);
    const priced = reportsOf(task, outbox, () => ({
      delivery: 'DELIVERED',
      providerStatus: 'TEXT_DELIVERED',
    })).map((report) => ({ ...report, price: { amount: 0.0125, currency: 'USD' } }));
    await applyReports(db, [...priced, ...priced], clock.now());
    await applyReports(db, priced, clock.now());
    const campaign = await getItem<Record<string, unknown>>(
      db,
      keys.campaign(task.accountId, task.campaignId),
    );
    expect(campaign).toMatchObject({ costAmount: 0.025, costCurrency: 'USD' });
  });
});
