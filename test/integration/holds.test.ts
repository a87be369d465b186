import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoPrices } from '../../local/demo';
import { Outbox } from '../../local/sending';
import { createAccount } from '../../shared/accounts/repository';
import { createCampaignInput } from '../../shared/campaigns/campaign';
import { createCampaign } from '../../shared/campaigns/create';
import { getCampaign } from '../../shared/campaigns/repository';
import { cancelCampaign } from '../../shared/campaigns/use-cases';
import { ManualClock } from '../../shared/clock';
import type { Db } from '../../shared/db/client';
import { newId } from '../../shared/ids';
import { createLogger } from '../../shared/logger';
import { getBalance, moneyDeps } from '../../shared/money/balance';
import { listLedger, recordMovement } from '../../shared/money/repository';
import { resumeAccount, suspendAccount } from '../../shared/operators/accounts';
import type { DispatchRequest, ScheduleSpec, SendTask, SmsProvider } from '../../shared/ports';
import { dispatchOccurrence } from '../../shared/sending/dispatch';
import { sendChunk } from '../../shared/sending/send';
import { TEST_ACTOR } from '../support/actors';
import { createTestDb } from '../support/db';
import { campaignPorts } from '../support/fake-ports';

let db: Db;
const clock = new ManualClock('2026-07-01T08:00:00.000Z');
const log = createLogger({ level: 'silent' });
/** The demonstration price to Côte d'Ivoire: 25 a segment, in units. */
const PRICE = 250_000;

beforeAll(async () => {
  db = await createTestDb();
  await seedDemoPrices(db, clock);
});

async function accountHolding(units: number) {
  const { account } = await createAccount(db, { name: 'H', plan: { senderLimit: 1 }, now: clock.now() });
  if (units) {
    await recordMovement(
      moneyDeps({ db }),
      account.id,
      { id: newId(clock.now()), type: 'TOP_UP', units },
      clock.now(),
    );
  }
  return account;
}

let phone = 0;
const phones = (count: number) =>
  Array.from({ length: count }, () => ({ phone: `22507${String(++phone).padStart(8, '0')}` }));

/** The phones of the campaign made last. */
let lastPhones: string[] = [];
/** The demonstration price to France: 60 a segment. */
const PARIS_PRICE = 600_000;
const parisPhones = (count: number) =>
  Array.from({ length: count }, () => ({ phone: `336${String(++phone).padStart(8, '0')}` }));

/**
 * A scheduled campaign of `count` one-segment messages to Côte d'Ivoire, and `paris` to France (nothing
 * is checked at create). With quiet hours of 07:00 to 09:00, its slot (08:00 UTC) holds Abidjan's
 * recipients back until 09:00 and lets Paris's (10:00 there) go at once.
 */
async function scheduledCampaign(
  account: Awaited<ReturnType<typeof accountHolding>>,
  count: number,
  options: { paris?: number; quietHours?: boolean } = {},
) {
  const contacts = [...phones(count), ...parisPhones(options.paris ?? 0)];
  lastPhones = contacts.map((contact) => contact.phone);
  const input = createCampaignInput.parse({
    contacts,
    text: 'Bonjour',
    type: 'SCHEDULED',
    scheduledDate: '2026-07-02T08:00:00Z',
    ...(options.quietHours ? { quietHours: { start: '07:00', end: '09:00' } } : {}),
  });
  const campaign = await createCampaign({ db, clock, log, ...campaignPorts() }, account, input);
  return { accountId: account.id, campaignId: campaign.id, slot: '2026-07-02T08:00:00.000Z' };
}

function dispatcher(tasks: SendTask[], failQueue = false, schedules: ScheduleSpec[] = []) {
  return {
    db,
    clock,
    log,
    scheduler: {
      create: async (made: readonly ScheduleSpec[]) => void schedules.push(...made),
      delete: async () => {},
    },
    sendQueue: {
      send: async (queued: SendTask[]) => {
        if (failQueue) throw new Error('injected outage of the send queue');
        tasks.push(...queued);
      },
    },
  };
}

async function expectBalanceIsSumOfLedger(accountId: string) {
  const entries = (await listLedger(db, accountId, { page: 1, size: 1000 })).items;
  const balance = await getBalance(db, accountId);
  expect(balance.balance).toBe(entries.reduce((sum, entry) => sum + entry.units, 0));
  expect(balance.reserved).toBeGreaterThanOrEqual(0);
  return balance;
}

describe('holds', () => {
  it('lets exactly one of two occurrences racing for the last of the balance go', async () => {
    const account = await accountHolding(3 * PRICE);
    const [first, second] = [await scheduledCampaign(account, 2), await scheduledCampaign(account, 2)];
    const tasks: SendTask[] = [];
    const outcomes = await Promise.all(
      [first, second].map((occurrence) => dispatchOccurrence(dispatcher(tasks), occurrence)),
    );
    expect(outcomes.sort()).toEqual(['insufficient-balance', 'queued']);
    expect(tasks.flatMap((task) => task.recipients)).toHaveLength(2);
    const balance = await expectBalanceIsSumOfLedger(account.id);
    expect([balance.balance, balance.reserved]).toEqual([3 * PRICE, 2 * PRICE]);
  });

  it('holds once for a dispatch retried after it failed half way', async () => {
    const account = await accountHolding(10 * PRICE);
    const occurrence = await scheduledCampaign(account, 3);
    const tasks: SendTask[] = [];
    await expect(dispatchOccurrence(dispatcher(tasks, true), occurrence)).rejects.toThrow('injected outage');
    expect((await getBalance(db, account.id)).reserved).toBe(3 * PRICE);
    expect(await dispatchOccurrence(dispatcher(tasks), occurrence)).toBe('queued');
    expect((await getBalance(db, account.id)).reserved).toBe(3 * PRICE);
    // Sent, each message is charged from the hold, and the end releases nothing more than is left.
    const outbox = new Outbox(clock);
    for (const task of tasks) await sendChunk({ db, clock, log, provider: outbox }, task);
    const balance = await expectBalanceIsSumOfLedger(account.id);
    expect([balance.balance, balance.reserved]).toEqual([7 * PRICE, 0]);
  });
});

describe('the balance under any sequence of top-ups, campaigns, failures, cancels and redeliveries', () => {
  /** A provider that refuses some phones for good, and loses the outcome of others (a crash in the call). */
  const provider = (outbox: Outbox, refused: Set<string>, lost: Set<string>): Pick<SmsProvider, 'send'> => ({
    send: async (message) => {
      if (lost.has(message.to)) {
        lost.delete(message.to);
        throw new Error('the function died during the call');
      }
      if (refused.has(message.to)) {
        const { ProviderError } = await import('../../shared/ports');
        throw new ProviderError('provider-refused', false, 'TEXT_BLOCKED');
      }
      return outbox.send(message);
    },
  });

  it('keeps balance = Σ ledger and reserved ≥ 0, and nothing held once every occurrence has ended', async () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('top-up' as const), amount: fc.integer({ min: 1, max: 6 }) }),
      fc.record({
        kind: fc.constant('campaign' as const),
        recipients: fc.integer({ min: 1, max: 5 }),
        paris: fc.integer({ min: 0, max: 2 }),
        refused: fc.integer({ min: 0, max: 2 }),
        lost: fc.integer({ min: 0, max: 1 }),
        deliveries: fc.integer({ min: 1, max: 3 }),
        // Cancelled after what went at once, while quiet hours still hold Abidjan's recipients back.
        cancel: fc.boolean(),
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), async (steps) => {
        const account = await accountHolding(4 * PRICE);
        let expectedCharges = 0;
        for (const planned of steps) {
          if (planned.kind === 'top-up') {
            await recordMovement(
              moneyDeps({ db }),
              account.id,
              { id: newId(clock.now()), type: 'TOP_UP', units: planned.amount * PRICE },
              clock.now(),
            );
            continue;
          }
          const occurrence = await scheduledCampaign(account, planned.recipients, {
            paris: planned.paris,
            quietHours: true,
          });
          const tasks: SendTask[] = [];
          const schedules: ScheduleSpec[] = [];
          const outcome = await dispatchOccurrence(dispatcher(tasks, false, schedules), occurrence);
          const numbers = lastPhones;
          const refused = new Set(numbers.slice(0, planned.refused));
          const lost = new Set(numbers.slice(planned.refused, planned.refused + planned.lost));
          const outbox = new Outbox(clock);
          const sms = provider(outbox, refused, lost);
          // Each chunk delivered once or more; after a loss, a later delivery past the lease settles it.
          const send = async (chunks: SendTask[]) => {
            for (let delivery = 0; delivery < planned.deliveries; delivery++) {
              for (const task of chunks) await sendChunk({ db, clock, log, provider: sms }, task);
            }
            clock.advance(10 * 60_000);
            for (const task of chunks) await sendChunk({ db, clock, log, provider: sms }, task);
          };
          await send(tasks);
          if (planned.cancel && schedules.length > 0) {
            const ports = { scheduler: { create: async () => {}, delete: async () => {} } };
            await cancelCampaign({ db, clock, log, ...ports }, account.id, occurrence.campaignId, TEST_ACTOR);
          }
          // Quiet hours end: what they held back goes, or is dropped when the campaign was cancelled.
          const released: SendTask[] = [];
          for (const schedule of schedules) {
            await dispatchOccurrence(dispatcher(released), schedule.request as DispatchRequest);
          }
          if (planned.cancel) expect(released).toEqual([]);
          await send(released);
          if (outcome === 'queued') {
            expectedCharges += outbox.messages.reduce(
              (sum, sms) => sum + (sms.to.startsWith('33') ? PARIS_PRICE : PRICE),
              0,
            );
          } else expect(outbox.messages).toHaveLength(0);
          await expectBalanceIsSumOfLedger(account.id);
        }
        const balance = await expectBalanceIsSumOfLedger(account.id);
        expect(balance.reserved).toBe(0);
        const charged = (await listLedger(db, account.id, { page: 1, size: 1000 })).items
          .filter((entry) => entry.type === 'CHARGE')
          .reduce((sum, entry) => sum - entry.units, 0);
        // Exactly what was handed over: never twice, never for a message that did not go.
        expect(charged).toBe(expectedCharges);
      }),
      { numRuns: 12 },
    );
  });

  it('refuses an occurrence of a suspended account, uncharged, and lets the next one go once resumed', async () => {
    const account = await accountHolding(10 * PRICE);
    const suspended = await scheduledCampaign(account, 2);
    await suspendAccount({ db, clock }, account.id, 'Spam signalé', TEST_ACTOR);
    const tasks: SendTask[] = [];
    expect(await dispatchOccurrence(dispatcher(tasks), suspended)).toBe('account-suspended');
    expect(tasks).toEqual([]);
    const balance = await expectBalanceIsSumOfLedger(account.id);
    expect([balance.balance, balance.reserved]).toEqual([10 * PRICE, 0]);
    const refused = await getCampaign(db, account.id, suspended.campaignId);
    expect([refused?.status, refused?.failureReason]).toEqual(['FAILED', 'account-suspended']);

    await resumeAccount({ db, clock }, account.id, undefined, TEST_ACTOR);
    const later = await scheduledCampaign(account, 2);
    expect(await dispatchOccurrence(dispatcher(tasks), later)).toBe('queued');
    expect((await getBalance(db, account.id)).reserved).toBe(2 * PRICE);
  });

  it('drops what quiet hours held back when the account is suspended meanwhile, and gives back its hold', async () => {
    const account = await accountHolding(10 * PRICE);
    const occurrence = await scheduledCampaign(account, 2, { quietHours: true });
    const tasks: SendTask[] = [];
    const schedules: ScheduleSpec[] = [];
    expect(await dispatchOccurrence(dispatcher(tasks, false, schedules), occurrence)).toBe('queued');
    expect(tasks).toEqual([]);
    expect((await getBalance(db, account.id)).reserved).toBe(2 * PRICE);
    await suspendAccount({ db, clock }, account.id, 'Spam signalé', TEST_ACTOR);
    const released: SendTask[] = [];
    for (const schedule of schedules) {
      expect(await dispatchOccurrence(dispatcher(released), schedule.request as DispatchRequest)).toBe(
        'account-suspended',
      );
    }
    expect(released).toEqual([]);
    const balance = await expectBalanceIsSumOfLedger(account.id);
    expect([balance.balance, balance.reserved]).toEqual([10 * PRICE, 0]);
  });

  it('sends nothing more of a chunk once its account is suspended: each message fails account-suspended, uncharged', async () => {
    const account = await accountHolding(10 * PRICE);
    const occurrence = await scheduledCampaign(account, 3);
    const tasks: SendTask[] = [];
    expect(await dispatchOccurrence(dispatcher(tasks), occurrence)).toBe('queued');
    await suspendAccount({ db, clock }, account.id, 'Spam signalé', TEST_ACTOR);
    const outbox = new Outbox(clock);
    for (const task of tasks) await sendChunk({ db, clock, log, provider: outbox }, task);
    expect(outbox.messages).toEqual([]);
    const campaign = await getCampaign(db, account.id, occurrence.campaignId);
    expect([campaign?.status, campaign?.sent, campaign?.failed]).toEqual(['FAILED', 0, 3]);
    const balance = await expectBalanceIsSumOfLedger(account.id);
    expect([balance.balance, balance.reserved]).toEqual([10 * PRICE, 0]);
  });
});
