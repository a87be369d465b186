import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SmsApiError, SmsClient } from '../../sdk/src/index';
import { createAccount } from '../../shared/accounts/repository';
import { newId } from '../../shared/ids';
import { moneyDeps } from '../../shared/money/balance';
import { recordMovement } from '../../shared/money/repository';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack();
});

afterAll(async () => {
  await stack?.stop();
});

const xof = (amount: number) => ({ amount, currency: 'XOF' });

/** A new account holding `amount` (an operator's top-up), and its key. */
async function accountWith(amount: number) {
  const { account, apiKey } = await createAccount(stack.db, {
    name: 'Client',
    plan: { senderLimit: 1 },
    now: stack.clock.now(),
  });
  if (amount) {
    await recordMovement(
      moneyDeps({ db: stack.db }),
      account.id,
      { id: newId(stack.clock.now()), type: 'TOP_UP', units: amount * 10_000, note: 'Virement' },
      stack.clock.now(),
    );
  }
  return { accountId: account.id, apiKey };
}

const balanceOf = async (apiKey: string) => (await stack.call('/v1/account/balance', {}, apiKey)).body.data;

// The demonstration prices: CI and SN 25 a segment, ML 30; Nigeria (234) has none.
describe('the cost before sending', () => {
  it('estimates each recipient on their own text, by country, with no effect', async () => {
    const { apiKey } = await accountWith(1_000);
    await stack.call('/v1/opt-out/add', { phones: ['2250700009004'] }, apiKey);
    const body = {
      contacts: [
        { phone: '2250700009001', name: 'Awa' },
        // A long name takes this one's text past 160 characters: two segments.
        { phone: '2210700009002', name: 'Aminata Ndiaye Diop Sarr' },
        { phone: '22370009003' },
        { phone: '2250700009004' },
        { phone: '2348031234567' },
      ],
      text: `Bonjour @nom_complet ${'x'.repeat(130)}`,
    };
    const answer = await stack.call('/v1/campaign/estimate', body, apiKey);
    expect(answer.status, JSON.stringify(answer.body.details)).toBe(200);
    expect(answer.body.data).toEqual({
      recipients: 3,
      segments: 4,
      cost: xof(105),
      byCountry: [
        { country: 'SN', recipients: 1, segments: 2, price: xof(25), cost: xof(50) },
        { country: 'ML', recipients: 1, segments: 1, price: xof(30), cost: xof(30) },
        { country: 'CI', recipients: 1, segments: 1, price: xof(25), cost: xof(25) },
      ],
      unpriced: [{ phone: '2348031234567', country: 'NG' }],
      optedOut: 1,
      tooLong: 0,
      available: xof(1_000),
      sufficient: true,
      approximate: false,
    });
    // Nothing was made: no campaign, no contact, nothing held.
    expect((await stack.call('/v1/campaign/list', {}, apiKey)).body.totalCount).toBe(0);
    expect((await stack.call('/v1/contact/list', {}, apiKey)).body.totalCount).toBe(0);
    expect((await balanceOf(apiKey)).reserved).toEqual(xof(0));
    // The SDK asks the same.
    const sms = new SmsClient({ apiKey, baseUrl: stack.url });
    expect((await sms.campain.estimate(body)).cost).toEqual(xof(105));
  });

  it('says when the balance does not cover it, and refuses what a create would refuse', async () => {
    const { apiKey } = await accountWith(30);
    const contacts = [{ phone: '2250700009101' }, { phone: '2250700009102' }];
    const short = await stack.call('/v1/campaign/estimate', { contacts, text: 'Promo' }, apiKey);
    expect(short.body.data).toMatchObject({
      cost: xof(50),
      available: xof(30),
      sufficient: false,
      reason: 'insufficient-balance',
    });
    const bad = await stack.call('/v1/campaign/estimate', { contacts: [], text: 'Promo' }, apiKey);
    expect([bad.status, bad.body.error]).toEqual([400, 'validation-error']);
  });
});

describe('paying for a campaign', () => {
  it('refuses an immediate campaign the balance cannot cover, 402 with the figures, and makes nothing', async () => {
    const { apiKey } = await accountWith(30);
    const refused = await stack.call(
      '/v1/campaign/create',
      { contacts: [{ phone: '2250700009201' }, { phone: '2250700009202' }], text: 'Promo' },
      apiKey,
    );
    expect(refused.status).toBe(402);
    expect(refused.body).toMatchObject({
      success: false,
      error: 'insufficient-balance',
      details: { cost: xof(50), available: xof(30) },
    });
    expect((await stack.call('/v1/campaign/list', {}, apiKey)).body.totalCount).toBe(0);
    expect((await stack.call('/v1/contact/list', {}, apiKey)).body.totalCount).toBe(0);
    // The SDK carries the figures of the refusal.
    const sms = new SmsClient({ apiKey, baseUrl: stack.url, retries: 0 });
    const error = await sms.campain
      .create({ contacts: [{ phone: '2250700009201' }, { phone: '2250700009202' }], text: 'Promo' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SmsApiError);
    expect((error as SmsApiError).payment).toEqual({ cost: xof(50), available: xof(30) });
  });

  it('refuses a campaign that would cost more than its maxCost', async () => {
    const { apiKey } = await accountWith(1_000);
    const capped = await stack.call(
      '/v1/campaign/create',
      { contacts: [{ phone: '2250700009301' }, { phone: '2250700009302' }], text: 'Promo', maxCost: 40 },
      apiKey,
    );
    expect([capped.status, capped.body.error, capped.body.details]).toEqual([
      402,
      'cost-cap-exceeded',
      { cost: xof(50), available: xof(1_000), maxCost: xof(40) },
    ]);
  });

  it('charges what it handed over, fails an unpriced destination uncharged, and holds nothing after', async () => {
    const { apiKey } = await accountWith(1_000);
    const created = await stack.call(
      '/v1/campaign/create',
      {
        contacts: [{ phone: '2250700009401' }, { phone: '2210700009402' }, { phone: '2348031234568' }],
        text: 'Bonjour',
      },
      apiKey,
    );
    expect(created.status).toBe(201);
    await stack.queues.drain();
    const id = created.body.data.id;
    const details = (await stack.call(`/v1/campaign/${id}`, {}, apiKey)).body.data;
    expect(details.stats).toMatchObject({ sent: 2, failed: 1, cost: xof(50) });
    const failed = (await stack.call(`/v1/campaign/${id}/messages`, { status: 'FAILED' }, apiKey)).body.data;
    expect(failed).toEqual([
      expect.objectContaining({ phone: '2348031234568', reason: 'destination-not-priced' }),
    ]);
    expect(await balanceOf(apiKey)).toMatchObject({
      balance: xof(950),
      reserved: xof(0),
      available: xof(950),
      spentThisMonth: xof(50),
    });
    const ledger = (await stack.call('/v1/account/transactions', {}, apiKey)).body.data;
    expect(ledger[0]).toMatchObject({ type: 'CHARGE', amount: xof(-50), campaignId: id, segments: 2 });
  });

  it('lists the ledger by type and by campaign, paged and counted on what matches', async () => {
    const { apiKey } = await accountWith(1_000);
    const ids: string[] = [];
    for (const phone of ['2250700009501', '2250700009502', '2250700009503']) {
      const created = await stack.call(
        '/v1/campaign/create',
        { contacts: [{ phone }], text: 'Bonjour' },
        apiKey,
      );
      expect(created.status).toBe(201);
      ids.push(created.body.data.id);
    }
    await stack.queues.drain();
    const ledger = (filter: Record<string, unknown>) =>
      stack.call('/v1/account/transactions', filter, apiKey);

    const charges = await ledger({ type: 'CHARGE', count: 2 });
    expect(charges.body.totalCount).toBe(3);
    expect(charges.body.data.map((entry: { campaignId: string }) => entry.campaignId)).toEqual([
      ids[2],
      ids[1],
    ]);
    const rest = await ledger({ type: 'CHARGE', count: 2, page: 2 });
    expect(rest.body.data.map((entry: { campaignId: string }) => entry.campaignId)).toEqual([ids[0]]);
    expect((await ledger({ type: 'TOP_UP' })).body.data).toEqual([
      expect.objectContaining({ type: 'TOP_UP', amount: xof(1_000), note: 'Virement' }),
    ]);
    const ofOne = await ledger({ campaignId: ids[1] });
    expect(ofOne.body.totalCount).toBe(1);
    expect(ofOne.body.data).toEqual([
      expect.objectContaining({ type: 'CHARGE', campaignId: ids[1], amount: xof(-25), segments: 1 }),
    ]);
    expect((await ledger({ campaignId: ids[1], type: 'REFUND' })).body).toMatchObject({
      data: [],
      totalCount: 0,
    });
    // The SDK filters the same way.
    const sms = new SmsClient({ apiKey, baseUrl: stack.url });
    expect((await sms.account.transactions({ campaignId: ids[0] })).data).toEqual([
      expect.objectContaining({ campaignId: ids[0] }),
    ]);
  });

  it('fails a scheduled campaign at its time when the balance was spent meanwhile, sending nothing', async () => {
    const { apiKey } = await accountWith(60);
    const at = new Date(stack.clock.now().getTime() + 3_600_000);
    at.setUTCMinutes(0, 0, 0);
    const scheduled = await stack.call(
      '/v1/campaign/create',
      {
        contacts: [{ phone: '2250700009501' }, { phone: '2250700009502' }],
        text: 'Rappel',
        type: 'SCHEDULED',
        scheduledDate: at.toISOString(),
      },
      apiKey,
    );
    expect(scheduled.status).toBe(201);
    // Meanwhile an immediate campaign spends most of the balance.
    const spender = await stack.call(
      '/v1/campaign/create',
      { contacts: [{ phone: '2250700009503' }], text: 'Vite' },
      apiKey,
    );
    expect(spender.status).toBe(201);
    await stack.queues.drain();
    await stack.later(2 * 3_600);
    const details = (await stack.call(`/v1/campaign/${scheduled.body.data.id}`, {}, apiKey)).body.data;
    expect(details).toMatchObject({ status: 'FAILED', failureReason: 'insufficient-balance' });
    expect(details.stats).toMatchObject({ sent: 0, cost: xof(0) });
    expect(details.occurrences).toEqual([
      expect.objectContaining({ status: 'FAILED', reason: 'insufficient-balance' }),
    ]);
    expect(await balanceOf(apiKey)).toMatchObject({ balance: xof(35), reserved: xof(0) });
  });
});

describe("the account's prices and settings", () => {
  it('lists the prices that apply, and keeps a low-balance threshold', async () => {
    const { apiKey } = await accountWith(100);
    const prices = await stack.call('/v1/account/prices', {}, apiKey);
    expect(prices.body.data).toContainEqual({ country: 'CI', price: xof(25), source: 'platform' });
    const set = await stack.call('/v1/account/settings', { lowBalanceThreshold: 500 }, apiKey);
    expect([set.status, set.body.data.lowBalanceThreshold]).toEqual([200, xof(500)]);
    const cleared = await stack.call('/v1/account/settings', { lowBalanceThreshold: null }, apiKey);
    expect(cleared.body.data.lowBalanceThreshold).toBeNull();
    const empty = await stack.call('/v1/account/settings', {}, apiKey);
    expect([empty.status, empty.body.error]).toEqual([400, 'validation-error']);
  });
});
