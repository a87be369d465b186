import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../shared/accounts/repository';
import { createCampaignInput } from '../../shared/campaigns/campaign';
import { type Estimate, estimateCampaign } from '../../shared/campaigns/estimate';
import { ManualClock } from '../../shared/clock';
import type { Db } from '../../shared/db/client';
import { createGroup } from '../../shared/groups/repository';
import { addToGroup } from '../../shared/groups/use-cases';
import { createSegmentInput } from '../../shared/segments/segment';
import { createSegment } from '../../shared/segments/use-cases';
import { TEST_ACTOR } from '../support/actors';
import { fundedWithPrices } from '../support/campaigns';
import { createTestDb } from '../support/db';

let db: Db;
const clock = new ManualClock('2026-09-01T08:00:00.000Z');
/** The limits these tests set: above 100, an audience is estimated from samples of about 160. */
const LARGE = 100;
const SAMPLE = 160;
// The demonstration prices: CI and SN 25 F CFA a segment.
const xof = (amount: number) => ({ amount, currency: 'XOF' });

beforeAll(async () => {
  db = await createTestDb();
});

let serial = 0;
/** `count` new phones of a country: Côte d'Ivoire (225 07…) or Senegal (221 77…). */
const phones = (count: number, country: 'CI' | 'SN' = 'CI') =>
  Array.from({ length: count }, () => {
    const number = String(++serial).padStart(7, '0');
    return { phone: country === 'CI' ? `225070${number}` : `22177${number}` };
  });

async function fundedAccount() {
  const { account } = await createAccount(db, { name: 'E', plan: { senderLimit: 1 }, now: clock.now() });
  await fundedWithPrices(db, clock, account.id);
  return account;
}

type Account = Awaited<ReturnType<typeof fundedAccount>>;

async function groupOf(account: Account, contacts: { phone: string }[]) {
  const group = await createGroup(db, account.id, { name: `G${++serial}` }, clock.now());
  await addToGroup({ db, clock }, account.id, group.id, { contacts, contactIds: [] }, TEST_ACTOR);
  return group.id;
}

function estimate(
  account: Account,
  body: Record<string, unknown>,
  { largeAudience = LARGE, sampleSize = SAMPLE } = {},
): Promise<Estimate> {
  return estimateCampaign(
    { db, currency: 'XOF', now: clock.now(), largeAudience, sampleSize },
    account,
    createCampaignInput.parse({ text: 'Promo', contacts: [], ...body }),
  );
}

const recipientsTo = (answer: Estimate, country: string) =>
  answer.byCountry.find((line) => line.country === country)?.recipients ?? 0;

describe('the estimate of a large audience', () => {
  it('prices a sample of the group, scaled to its count, and says it is approximate', async () => {
    const account = await fundedAccount();
    const groupId = await groupOf(account, phones(600));
    const inline = phones(2, 'SN');

    const answer = await estimate(account, { groupsIds: [groupId], contacts: inline });

    expect(answer.approximate).toBe(true);
    // Fewer were read than the group holds, and what was read stands for all of it.
    expect(answer.sampled).toBeGreaterThanOrEqual(SAMPLE * 0.75);
    expect(answer.sampled).toBeLessThan(400);
    expect(answer.byCountry).toEqual([
      { country: 'CI', recipients: 600, segments: 600, price: xof(25), cost: xof(15_000) },
      { country: 'SN', recipients: 2, segments: 2, price: xof(25), cost: xof(50) },
    ]);
    expect([answer.recipients, answer.segments, answer.cost]).toEqual([602, 602, xof(15_050)]);
  });

  it('keeps the share of each country within a few points of the whole', async () => {
    const account = await fundedAccount();
    const groupId = await groupOf(account, [...phones(700), ...phones(300, 'SN')]);

    const answer = await estimate(account, { groupsIds: [groupId] }, { sampleSize: 480 });
    const exact = await estimate(account, { groupsIds: [groupId] }, { largeAudience: 10_000 });

    expect([answer.approximate, exact.approximate, exact.sampled]).toEqual([true, false, undefined]);
    expect(recipientsTo(exact, 'CI')).toBe(700);
    // Each country's count is rounded apart: the total is within one of the group's.
    expect(Math.abs(answer.recipients - 1_000)).toBeLessThanOrEqual(1);
    // About 480 drawn of 1,000: a share is off by about 1.5 points typically; 10 is over 6 times that.
    expect(Math.abs(recipientsTo(answer, 'CI') - 700)).toBeLessThanOrEqual(100);
    expect(answer.cost.amount).toBe(answer.segments * 25);
  });

  it('reads a group whole when it holds no more than the sample, however large the audience', async () => {
    const account = await fundedAccount();
    const large = await groupOf(account, phones(300));
    const small = await groupOf(account, phones(40, 'SN'));

    const answer = await estimate(account, { groupsIds: [large, small] });

    expect(answer.approximate).toBe(true);
    expect(recipientsTo(answer, 'SN')).toBe(40);
    expect(recipientsTo(answer, 'CI')).toBe(300);
  });

  it('tests segments on a sample of the account’s contacts, group conditions included', async () => {
    const account = await fundedAccount();
    const inGroup = phones(300);
    const groupId = await groupOf(account, inGroup);
    // The account's other contacts, in another group: never matched.
    await groupOf(account, phones(300, 'SN'));
    const rules = createSegmentInput.parse({
      name: 'Clients du groupe',
      conditions: [{ field: 'group', op: 'eq', value: groupId }],
    });
    const segment = await createSegment({ db, clock }, account.id, rules, TEST_ACTOR);

    const answer = await estimate(account, { segmentIds: [segment.id] });

    expect(answer.approximate).toBe(true);
    expect(answer.byCountry.map((line) => line.country)).toEqual(['CI']);
    // 300 of 600 contacts: half, give or take the draw.
    expect(Math.abs(answer.recipients - 300)).toBeLessThanOrEqual(90);
  });

  it('counts every recipient when the audience is not large', async () => {
    const account = await fundedAccount();
    const groupId = await groupOf(account, phones(60));

    const answer = await estimate(account, { groupsIds: [groupId], contacts: phones(1, 'SN') });

    expect(answer).toMatchObject({ approximate: false, recipients: 61, cost: xof(1_525) });
    expect(answer).not.toHaveProperty('sampled');
  });
});
