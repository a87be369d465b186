import { beforeAll, describe, expect, it } from 'vitest';
import { Outbox, type OutboxEntry } from '../../local/sending';
import { type CampaignItem, getCampaign } from '../../shared/campaigns/repository';
import { statsOf as statsOfView } from '../../shared/campaigns/stats';
import { ManualClock } from '../../shared/clock';
import type { Db } from '../../shared/db/client';
import { getItem } from '../../shared/db/items';
import { keys } from '../../shared/db/keys';
import { createLogger } from '../../shared/logger';
import type { SendTask } from '../../shared/ports';
import { applyReports } from '../../shared/reports/apply';
import { ingestReports } from '../../shared/reports/ingest';
import type { DeliveryReport } from '../../shared/reports/report';
import { sendChunk } from '../../shared/sending/send';
import { dispatchedCampaign } from '../support/campaigns';
import { createTestDb } from '../support/db';

let db: Db;
const clock = new ManualClock('2026-05-04T08:00:00.000Z');
const log = createLogger({ level: 'silent' });

beforeAll(async () => {
  db = await createTestDb();
});

/** A campaign of `count` recipients, sent: its task and what the provider was handed. */
async function sentCampaign(count: number) {
  const tasks = await dispatchedCampaign(db, clock, count);
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
    // And back: a still later word that it did not arrive takes the delivery's time away.
    await applyReports(
      db,
      reportsOf(task, outbox, () => ({ delivery: 'UNDELIVERED', providerStatus: 'TEXT_BLOCKED' }), t0 + 2),
      clock.now(),
    );
    const message = await getItem<Record<string, unknown>>(
      db,
      keys.messageClaim(task.accountId, task.campaignId, task.slot, outbox.messages[0]?.to ?? ''),
    );
    expect(message).toMatchObject({ delivery: 'UNDELIVERED', providerStatus: 'TEXT_BLOCKED' });
    expect(message?.deliveredAt).toBeUndefined();
    expect((await statsOf(task)).campaign).toEqual({ sent: 3, delivered: 0, undelivered: 3, unknown: 0 });
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
    expect(result).toEqual({ applied: 0, unmatched: strays, raised: [] });
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

  it('sends a malformed event back alone, and counts without retrying a report for no message of ours', async () => {
    const { task, outbox } = await sentCampaign(2);
    const lines: string[] = [];
    const logged = createLogger({ level: 'debug', sink: (line) => lines.push(line) });
    const event = (message: { to: string; messageId: string }, context: Record<string, string>) =>
      JSON.stringify({
        eventType: 'TEXT_DELIVERED',
        eventVersion: '1.0',
        eventTimestamp: clock.now().getTime(),
        isFinal: true,
        messageId: message.messageId,
        messageStatus: 'DELIVERED',
        context,
      });
    const first = outbox.messages[0] as OutboxEntry;
    const second = outbox.messages[1] as OutboxEntry;
    const ours = (message: { to: string }) => ({
      accountId: task.accountId,
      campaignId: task.campaignId,
      occurrence: task.slot,
      phone: message.to,
    });
    const records = [
      { messageId: 'good-1', body: event(first, ours(first)) },
      { messageId: 'not-json', body: '{"eventType":' },
      { messageId: 'not-an-event', body: JSON.stringify({ hello: 'world' }) },
      // Sent by something else with the same configuration set: no context of ours.
      { messageId: 'foreign', body: event(second, { campaign: 'elsewhere' }) },
      // Our context, but a campaign this account does not have.
      { messageId: 'stray', body: event(second, { ...ours(second), campaignId: 'c0ffee' }) },
    ];
    const answer = await ingestReports({ db, clock, log: logged }, records);
    expect(answer.batchItemFailures.map((failure) => failure.itemIdentifier)).toEqual([
      'not-json',
      'not-an-event',
    ]);
    expect((await statsOf(task)).campaign).toMatchObject({ delivered: 1 });
    const summary = lines.map((line) => JSON.parse(line)).find((line) => line.message === 'delivery reports');
    expect(summary).toMatchObject({ received: 5, applied: 1, unmatched: 2, malformed: 2 });
  });

  it('keeps the stats within their invariants through duplicated, shuffled reports of every kind', async () => {
    const { task, outbox } = await sentCampaign(60);
    const t0 = clock.now().getTime();
    const kinds = [
      { delivery: 'DELIVERED', providerStatus: 'TEXT_DELIVERED' },
      { delivery: 'UNDELIVERED', providerStatus: 'TEXT_TTL_EXPIRED' },
      { delivery: 'UNKNOWN', providerStatus: 'TEXT_UNKNOWN' },
      { providerStatus: 'TEXT_QUEUED' },
    ] as const;
    const reports = [0, 1, 2].flatMap((round) =>
      reportsOf(task, outbox, (i) => kinds[(i + round) % kinds.length] as (typeof kinds)[number], t0 + round),
    );
    const batches = shuffled([...reports, ...reports], 11);
    for (let start = 0; start < batches.length; start += 37) {
      await applyReports(db, batches.slice(start, start + 37), clock.now());
      const campaign = await getCampaign(db, task.accountId, task.campaignId);
      const stats = statsOfView(campaign as CampaignItem, campaign?.total ?? 0, 'XOF');
      expect(stats.delivered + stats.undelivered + stats.unknown).toBeLessThanOrEqual(stats.sent);
      expect(stats.pending).toBe(stats.total - stats.sent - stats.failed);
    }
    // The latest final word of each message wins: round 2's, unless it was the pending one (then round 1's).
    const expected = { delivered: 0, undelivered: 0, unknown: 0 };
    for (let i = 0; i < 60; i++) {
      const last = kinds[(i + 2) % kinds.length] as { delivery?: string };
      const final = (last.delivery ? last : kinds[(i + 1) % kinds.length]) as { delivery: string };
      expected[final.delivery.toLowerCase() as keyof typeof expected]++;
    }
    expect((await statsOf(task)).campaign).toEqual({ sent: 60, ...expected });
  });
});
